import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import { loadLetterContent } from '../../../src/content/load-letter-content';
import type { Content } from '../../../src/content/types';
import { answersSchema, type Answers } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { evaluate } from '../../../src/rules/evaluate';
import LettersPanel from '../../../src/steps/letters-panel';
import { en } from '../../../templates/en/bundle';
import { letterWords as enWords } from '../../../templates/en/letter-words';
import { es } from '../../../templates/es/bundle';
import { letterWords as esWords } from '../../../templates/es/letter-words';
import barelyStarted from '../../fixtures/scenarios/barely-started.json';
import medicareScenario from '../../fixtures/scenarios/medicare-offlabel-denied.json';

function checked(input: unknown): Answers {
  const parsed = parseAnswers(input);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.answers;
}

// The letters' words, the docx library and the PDF load on demand: slower than a plain render.
vi.setConfig({ testTimeout: 20_000 });

const medicare = checked(medicareScenario.answers);
const t = enWords.panel;

/** What a text box holds now. */
function valueOf(element: HTMLElement): string {
  return (element as HTMLTextAreaElement).value;
}

async function renderPanel(answers: Answers, content: Content = en) {
  const user = userEvent.setup();
  // The panel suspends until its words arrive; act waits for React to show them.
  await act(async () => {
    render(
      <ContentProvider content={content}>
        <Suspense fallback={<p>Loading</p>}>
          <LettersPanel answers={answers} evaluation={evaluate(answers, content)} />
        </Suspense>
      </ContentProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return user;
}

// The panel suspends until its words load; load them once first (a cold load on a busy machine can take seconds).
beforeAll(async () => {
  await Promise.all([loadLetterContent('en'), loadLetterContent('es')]);
}, 60_000);

let saved: Blob[] = [];
beforeEach(() => {
  saved = [];
  // jsdom has no object URLs: keep what would have been downloaded, to read it back.
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:test'), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

describe('letters panel', () => {
  it('shows the letters that fit, each with what it is, who signs it, where it goes, and its text to edit', async () => {
    await renderPanel(medicare);
    const section = await screen.findByRole('region', { name: t.heading }, { timeout: 10_000 });
    const letters = within(section).getAllByRole('article');
    expect(letters.map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual([
      enWords.notes['insurance-appeal'].title,
      enWords.notes['medical-necessity'].title,
    ]);
    const appeal = screen.getByRole('article', { name: enWords.notes['insurance-appeal'].title });
    expect(appeal).toHaveTextContent(t.draft);
    expect(appeal).toHaveTextContent(enWords.notes['insurance-appeal'].whoSigns);
    expect(appeal).toHaveTextContent(enWords.notes['insurance-appeal'].whereItGoes);
    expect(appeal).toHaveTextContent(enWords.deadlineOnLetter);
    const text = within(appeal).getByRole('textbox', { name: t.textLabel(enWords.notes['insurance-appeal'].title) });
    expect(valueOf(text)).toContain('Appeal of a refusal to cover trametinib');
    expect(valueOf(text)).toMatch(/^DRAFT for the care team to check\./);
    expect(text).toHaveAttribute('lang', 'en');
  });

  it('copies the text as edited', async () => {
    // user-event puts a clipboard of its own on the page: read back what was copied.
    const user = await renderPanel(medicare);
    const title = enWords.notes['medical-necessity'].title;
    const box = await screen.findByRole('textbox', { name: t.textLabel(title) });
    await user.clear(box);
    await user.type(box, 'Dear Medical Director, trametinib is needed.');
    await user.click(screen.getByRole('button', { name: `${t.copy} ${t.copyHidden(title)}` }));
    expect(await navigator.clipboard.readText()).toBe('Dear Medical Director, trametinib is needed.');
    const card = screen.getByRole('article', { name: title });
    expect(within(card).getByRole('status')).toHaveTextContent(t.copied);
  });

  it('says so out loud when copying fails', async () => {
    const user = await renderPanel(medicare);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const title = enWords.notes['insurance-appeal'].title;
    await user.click(await screen.findByRole('button', { name: `${t.copy} ${t.copyHidden(title)}` }));
    expect(within(screen.getByRole('article', { name: title })).getByRole('alert')).toHaveTextContent(t.copyFailed);
  });

  it('downloads a .docx of the letter, only when asked', async () => {
    const user = await renderPanel(medicare);
    const title = enWords.notes['insurance-appeal'].title;
    const button = await screen.findByRole('button', { name: `${t.download} ${t.downloadHidden(title)}` });
    expect(saved).toHaveLength(0);
    await user.click(button);
    const card = screen.getByRole('article', { name: title });
    await within(card).findByText(/^Saved as letter-insurance-appeal-\d{4}-\d{2}-\d{2}\.docx\./, {}, { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A zip file: "PK".
    expect(new Uint8Array(await saved[0]!.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('says when no letter fits, and offers none', async () => {
    await renderPanel(checked(barelyStarted.answers));
    const section = await screen.findByRole('region', { name: t.heading });
    expect(section).toHaveTextContent(t.none);
    expect(within(section).queryAllByRole('textbox')).toHaveLength(0);
  });

  it('in Spanish: explains each letter in Spanish and says the letter itself is in English', async () => {
    await renderPanel(medicare, es);
    const section = await screen.findByRole('region', { name: esWords.panel.heading }, { timeout: 10_000 });
    const appeal = within(section).getByRole('article', { name: esWords.notes['insurance-appeal'].title });
    expect(appeal).toHaveTextContent(esWords.inEnglish);
    expect(appeal).toHaveTextContent(esWords.notes['insurance-appeal'].whoSigns);
    const box = within(appeal).getByRole('textbox', { name: esWords.panel.textLabel(esWords.notes['insurance-appeal'].title) });
    expect(valueOf(box)).toContain('Appeal of a refusal to cover trametinib');
    expect(box).toHaveAttribute('lang', 'en');
  });

  it('keeps hostile text in the answers as text', async () => {
    const hostile = answersSchema.parse({ ...medicare, drugOfInterest: { name: '<img src=x onerror="alert(1)">', approval: 'approved-for-other-use' } });
    await renderPanel(hostile);
    const box = await screen.findByRole('textbox', { name: t.textLabel(enWords.notes['insurance-appeal'].title) });
    expect(valueOf(box)).toContain('Appeal of a refusal to cover <img src=x onerror="alert(1)">');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('article', { name: enWords.notes['insurance-appeal'].title })).toHaveTextContent('<img src=x onerror="alert(1)">');
  });
});

describe('keeping it on the phone', () => {
  const share = enWords.share;

  it('offers no share button where the browser cannot share files', async () => {
    await renderPanel(medicare);
    await screen.findByRole('region', { name: t.heading });
    expect(screen.queryByRole('button', { name: share.button })).toBeNull();
  });

  it('offers the share button where navigator.canShare says yes, and shares nothing until it is pressed', async () => {
    const shareFn = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue();
    Object.assign(navigator, { canShare: () => true, share: shareFn });
    await renderPanel(medicare);
    const region = await screen.findByRole('region', { name: share.heading });
    expect(within(region).getByRole('button', { name: share.button })).toBeInTheDocument();
    expect(region).toHaveTextContent(share.intro);
    expect(shareFn).not.toHaveBeenCalled();
  });

  it('adds the appointment to a calendar as an .ics file when it has a date', async () => {
    const withDate = answersSchema.parse({ ...medicare, appointment: { date: '2026-12-14', clinician: 'Dr. Ana Núñez, MD' } });
    const user = await renderPanel(withDate);
    await user.click(await screen.findByRole('button', { name: share.calendarButton }));
    expect(await screen.findByText(share.calendarDone('appointment-2026-12-14.ics'))).toBeInTheDocument();
    const ics = await saved[0]!.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20261214\r\n');
    expect(ics).toContain('SUMMARY:Appointment with Dr. Ana Núñez\\, MD\r\n');
  });

  it('offers no calendar file without an appointment date', async () => {
    await renderPanel(medicare);
    await screen.findByRole('region', { name: t.heading });
    expect(screen.queryByRole('button', { name: share.calendarButton })).toBeNull();
  });
});
