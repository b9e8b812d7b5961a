import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import type { Content } from '../../../src/content/types';
import type { Answers } from '../../../src/domain/answers.schema';
import { localIsoDate } from '../../../src/lib/download-file';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { FONT_FILES } from '../../../src/pdf/font-files';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { evaluate } from '../../../src/rules/evaluate';
import { PrintChecklist } from '../../../src/steps/print-checklist';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { readAnswers } from '../../fixtures/read-answers';
import { bodyText, FOOTER_TOP, normalise, readPdf } from '../../unit/pdf/support/read-pdf';

// Issue 13, item 6: the print view is the accessible checklist, with the PDF's content in the PDF's
// order: page 1's appointment sheet, each road's detail, the contact directory once, documents, words used.

let fonts: ChecklistFonts;
beforeAll(() => {
  const read = (name: string) => new Uint8Array(readFileSync(path.resolve('public/fonts', name)));
  fonts = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
});

function scenario(file: string): Answers {
  return readAnswers((JSON.parse(readFileSync(path.resolve('tests/fixtures/scenarios', file), 'utf8')) as { answers: unknown }).answers);
}

/** The PDF's sections in order: its title and every heading, read from the document it is drawn from. */
function pdfHeadings(answers: Answers, content: Content, clinicianSummary: boolean): string[] {
  const checklist = buildChecklist({ answers, evaluation: evaluate(answers, content), content, madeOn: localIsoDate(new Date()), clinicianSummary });
  return checklist.blocks.flatMap((block) => {
    if (block.kind === 'title' || block.kind === 'heading') return [block.text];
    if (block.kind === 'questions') return block.groups.flatMap((group) => (group.heading ? [group.heading] : []));
    return [];
  });
}

const bundles = { en, es } as const;
const cases = [
  ['v2-private-denial-deadline.json', 'en', false],
  ['v2-saved-trial.json', 'es', false],
  ['medicare-offlabel-denied.json', 'en', true],
] as const;

describe('the print view has the PDF’s content in the PDF’s order', () => {
  it.each(cases)('%s (%s, navigator %s): the same headings in the same order as the PDF, contacts once, documents and words used', async (file, lang, navigator) => {
    const content: Content = bundles[lang];
    const answers = scenario(file);
    const evaluation = evaluate(answers, content);
    const { container } = render(
      <ContentProvider content={content}>
        <PrintChecklist answers={answers} evaluation={evaluation} clinicianSummary={navigator} />
      </ContentProvider>,
    );
    // Not on screen: made when the browser is about to print.
    expect(container.querySelector('.print-checklist')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const view = container.querySelector('.print-checklist');
    if (!(view instanceof HTMLElement)) throw new Error('no print view');
    const headings = within(view).getAllByRole('heading').map((h) => normalise(h.textContent ?? ''));

    // The PDF itself, read back: its sections come in this order.
    const expected = pdfHeadings(answers, content, navigator).map(normalise);
    const pdf = await readPdf(
      renderChecklistPdf(buildChecklist({ answers, evaluation, content, madeOn: localIsoDate(new Date()), clinicianSummary: navigator }), fonts),
    );
    const pdfText = normalise(pdf.pages.map((page) => page.text).join(' '));
    let at = -1;
    for (const heading of expected) {
      const next = pdfText.indexOf(heading, at + 1);
      expect(next, `“${heading}” after position ${at} in the PDF`).toBeGreaterThan(at);
      at = next;
    }
    expect(headings).toEqual(expected);
    expect(headings[0]).toBe(normalise(content.checklist.cover.title));
    // Page 1's order: the roads at a glance, then the questions, then what to bring; the detail after.
    const order = [content.checklist.sheet.glanceHeading, content.checklist.questions.heading, content.checklist.sheet.bringHeading, content.checklist.pathways.heading, content.checklist.directory.heading, content.checklist.documents.heading, content.checklist.glossary.heading].map(normalise);
    const positions = order.map((heading) => headings.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Each contact once (by its phone line), every document, the deadline, the top questions.
    const text = normalise(view.textContent ?? '');
    const phones = [...new Set(evaluation.pathways.flatMap((p) => p.contacts.flatMap((c) => (c.phone ? [c.phone] : []))))];
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(text.split(normalise(`${content.checklist.pathways.phone} ${phone}`)).length - 1, phone).toBe(1);
    for (const document of Object.values(content.documents.items)) expect(text).toContain(normalise(document));
    for (const question of evaluation.topQuestions) expect(text).toContain(normalise(question));
    for (const deadline of evaluation.deadlines) expect(text).toContain(normalise(deadline.text));
    // The same words as the PDF's body.
    const body = bodyText(pdf, FOOTER_TOP);
    for (const question of evaluation.topQuestions) expect(body).toContain(normalise(question));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.print-checklist')).toBeNull();
  });
});
