import { readFileSync } from 'node:fs';
import type { Evaluation } from '../../../../src/domain/evaluation.schema';
import { buildChecklist } from '../../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../../src/pdf/render-checklist-pdf';
import { evaluate } from '../../../../src/rules/evaluate';
import { en } from '../../../../templates/en/bundle';
import { es } from '../../../../templates/es/bundle';
import { readAnswers } from '../../../fixtures/read-answers';
import { readPdf, type ReadPdf } from './read-pdf';

// Each example scenario's checklist (tests/fixtures/scenarios/), made on a fixed day and read back
// once per language, for every check that only reads it (appointment-sheet.test.ts,
// scenarios-pdf.test.ts). Made anew for each check, the 22 checklists were 110 and those two files
// took 37 s; the unit tests share one module registry per worker, so files in the same worker
// share these too.

export const MADE_ON = '2026-11-21';
const bundles = { en, es } as const;
export type Lang = keyof typeof bundles;

/** A scenario file as written: its answers and what it expects. */
export function scenarioFile(file: string): { answers: unknown; expect?: { pdf?: { mentions?: string[]; firstPageMentions?: string[]; maxPages?: number } } } {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/scenarios/${file}`, import.meta.url), 'utf8')) as ReturnType<typeof scenarioFile>;
}

let fonts: Promise<ChecklistFonts> | undefined;
const made = new Map<string, Promise<{ evaluation: Evaluation; pdf: ReadPdf }>>();

/** The example's checklist in this language, with the evaluation it was made from. */
export function exampleChecklist(file: string, lang: Lang): Promise<{ evaluation: Evaluation; pdf: ReadPdf }> {
  const key = `${file} ${lang}`;
  let checklist = made.get(key);
  if (!checklist) {
    fonts ??= loadFontsFromDisk();
    const answers = readAnswers(scenarioFile(file).answers);
    const content = bundles[lang];
    const evaluation = evaluate(answers, content);
    checklist = fonts.then(async (loaded) => ({
      evaluation,
      pdf: await readPdf(renderChecklistPdf(buildChecklist({ answers, evaluation, content, madeOn: MADE_ON }), loaded)),
    }));
    made.set(key, checklist);
  }
  return checklist;
}
