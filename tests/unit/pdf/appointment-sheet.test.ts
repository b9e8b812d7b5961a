import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { isReadable, readAnswers } from '../../fixtures/read-answers';
import { scenarioFiles } from '../../../scripts/bench-pdf';
import { bodyText, FOOTER_TOP, normalise, readPdf, type ReadPdf } from './support/read-pdf';
import { exampleChecklist, scenarioFile } from './support/example-checklists';

// Issue 13: page 1 is the appointment sheet, the rest is detail, and a typical case fits in 6 pages.
// Every example scenario is a typical case (one to three roads open, a refusal, a label lookup, a
// kept trial): all must fit in 6 pages in both languages. The largest valid answers (the stress case
// in tests/unit/cli/largest-input.test.ts, every list at its cap) are not typical and run longer.

/** Cases the examples must include: a label road, a refusal with its deadline, free drug under Medicare Advantage, a kept trial. */
const TYPICAL = ['uninsured-on-label.json', 'v2-private-denial-deadline.json', 'v2-medicare-advantage-free-drug.json', 'v2-saved-trial.json'];
/** A full page holds about 3,200 characters (10 pt, 15 mm margins); a page with less than half of that (other than the last) is mostly empty. */
const MOSTLY_EMPTY = 1600;
/** Page 1 is mostly room to write, so it holds less text; it still must not be a near-blank page. */
const SHEET_AT_LEAST = 700;

const bundles = { en, es } as const;
type Lang = keyof typeof bundles;

let fonts: ChecklistFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

function scenario(file: string): unknown {
  return scenarioFile(file).answers;
}

const usable = scenarioFiles().filter((file) => isReadable(scenario(file)));
const cases = usable.flatMap((file) => (['en', 'es'] as const).map((lang) => [file, lang] as const));

async function checklistOf(answers: Answers, lang: Lang, extra: Partial<Parameters<typeof buildChecklist>[0]> = {}) {
  const content = bundles[lang];
  const evaluation = evaluate(answers, content);
  const pdf = await readPdf(renderChecklistPdf(buildChecklist({ answers, evaluation, content, madeOn: '2026-11-21', ...extra }), fonts));
  return { evaluation, pdf };
}

/** One page's body text (without the footer), whitespace made single. */
function pageText(pdf: ReadPdf, page: number): string {
  return normalise(
    pdf.pages[page]?.items
      .filter((item) => item.y > FOOTER_TOP)
      .map((item) => item.str)
      .join(' ') ?? '',
  );
}

describe('the appointment sheet and the detail, for each example scenario in English and Spanish', () => {
  it('has typical scenarios among the examples', () => {
    for (const file of TYPICAL) expect(usable).toContain(file);
  });

  it.each(cases)('%s (%s): page 1 holds the roads at a glance with their fit, the top questions and every deadline', async (file, lang) => {
    const { evaluation, pdf } = await exampleChecklist(file, lang);
    const content = bundles[lang];
    const first = pageText(pdf, 0);
    expect(first).toContain(normalise(content.checklist.sheet.glanceHeading));
    for (const pathway of evaluation.pathways) {
      expect(first).toContain(normalise(content.pathways[pathway.id].title));
    }
    expect(evaluation.topQuestions.length).toBeGreaterThanOrEqual(3);
    for (const question of evaluation.topQuestions) expect(first).toContain(normalise(question));
    for (const deadline of evaluation.deadlines) expect(first).toContain(normalise(deadline.text));
    expect(first).toContain(normalise(content.checklist.sheet.bringHeading));
  });

  it.each(cases)('%s (%s): each contact appears once, in one directory that names the roads it serves', async (file, lang) => {
    const { evaluation, pdf } = await exampleChecklist(file, lang);
    const body = bodyText(pdf, FOOTER_TOP);
    const phones = [...new Set(evaluation.pathways.flatMap((p) => p.contacts.flatMap((c) => (c.phone ? [c.phone] : []))))];
    expect(phones.length).toBeGreaterThan(0);
    const label = bundles[lang].checklist.pathways.phone;
    for (const phone of phones) {
      // The number as a contact line ("Phone: ..."): once, whatever a step may also say about it.
      expect(body.split(normalise(`${label} ${phone}`)).length - 1, phone).toBe(1);
    }
    expect(body.split(normalise(bundles[lang].checklist.directory.heading)).length - 1).toBe(1);
    expect(body).toContain(normalise(bundles[lang].checklist.directory.serves));
  });

  it.each(cases)('%s (%s): no page but the last is mostly empty', async (file, lang) => {
    const { pdf } = await exampleChecklist(file, lang);
    expect(pageText(pdf, 0).length).toBeGreaterThanOrEqual(SHEET_AT_LEAST);
    for (let page = 1; page < pdf.pages.length - 1; page += 1) {
      expect(pageText(pdf, page).length, `page ${page + 1} of ${pdf.pages.length}`).toBeGreaterThanOrEqual(MOSTLY_EMPTY);
    }
  });

  it.each(cases)('%s (%s): a typical case fits in 6 pages', async (file, lang) => {
    const { pdf } = await exampleChecklist(file, lang);
    expect(pdf.pages.length).toBeLessThanOrEqual(6);
  });
});

