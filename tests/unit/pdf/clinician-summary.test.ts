import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from '../../../src/domain/answers.schema';
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
const answers: Answers = {
  ...answersSchema.parse(scenario.answers),
  sectionNotes: { insurance: 'Denial letter dated 3 Oct; appeal window open.', treatmentsTried: 'Second line stopped after 2 cycles.' },
};

async function pdfText(clinicianSummary: boolean) {
  const evaluation = evaluate(answers);
  const document = buildChecklist({ answers, evaluation, content: en, madeOn: '2026-11-21', clinicianSummary });
  return { evaluation, pdf: await readPdf(renderChecklistPdf(document, fonts)) };
}

describe('navigator mode in the checklist', () => {
  it('prints the navigator’s notes per section, in every mode', async () => {
    const { pdf } = await pdfText(false);
    expect(pdf.text).toContain(en.navigator.summary.notes);
    expect(normalise(pdf.text)).toContain('Denial letter dated 3 Oct; appeal window open.');
    expect(normalise(pdf.text)).toContain('Second line stopped after 2 cycles.');
    expect(pdf.text).not.toContain(en.navigator.summary.title);
  });

  it('adds a one-page clinician summary after the patient’s pages', async () => {
    const patientOnly = (await pdfText(false)).pdf;
    const { pdf, evaluation } = await pdfText(true);
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
});
