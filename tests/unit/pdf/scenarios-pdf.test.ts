import { beforeAll, describe, expect, it } from 'vitest';
import { isReadable } from '../../fixtures/read-answers';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import type { ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { en } from '../../../templates/en/bundle';
import { benchScenario, scenarioFiles } from '../../../scripts/bench-pdf';
import { bodyText, FOOTER_TOP, normalise, squash, textOutsideMargins, type ReadPdf } from './support/read-pdf';
import { exampleChecklist, scenarioFile } from './support/example-checklists';

const MM = 72 / 25.4;

let fonts: ChecklistFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

/** What a scenario expects of its PDF (tests/fixtures/scenarios/README.md): regular expressions, any case. */
type PdfExpectations = { mentions?: string[]; firstPageMentions?: string[]; maxPages?: number };

function scenario(file: string): unknown {
  return scenarioFile(file).answers;
}

/**
 * The scenario's PDF expectations, as ../shared/tools/check-scenarios.py reads them: at most
 * `maxPages` pages (12 unless said), a question somewhere, every `mentions` pattern in the text and
 * every `firstPageMentions` pattern on page 1.
 */
function pdfFailures(pdf: ReadPdf, expected: PdfExpectations): string[] {
  const fails: string[] = [];
  const maxPages = expected.maxPages ?? 12;
  if (pdf.pages.length > maxPages) fails.push(`PDF has ${pdf.pages.length} pages`);
  if (!pdf.text.includes('?')) fails.push('PDF holds no question');
  for (const pattern of expected.mentions ?? []) {
    if (!new RegExp(pattern, 'i').test(pdf.text)) fails.push(`PDF text has nothing matching /${pattern}/`);
  }
  const first = pdf.pages[0]?.text ?? '';
  for (const pattern of expected.firstPageMentions ?? []) {
    if (!new RegExp(pattern, 'i').test(first)) fails.push(`PDF first page has nothing matching /${pattern}/`);
  }
  return fails;
}

const usable = scenarioFiles().filter((file) => isReadable(scenario(file)));

describe('the checklist for each example scenario, through the real rules and English words', () => {
  it('has scenarios to check', () => {
    expect(usable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(usable)('%s: every reason, step, question, contact and first step is in the PDF, pages numbered', async (file) => {
    const { evaluation, pdf } = await exampleChecklist(file, 'en');
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
    expect(textOutsideMargins(pdf, 13 * MM)).toEqual([]);
  });

  it.each(usable)('%s: the PDF holds what the scenario expects of it (pdf.mentions, pdf.firstPageMentions)', async (file) => {
    const { pdf } = await exampleChecklist(file, 'en');
    expect(pdfFailures(pdf, scenarioFile(file).expect?.pdf ?? {})).toEqual([]);
  });

  it('fails the PDF checks when an expectation does not hold (the checker can fail)', async () => {
    const { pdf } = await exampleChecklist(usable[0] ?? '', 'en');
    expect(pdfFailures(pdf, { mentions: ['no such words'], firstPageMentions: ['nor these'], maxPages: 0 })).toEqual([
      `PDF has ${pdf.pages.length} pages`,
      'PDF text has nothing matching /no such words/',
      'PDF first page has nothing matching /nor these/',
    ]);
  });
});

describe('speed', () => {
  it.each(usable)('%s: the checklist PDF is made in under one second (median of 5)', (file) => {
    const result = benchScenario(file, fonts, 5);
    expect(result.refused).toBe(false);
    if (!result.refused) expect(result.medianMs).toBeLessThan(1000);
  });
});
