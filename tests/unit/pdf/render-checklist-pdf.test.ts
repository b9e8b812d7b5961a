import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import type { Evaluation } from '../../../src/domain/evaluation.schema';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import type { ChecklistDocument } from '../../../src/pdf/checklist-document';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { everyPathwayStrong, mixedEvaluation, stressAnswers, typedAnswers, TYPED } from './support/hand-made';
import { bodyText, FOOTER_TOP, normalise, readPdf, squash, textOutsideMargins, type ReadPdf } from './support/read-pdf';
import { enSources } from './support/sources';
import { navigator } from '../../../templates/en/navigator';

const MM = 72 / 25.4;
const MARGIN = 13 * MM; // more than a home printer needs (6.4 mm); the layout keeps 15 mm

let fonts: ChecklistFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

/** `clinician`: navigator mode, whose clinician page holds the answers (diagnosis, drug, treatments tried). */
async function make(answers: Answers, evaluation: Evaluation, clinician = false): Promise<{ doc: ChecklistDocument; pdf: ReadPdf; bytes: Uint8Array }> {
  const doc = buildChecklist({
    answers,
    evaluation,
    content: clinician ? { ...enSources, navigator } : enSources,
    madeOn: '2026-11-21',
    clinicianSummary: clinician,
  });
  const bytes = renderChecklistPdf(doc, fonts);
  return { doc, bytes, pdf: await readPdf(bytes) };
}

/** Every piece of the evaluation a person must find in the checklist. */
function evaluationTexts(evaluation: Evaluation): string[] {
  return evaluation.pathways.flatMap((p) => [
    ...p.reasons.map((r) => r.text),
    ...p.steps,
    ...p.questions,
    // A contact listed by several roads is printed once, under its fullest name: its number and addresses are all there.
    ...p.contacts.flatMap((c) => [c.phone, c.url, c.source].filter((x): x is string => x !== undefined)),
  ]).concat(evaluation.firstSteps.map((s) => s.text));
}

