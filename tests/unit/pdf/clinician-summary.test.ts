import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { evaluate } from '../../../src/rules/evaluate-en';
import { en } from '../../../templates/en/bundle';
import { normalise, readPdf } from './support/read-pdf';

let fonts: ChecklistFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

const scenario = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8')) as {
  answers: unknown;
};
const parsed = parseAnswers(scenario.answers);
if (!parsed.ok) throw new Error('the scenario should be valid answers');
const answers: Answers = {
  ...parsed.answers,
  sectionNotes: { insurance: 'Denial letter dated 3 Oct; appeal window open.', treatmentsTried: 'Second line stopped after 2 cycles.' },
};

async function pdfText(clinicianSummary: boolean, withNotes = true) {
  const { sectionNotes: _notes, ...withoutNotes } = answers;
  const evaluation = evaluate(answers);
  const document = buildChecklist({ answers: withNotes ? answers : withoutNotes, evaluation, content: en, madeOn: '2026-11-21', clinicianSummary });
  return { evaluation, pdf: await readPdf(renderChecklistPdf(document, fonts)) };
}

describe('navigator mode in the checklist', () => {
  it('keeps the navigator’s private notes off the patient’s pages: without the clinician page, they are not printed', async () => {
    const { pdf } = await pdfText(false);
    expect(pdf.text).not.toContain(en.navigator.summary.notes);
    expect(normalise(pdf.text)).not.toContain('Denial letter dated 3 Oct');
    expect(normalise(pdf.text)).not.toContain('Second line stopped');
    expect(pdf.text).not.toContain(en.navigator.summary.title);
  });

  it('prints the navigator’s notes per section on the clinician page only', async () => {
    const { pdf } = await pdfText(true);
    const clinicianPage = pdf.pages.findIndex((page) => page.text.includes(en.navigator.summary.title));
    expect(clinicianPage).toBeGreaterThan(0);
    const patientPages = normalise(pdf.pages.slice(0, clinicianPage).map((page) => page.text).join(' '));
    const clinicianPages = normalise(pdf.pages.slice(clinicianPage).map((page) => page.text).join(' '));
    for (const note of ['Denial letter dated 3 Oct; appeal window open.', 'Second line stopped after 2 cycles.']) {
      expect(patientPages).not.toContain(note);
      expect(clinicianPages).toContain(note);
    }
    expect(clinicianPages).toContain(en.navigator.summary.notes);
  });

  it('adds a one-page clinician summary after the patient’s pages', async () => {
    const patientOnly = (await pdfText(false, false)).pdf;
    const { pdf, evaluation } = await pdfText(true, false);
    expect(pdf.pages).toHaveLength(patientOnly.pages.length + 1);

    const last = normalise(pdf.pages.at(-1)!.text);
    expect(last).toContain(en.navigator.summary.title);
    expect(last).toContain(en.navigator.summary.linesOfTherapy);
    for (const treatment of answers.treatments?.tried ?? []) expect(last).toContain(treatment.name);
    expect(last).toContain(en.checklist.summary.cancer);
    expect(last).toContain(en.checklist.summary.biomarkers);
    expect(last).toContain(en.checklist.summary.insurance);
    for (const pathway of evaluation.pathways) {
      expect(last).toContain(en.pathways[pathway.id].title);
      for (const reason of pathway.reasons) expect(last).toContain(reason.rule);
    }
    expect(last).toContain(en.navigator.summary.keyQuestions);
    expect(last).not.toMatch(/undefined|NaN|null|\[object Object\]/);
  });

  it('speaks to the clinician: the key questions are said to be the patient’s own, and quoted', async () => {
    const { pdf, evaluation } = await pdfText(true, false);
    const last = normalise(pdf.pages.at(-1)!.text);
    expect(last).toContain('Questions the patient will ask you, in their words');
    const firstQuestion = evaluation.pathways.filter((p) => p.fit !== 'unlikely').flatMap((p) => p.questions.slice(0, 1))[0]!;
    expect(last).toContain(normalise(`“${firstQuestion}”`));
    // No question in the patient's first person stands on the page unquoted.
    const unquoted = last.replace(/“[^”]*”/g, '');
    expect(unquoted).not.toMatch(/(?<![\p{L}’'])(I|my|me|I’m)(?![\p{L}])/u);
  });
});

