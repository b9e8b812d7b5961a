import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../../src/content/types';
import type { Answers } from '../../../src/domain/answers.schema';
import type { Evaluation } from '../../../src/domain/evaluation.schema';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { SRC } from '../../../templates/en/sources';
import { bodyText, FOOTER_TOP, normalise, readPdf } from '../pdf/support/read-pdf';

const scenariosDir = new URL('../../fixtures/scenarios/', import.meta.url);

function scenarioAnswers(file: string): unknown {
  return (JSON.parse(readFileSync(new URL(file, scenariosDir), 'utf8')) as { answers: unknown }).answers;
}

/** The scenario's answers as the product reads them: version-1 files are migrated to version 2. */
function checkedAnswers(file: string): Answers | undefined {
  const parsed = parseAnswers(scenarioAnswers(file));
  return parsed.ok ? parsed.answers : undefined;
}

const usable = readdirSync(scenariosDir)
  .filter((file) => file.endsWith('.json'))
  .filter((file) => checkedAnswers(file) !== undefined)
  .sort();

// What a missing key or a broken interpolation prints; the sample stand-in "Sam" never reaches real output.
const BROKEN = /undefined|NaN|\bnull\b|\[object Object\]|\bSam\b/u;

/** Every sentence an evaluation shows a person, with where it is. */
function sentencesOf(evaluation: Evaluation): { where: string; text: string }[] {
  return [
    ...evaluation.pathways.flatMap((p) => [
      ...p.reasons.map((r, i) => ({ where: `${p.id}.reasons.${i}`, text: r.text })),
      ...p.steps.map((text, i) => ({ where: `${p.id}.steps.${i}`, text })),
      ...p.questions.map((text, i) => ({ where: `${p.id}.questions.${i}`, text })),
      ...p.contacts.map((c, i) => ({ where: `${p.id}.contacts.${i}`, text: c.name })),
    ]),
    ...evaluation.firstSteps.map((s) => ({ where: `firstSteps.${s.id}`, text: s.text })),
  ];
}

// A contact may link the source's own page in Spanish (issue 12, item 11): the same page for this check.
const SAME_PAGE = new Map<string, string>([[SRC.nciTrialSearchEs.url, SRC.nciTrialSearch.url]]);
const page = (url: string | undefined) => (url === undefined ? url : (SAME_PAGE.get(url) ?? url));

/** The evaluation with every word taken out: what both languages must agree on. */
function skeleton(evaluation: Evaluation) {
  return {
    pathways: evaluation.pathways.map((p) => ({
      id: p.id,
      fit: p.fit,
      basedOn: p.reasons.map((r) => r.basedOn),
      steps: p.steps.length,
      questions: p.questions.length,
      contacts: p.contacts.map((c) => ({ phone: c.phone, url: page(c.url), source: page(c.source) })),
    })),
    firstSteps: evaluation.firstSteps.map((s) => ({ id: s.id, basedOn: s.basedOn })),
    missing: evaluation.missing,
  };
}

describe('every example scenario, evaluated in English and in Spanish (issue 6)', () => {
  it('has scenarios to check', () => {
    expect(usable.length).toBeGreaterThanOrEqual(5);
  });

  it.each(usable)('%s: the same result in both languages, every sentence present and translated', (file) => {
    const answers = checkedAnswers(file)!;
    const english = evaluate(answers, en);
    const spanish = evaluate(answers, es);

    expect(skeleton(spanish)).toEqual(skeleton(english));

    const englishSentences = sentencesOf(english);
    const spanishSentences = sentencesOf(spanish);
    expect(spanishSentences.map((s) => s.where)).toEqual(englishSentences.map((s) => s.where));
    spanishSentences.forEach((sentence, i) => {
      expect(sentence.text.trim(), sentence.where).not.toBe('');
      expect(sentence.text, sentence.where).not.toMatch(BROKEN);
      expect(sentence.text, `${sentence.where} is still in English`).not.toBe(englishSentences[i]?.text);
    });
  });
});

describe('the checklist PDF in Spanish, for every example scenario', () => {
  let fonts: ChecklistFonts;
  beforeAll(async () => {
    fonts = await loadFontsFromDisk();
  });

  const render = async (content: Content, file: string) => {
    const answers = checkedAnswers(file)!;
    const evaluation = evaluate(answers, content);
    const document = buildChecklist({ answers, evaluation, content, madeOn: '2026-11-21' });
    return { evaluation, pdf: await readPdf(renderChecklistPdf(document, fonts)) };
  };

  it.each(usable)('%s: Spanish words, Spanish page numbers and dates, language set, nothing missing', async (file) => {
    const { evaluation, pdf } = await render(es, file);
    // The footer sits in the bottom 32 mm; the body is read above it so a sentence split by a page break still reads whole.
    // List bullets are drawn as their own text items and may be read back between two words of a sentence.
    const body = normalise(bodyText(pdf, FOOTER_TOP).replace(/\s•\s/gu, ' '));
    for (const { where, text } of sentencesOf(evaluation).filter((s) => !s.where.includes('.contacts.'))) {
      expect(body, where).toContain(normalise(text));
    }
    // Each contact is printed once (issue 13), under the fullest of its names: one per number and address.
    const printedName = new Map<string, string>();
    for (const contact of evaluation.pathways.flatMap((p) => p.contacts)) {
      const key = `${contact.phone ?? ''}|${contact.url ?? ''}`;
      const kept = printedName.get(key);
      if (kept === undefined || contact.name.length > kept.length) printedName.set(key, contact.name);
    }
    for (const name of printedName.values()) expect(body).toContain(normalise(name));
    for (const p of evaluation.pathways) expect(body).toContain(normalise(es.pathways[p.id].title));
    expect(body).toContain(normalise(es.checklist.questions.heading));
    expect(body).toContain('21 de noviembre de 2026');
    const identity = es.checklist.footer.identity(es.checklist.productName, es.checklist.contentVersion, '30 de noviembre de 2026');
    pdf.pages.forEach((page, i) => {
      expect(page.text).toContain(`Página ${i + 1} de ${pdf.pages.length}`);
      // The whole footer line, with its date: a longer Spanish line must not lose its end.
      expect(page.text).toContain(normalise(identity));
    });
    expect(pdf.text).not.toMatch(/undefined|NaN|\bnull\b|\[object Object\]/u);
    expect(pdf.text).not.toContain('Page 1 of');
    expect(pdf.lang).toBe('es');
  });
});