describe('page 1 lines that come from the person and their lookups', () => {
  it('prints a name typed in the app on the name line, and nothing there when none was typed', async () => {
    const answers = readAnswers(scenario('v2-private-denial-deadline.json'));
    const named = pageText((await checklistOf(answers, 'en', { personName: 'Zofia Łukasiewicz' })).pdf, 0);
    expect(named).toContain('Name: Zofia Łukasiewicz');
    const unnamed = pageText((await checklistOf(answers, 'en')).pdf, 0);
    expect(unnamed).not.toContain('Zofia');
    expect(unnamed).toContain('Name:');
  });

  it('gives the FDA label finding and each kept trial one line on page 1, when looked up', async () => {
    const labelled = readAnswers(scenario('v2-osimertinib-label.json'));
    const first = pageText((await checklistOf(labelled, 'en')).pdf, 0);
    expect(first).toMatch(/FDA label: the label for \S+ (names your cancer|lists other uses)/u);
    const kept = readAnswers(scenario('v2-saved-trial.json'));
    const trialPage = pageText((await checklistOf(kept, 'es')).pdf, 0);
    for (const trial of kept.trials?.saved ?? []) expect(trialPage).toContain(`Estudio que guardó: ${trial.nctId}`);
    expect(pageText((await checklistOf(readAnswers(scenario('uninsured-on-label.json')), 'en')).pdf, 0)).not.toMatch(/FDA label:|Trial you kept/u);
  });
});

describe('navigator mode: the clinician page in another language', () => {
  it('prints the patient’s pages in Spanish and the clinician page in English, notes only there', async () => {
    const answers: Answers = { ...readAnswers(scenario('medicare-offlabel-denied.json')), sectionNotes: { insurance: 'Denial dated Oct 3.' } };
    const clinician = { content: en, evaluation: evaluate(answers, en) };
    const { pdf } = await checklistOf(answers, 'es', { clinicianSummary: true, clinician });
    const last = pdf.pages.length - 1;
    const clinicianPage = pdf.pages.findIndex((page) => normalise(page.text).includes(normalise(en.navigator.summary.title)));
    expect(clinicianPage).toBeGreaterThan(0);
    const patientPages = Array.from({ length: clinicianPage }, (_, i) => pageText(pdf, i)).join(' ');
    expect(patientPages).toContain(normalise(es.checklist.questions.heading));
    expect(patientPages).not.toContain(normalise(en.checklist.questions.heading));
    expect(patientPages).not.toContain('Denial dated Oct 3.');
    const clinicianText = Array.from({ length: last - clinicianPage + 1 }, (_, i) => pageText(pdf, clinicianPage + i)).join(' ');
    expect(clinicianText).toContain(normalise(en.navigator.summary.pathways));
    expect(clinicianText).toContain(normalise(en.pathways['off-label'].title));
    expect(clinicianText).not.toContain(normalise(es.pathways['off-label'].title));
    expect(clinicianText).toContain('Denial dated Oct 3.');
  });
});
