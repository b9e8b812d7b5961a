import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import type { Answers } from '../../../src/domain/answers.schema';
import { evaluate } from '../../../src/rules/evaluate-en';
import { ChecklistActions } from '../../../src/steps/checklist-actions';
import { en } from '../../../templates/en/bundle';

const answers: Answers = {
  schemaVersion: 2,
  filledBy: 'patient',
  diagnosis: { cancerType: 'colorectal', stage: 'metastatic' },
  drugOfInterest: { name: 'trametinib', approval: 'approved-for-other-use' },
  notes: 'Bring my daughter 😀 — Łódź',
};

const fontFile = (name: string) => readFileSync(path.resolve('public/fonts', name));

let saved: Blob[];
let fetched: string[];

beforeEach(() => {
  saved = [];
  fetched = [];
  // jsdom has no server and no downloads: serve the font files from disk and keep the saved file.
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url);
    const name = url.split('/').pop() ?? '';
    return Promise.resolve(new Response(fontFile(name)));
  });
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return 'blob:checklist';
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderActions() {
  render(
    <ContentProvider content={en}>
      <ChecklistActions answers={answers} evaluation={evaluate(answers)} />
    </ContentProvider>,
  );
  return userEvent.setup();
}

describe('ChecklistActions', () => {
  it('makes the PDF on click, fetching the fonts from /fonts/ only then, and says what it saved', async () => {
    const user = renderActions();
    expect(fetched).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Download checklist (PDF)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Making your checklist…');
    const status = await screen.findByText(/^Your checklist was saved as treatment-access-checklist-\d{4}-\d{2}-\d{2}\.pdf\.$/u, {}, { timeout: 8000 });
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(fetched).toEqual(['/fonts/DejaVuSans-subset.ttf', '/fonts/DejaVuSans-Bold-subset.ttf']);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.type).toBe('application/pdf');
    const head = new TextDecoder().decode(new Uint8Array(await saved[0]!.arrayBuffer()).slice(0, 5));
    expect(head).toBe('%PDF-');
  }, 15_000);

  it('tells the person which typed characters cannot be printed and how they show', async () => {
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Download checklist (PDF)' }));
    expect(
      await screen.findByText(/cannot be printed in the checklist\. They show as \[\?\] instead: 😀 \(U\+1F600\)/u, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
  }, 15_000);

  it('says plainly when the checklist could not be made, and keeps both buttons', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Download checklist (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not make the checklist. Your answers are still here.');
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download checklist (PDF)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Print or save as accessible page' })).toBeEnabled();
  });

  it('prints the results page with the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Print or save as accessible page' }));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('ChecklistActions in navigator mode, in Spanish (issue 13, item 4)', () => {
  it('offers the clinician page in English, and then prints the patient’s pages in Spanish and the clinician page in English', async () => {
    const { es } = await import('../../../templates/es/bundle');
    const { evaluate: evaluateIn } = await import('../../../src/rules/evaluate');
    const { readPdf, normalise } = await import('../../unit/pdf/support/read-pdf');
    render(
      <ContentProvider content={es}>
        <ChecklistActions answers={answers} evaluation={evaluateIn(answers, es)} clinicianSummary />
      </ContentProvider>,
    );
    const user = userEvent.setup();
    const english = screen.getByRole('checkbox', { name: es.checklist.actions.clinicianInEnglish });
    expect(english).not.toBeChecked();
    await user.click(english);
    await user.click(screen.getByRole('button', { name: es.checklist.actions.download }));
    await screen.findByText(/treatment-access-checklist-\d{4}-\d{2}-\d{2}\.pdf/u, {}, { timeout: 8000 });
    const pdf = await readPdf(new Uint8Array(await saved[0]!.arrayBuffer()));
    const first = normalise(pdf.pages[0]!.text);
    const last = normalise(pdf.pages.at(-1)!.text);
    expect(first).toContain(normalise(es.checklist.questions.heading));
    expect(last).toContain(normalise(en.navigator.summary.title));
    expect(last).not.toContain(normalise(es.navigator.summary.title));
  });

  it('does not offer it in English, where the clinician page is already in English', () => {
    render(
      <ContentProvider content={en}>
        <ChecklistActions answers={answers} evaluation={evaluate(answers)} clinicianSummary />
      </ContentProvider>,
    );
    expect(screen.queryByRole('checkbox', { name: en.checklist.actions.clinicianInEnglish })).toBeNull();
  });
});
