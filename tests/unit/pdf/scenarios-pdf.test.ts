import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isReadable, readAnswers } from '../../fixtures/read-answers';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { evaluate } from '../../../src/rules/evaluate-en';
import { en } from '../../../templates/en/bundle';
import { benchScenario, scenarioFiles } from '../../../scripts/bench-pdf';
import { bodyText, normalise, readPdf, squash, textOutsideMargins } from './support/read-pdf';

const MM = 72 / 25.4;
const FOOTER_TOP = 32 * MM;

let fonts: ChecklistFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

function scenario(file: string): unknown {
  return (JSON.parse(readFileSync(new URL(`../../fixtures/scenarios/${file}`, import.meta.url), 'utf8')) as { answers: unknown }).answers;
}

const usable = scenarioFiles().filter((file) => isReadable(scenario(file)));

describe('the checklist for each example scenario, through the real rules and English words', () => {
  it('has scenarios to check', () => {
    expect(usable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(usable)('%s: every reason, step, question, contact and first step is in the PDF, pages numbered', async (file) => {
    const answers = readAnswers(scenario(file));
    const evaluation = evaluate(answers);
    const pdf = await readPdf(renderChecklistPdf(buildChecklist({ answers, evaluation, content: en, madeOn: '2026-11-21' }), fonts));
    const body = bodyText(pdf, FOOTER_TOP);
    const expected = evaluation.pathways.flatMap((p) => [
      en.pathways[p.id].title,
      ...p.reasons.map((r) => r.text),
      ...p.steps,
      ...p.questions,
      ...p.contacts.flatMap((c) => [c.name, c.phone].filter((x): x is string => x !== undefined)),
    ]);
    for (const text of [...expected, ...evaluation.firstSteps.map((s) => s.text)]) expect(body).toContain(normalise(text));
    // A long web address wraps at a slash or hyphen: compare addresses without the line breaks.
    const addresses = evaluation.pathways.flatMap((p) => p.contacts.flatMap((c) => [c.url, c.source])).filter((x): x is string => !!x);
    for (const address of addresses) expect(squash(body)).toContain(address);
    pdf.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    expect(pdf.text).not.toMatch(/undefined|NaN|\bnull\b|\[object Object\]/u);
    expect(textOutsideMargins(pdf, 18 * MM)).toEqual([]);
  });
});

describe('speed', () => {
  it.each(usable)('%s: the checklist PDF is made in under one second (median of 5)', (file) => {
    const result = benchScenario(file, fonts, 5);
    expect(result.refused).toBe(false);
    if (!result.refused) expect(result.medianMs).toBeLessThan(1000);
  });
});
