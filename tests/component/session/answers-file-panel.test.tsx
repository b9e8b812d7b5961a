import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswersFilePanel } from '../../../src/app/session/answers-file-panel';
import { ContentProvider } from '../../../src/content/content-context';
import type { Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { en } from '../../../templates/en/bundle';

const current: Answers = { schemaVersion: SCHEMA_VERSION, filledBy: 'patient', diagnosis: { cancerType: 'melanoma', stage: 'metastatic' } };
const other: Answers = { schemaVersion: SCHEMA_VERSION, filledBy: 'navigator', notes: '<b>bold?</b>' };

function setup() {
  const onImport = vi.fn();
  render(
    <ContentProvider content={en}>
      <AnswersFilePanel answers={current} onImport={onImport} />
    </ContentProvider>,
  );
  const input = screen.getByLabelText('Open a saved answers file');
  return { onImport, input, user: userEvent.setup() };
}

const file = (text: string, name = 'answers.json') => new File([text], name, { type: 'application/json' });

describe('opening a saved answers file', () => {
  it('asks before replacing the answers on screen, then replaces them', async () => {
    const { onImport, input, user } = setup();
    await user.upload(input, file(JSON.stringify(other), 'ana.json'));

    const heading = await screen.findByRole('heading', { name: 'Replace your answers?' });
    expect(heading).toHaveFocus();
    expect(onImport).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Replace my answers' }));
    expect(onImport).toHaveBeenCalledWith(other, 'ana.json');
  });

  it('shows the file’s label and the day it was saved before it replaces anything', async () => {
    const { onImport, input, user } = setup();
    await user.upload(input, file(JSON.stringify(other), 'treatment-access-answers-JD-2026-11-30.json'));
    const confirm = (await screen.findByRole('heading', { name: 'Replace your answers?' })).closest('section')!;
    expect(within(confirm).getByText('Label on the file: JD')).toBeInTheDocument();
    expect(within(confirm).getByText('Saved on: November 30, 2026')).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says a file has no label, and gives its own date, when it was renamed', async () => {
    const { input, user } = setup();
    const renamed = new File([JSON.stringify(other)], 'ana.json', { type: 'application/json', lastModified: new Date(2026, 9, 5, 12).getTime() });
    await user.upload(input, renamed);
    const confirm = (await screen.findByRole('heading', { name: 'Replace your answers?' })).closest('section')!;
    expect(within(confirm).getByText('Label on the file: none')).toBeInTheDocument();
    expect(within(confirm).getByText('Saved on: October 5, 2026')).toBeInTheDocument();
  });

  it('keeps the current answers when the person says so', async () => {
    const { onImport, input, user } = setup();
    await user.upload(input, file(JSON.stringify(other)));
    await user.click(await screen.findByRole('button', { name: 'Keep my current answers' }));
    expect(onImport).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: 'Replace your answers?' })).toBeNull();
  });

  it.each([
    ['not JSON', 'hello, world', [en.session.import.notJson]],
    ['a future version', JSON.stringify({ ...other, schemaVersion: SCHEMA_VERSION + 1 }), [/^schemaVersion:/]],
    ['wrong types', JSON.stringify({ schemaVersion: 1, insurance: { householdSize: 'four' } }), [/^insurance\.householdSize:/]],
    ['HTML in a choice', JSON.stringify({ schemaVersion: 1, filledBy: '<img src=x onerror=alert(1)>' }), [/^filledBy:/]],
  ])('refuses %s with the problem named, and changes nothing', async (_name, text, expected) => {
    const { onImport, input, user } = setup();
    await user.upload(input, file(text, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'We could not open that file' })).toHaveFocus();
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(expected.map((pattern) => expect.stringMatching(pattern) as unknown));
    expect(onImport).not.toHaveBeenCalled();
    // HTML in a file is only ever shown as text.
    expect(alert.querySelector('img')).toBeNull();
  });

  it('refuses a 10 MB file by its size', async () => {
    const { onImport, input, user } = setup();
    await user.upload(input, file('x'.repeat(10 * 1024 * 1024), 'huge.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.session.import.tooBig(1));
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('saving the answers to a file', () => {
  let created: Blob[] = [];
  let clicked: string[] = [];
  beforeEach(() => {
    created = [];
    clicked = [];
    // jsdom has no object URLs and no downloads: record what would have been saved.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('puts an optional label, such as initials, into the file name and nowhere else', async () => {
    const { user } = setup();
    const labelBox = screen.getByRole('textbox', { name: 'A label for the file name (optional)' });
    expect(labelBox).toHaveAccessibleDescription(expect.stringContaining('It is never sent anywhere.'));
    await user.type(labelBox, 'J.D.');
    await user.click(screen.getByRole('button', { name: 'Save answers to a file' }));
    expect(clicked).toEqual([expect.stringMatching(/^treatment-access-answers-J-D-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(await created[0]!.text()).not.toContain('J-D');
  });

  it('refuses a label that cannot go into a file name, says why, and saves nothing until it is fixed', async () => {
    const { user } = setup();
    const labelBox = screen.getByRole('textbox', { name: 'A label for the file name (optional)' });
    await user.type(labelBox, 'a/b');
    await user.click(screen.getByRole('button', { name: 'Save answers to a file' }));
    expect(clicked).toEqual([]);
    expect(labelBox).toHaveFocus();
    expect(labelBox).toHaveValue('a/b');
    expect(labelBox).toHaveAccessibleDescription(expect.stringContaining(en.session.export.labelInvalid(20)));
    await user.clear(labelBox);
    await user.click(screen.getByRole('button', { name: 'Save answers to a file' }));
    expect(clicked).toEqual([expect.stringMatching(/^treatment-access-answers-\d{4}-\d{2}-\d{2}\.json$/)]);
  });

  it('saves the answers with their version under a dated name', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save answers to a file' }));
    expect(clicked).toEqual([expect.stringMatching(/^treatment-access-answers-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(JSON.parse(await created[0]!.text())).toEqual(current);
  });
});