/** Each text is in the body; an address may break across lines in the two-column directory, so it is compared without spaces. */
function expectAllIn(body: string, texts: string[]): void {
  for (const text of texts) {
    if (/^https?:\/\//u.test(text)) expect(squash(body)).toContain(text);
    else expect(body).toContain(normalise(text));
  }
}

describe('the checklist PDF, read back as text', () => {
  it('holds every reason, step, question and contact of the evaluation', async () => {
    const evaluation = mixedEvaluation();
    const { pdf } = await make(typedAnswers(), evaluation);
    const body = bodyText(pdf, FOOTER_TOP);
    expectAllIn(body, evaluationTexts(evaluation));
  });

  it('numbers every page "Page X of Y" and puts the product, content version and reminder on each', async () => {
    const { pdf } = await make(typedAnswers(), mixedEvaluation());
    const total = pdf.pages.length;
    expect(total).toBeGreaterThan(2);
    pdf.pages.forEach((page, i) => {
      expect(page.text.match(/Page \d+ of \d+/gu)).toEqual([`Page ${i + 1} of ${total}`]);
      expect(page.text).toContain('Treatment access navigator · Content version 1.1, reviewed November 30, 2026');
      expect(page.text).toContain('This is information to discuss with your care team, not medical advice.');
    });
  });

  it('never prints undefined, NaN, null or [object Object], even from almost empty answers', async () => {
    for (const answers of [typedAnswers(), { schemaVersion: 2 } as Answers]) {
      const { pdf } = await make(answers, mixedEvaluation());
      expect(pdf.text).not.toMatch(/undefined|NaN|\bnull\b|\[object Object\]/u);
    }
  });

  it('prints typed notes and the clinician on the patient’s pages, and treatment names, the drug and the cancer on the clinician page, exactly as typed', async () => {
    const patient = bodyText((await make(typedAnswers(), mixedEvaluation())).pdf, FOOTER_TOP);
    for (const typed of [TYPED.clinician, TYPED.notes]) expect(patient).toContain(normalise(typed));
    const withClinician = bodyText((await make(typedAnswers(), mixedEvaluation(), true)).pdf, FOOTER_TOP);
    for (const typed of [TYPED.treatment, TYPED.drug, TYPED.clinician, TYPED.other, TYPED.notes]) {
      expect(withClinician).toContain(normalise(typed));
    }
  });

  it('prints [?] for an emoji and reports it, and never the emoji itself', async () => {
    const { pdf, doc } = await make({ ...typedAnswers(), notes: 'See you soon 😀 — Łucja' }, mixedEvaluation());
    expect(pdf.text).toContain('See you soon [?] — Łucja');
    expect(pdf.text).not.toContain('😀');
    expect(doc.replaced).toEqual([{ character: '😀', codePoints: 'U+1F600' }]);
  });

  it('sets title, subject, keywords, creator, language and the date it was made', async () => {
    const { pdf } = await make(typedAnswers(), mixedEvaluation());
    expect(pdf.info).toMatchObject({
      Title: 'Treatment access checklist',
      Subject: expect.stringContaining('care team') as string,
      Keywords: expect.stringContaining('clinical trials') as string,
      Creator: 'Treatment access navigator',
      CreationDate: expect.stringMatching(/^D:20261121/u) as string,
    });
    expect(pdf.lang).toBe('en');
  });

  it('draws a tick box (not a form field) for every first step, step, question, paper to bring and document', async () => {
    const evaluation = mixedEvaluation();
    evaluation.topQuestions = [evaluation.pathways[0]?.questions[0] ?? ''];
    const { pdf } = await make(typedAnswers(), evaluation);
    const items =
      evaluation.firstSteps.length +
      evaluation.pathways.reduce((n, p) => n + p.steps.length, 0) +
      new Set(evaluation.pathways.flatMap((p) => p.questions)).size +
      enSources.checklist.sheet.bring.length +
      Object.keys(enSources.documents.items).length;
    const squares = pdf.pages.flatMap((page) => page.squares);
    expect(squares).toHaveLength(items);
    for (const square of squares) expect(square.side).toBeGreaterThan(10); // about 4 mm: room for a pen tick
    expect(pdf.info['IsAcroFormPresent']).toBe(false);
  });

  it('is the same file, byte for byte, for the same answers on the same day (browser and command line alike)', async () => {
    const first = await make(typedAnswers(), mixedEvaluation());
    const second = await make(typedAnswers(), mixedEvaluation());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const other = await make({ ...typedAnswers(), notes: 'Something else' }, mixedEvaluation());
    expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('wraps a long footer (a longer language) onto more lines instead of cutting it, and keeps the body clear of it', async () => {
    const reminder = 'This reminder is much longer than one line, as a translation may be: it must print whole on every page, every word of it, and the body must stop above it.';
    const identity = 'A product with a long name in another language · Content version 1.0, reviewed on the twenty-first of November 2026';
    const base = buildChecklist({ answers: typedAnswers(), evaluation: mixedEvaluation(), content: enSources, madeOn: '2026-11-21' });
    const pdf = await readPdf(renderChecklistPdf({ ...base, footer: { ...base.footer, reminder, identity } }, fonts));
    for (const page of pdf.pages) {
      expect(page.text).toContain(normalise(reminder));
      expect(page.text).toContain(normalise(identity));
    }
    const footerTop = Math.max(...pdf.pages.flatMap((page) => page.items.filter((i) => i.str.startsWith('A product')).map((i) => i.y)));
    const bodyBottom = Math.min(...pdf.pages.flatMap((page) => page.items.filter((i) => i.y > footerTop + 5).map((i) => i.y)));
    expect(bodyBottom - footerTop).toBeGreaterThan(11); // a clear gap above the footer's first line
    expect(textOutsideMargins(pdf, MARGIN)).toEqual([]);
  });

  it('uses no type smaller than 10 pt in the body and 9 pt in the footer', async () => {
    const { pdf } = await make(typedAnswers(), mixedEvaluation());
    for (const page of pdf.pages) {
      for (const item of page.items) expect(item.height, item.str).toBeGreaterThanOrEqual(item.y > FOOTER_TOP ? 10 : 9);
    }
  });
});

describe('the checklist PDF under stress: 12 treatments of 200 characters, 1,900 characters of notes, every road strong', () => {
  let result: Awaited<ReturnType<typeof make>>;
  const evaluation = everyPathwayStrong(4);
  const answers = stressAnswers();
  beforeAll(async () => {
    result = await make(answers, evaluation, true);
  });

  it('stays under 16 pages', () => {
    expect(result.pdf.pages.length).toBeLessThan(16);
  });

  it('keeps every piece of text inside the page margins', () => {
    for (const [n, page] of result.pdf.pages.entries()) {
      for (const item of page.items) {
        const where = `page ${n + 1}: "${item.str}"`;
        expect(item.x, where).toBeGreaterThanOrEqual(MARGIN);
        expect(item.x + item.width, where).toBeLessThanOrEqual(page.width - MARGIN);
        expect(item.y - 0.25 * item.height, where).toBeGreaterThanOrEqual(MARGIN);
        expect(item.y + item.height, where).toBeLessThanOrEqual(page.height - MARGIN);
      }
    }
  });

  it('still holds every treatment name, the whole of the notes and every part of the evaluation', () => {
    const body = bodyText(result.pdf, FOOTER_TOP);
    // Names with no spaces break inside words: compare without whitespace.
    for (const treatment of answers.treatments?.tried ?? []) expect(squash(body)).toContain(squash(treatment.name));
    expect(body).toContain(normalise(answers.notes ?? ''));
    expectAllIn(body, evaluationTexts(evaluation));
  });
});
