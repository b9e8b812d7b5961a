import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectProse } from '../../src/content/walk-content';
import type { Answers } from '../../src/domain/answers.schema';
import { readAnswers } from '../fixtures/read-answers';
import { evaluate } from '../../src/rules/evaluate';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';
import { bodyText, FOOTER_TOP, normalise, readPdf } from '../unit/pdf/support/read-pdf';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp } from './support/browser';
import { PHONE } from './support/keyboard-walk';

// Issue 6 in a real browser: a person whose browser speaks Spanish completes the whole wizard in
// Spanish on a phone, every page axe-clean with <html lang="es">, no English left on screen and
// nothing wider than the screen, and gets the checklist PDF in Spanish; and a person can switch language on any page without losing answers.

const q = es.wizard.questions;

const scenario = JSON.parse(readFileSync(new URL('../fixtures/scenarios/desmoid-investigational.json', import.meta.url), 'utf8')) as {
  answers: unknown;
};
const answers: Answers = readAnswers(scenario.answers);

/**
 * English sentences and labels that have no Spanish twin: if one shows on a Spanish page, a word
 * escaped translation (or a component hard-codes English). Interpolated text is left out (its
 * sample arguments never appear on screen); so are names that read the same in both languages.
 */
const spanishText = collectProse(es)
  .map((leaf) => leaf.text)
  .join('\n');
const englishOnly = [...new Set(collectProse(en).filter((leaf) => !leaf.fromFunction).map((leaf) => leaf.text))].filter(
  (text) => text.length >= 12 && /\s/u.test(text) && !spanishText.includes(text),
);

const dir = mkdtempSync(path.join(tmpdir(), 'spanish-e2e-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
// A group's name is its legend, and may end with "(opcional)": match the legend's start.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const group = (page: Page, legend: string) => page.getByRole('group', { name: new RegExp(`^${escapeRegExp(legend)}`, 'u') });
const radio = (page: Page, groupName: string, option: string) => group(page, groupName).getByRole('radio', { name: option, exact: true });

/** Waits for the page whose h1 reads `title`, then checks it is in Spanish, through and through. */
async function arriveInSpanish(page: Page, title: string): Promise<void> {
  await heading(page).filter({ hasText: title }).waitFor({ state: 'visible' });
  expect(await page.getAttribute('html', 'lang'), `lang on "${title}"`).toBe('es');
  const text = await page.locator('body').innerText();
  const leftovers = englishOnly.filter((english) => text.includes(english));
  expect(leftovers, `English left on "${title}"`).toEqual([]);
  await expectNoAxeViolations(page, `"${title}" in Spanish`);
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.content, `nothing wider than the screen on "${title}"`).toBeLessThanOrEqual(widths.screen);
}

async function continueOn(page: Page): Promise<void> {
  await page.getByRole('button', { name: es.wizard.ui.continue, exact: true }).click();
}

/** Answers every question page of the scenario in Spanish, checking each page on arrival. */
async function walkInSpanish(page: Page): Promise<void> {
  const a = answers;
  await arriveInSpanish(page, q.welcome.title);
  await radio(page, q.welcome.filledBy.label, q.welcome.filledBy.options[a.filledBy!].label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.diagnosis.title);
  const cancerName = es.wizard.cancerTypes['desmoid-tumor'].name;
  await page.getByRole('searchbox', { name: q.diagnosis.cancerType.searchLabel }).fill('desmoide');
  await radio(page, q.diagnosis.cancerType.label, cancerName).check();
  await radio(page, q.diagnosis.stage.label, q.diagnosis.stage.options.recurrent.label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.biomarkers.title);
  await radio(page, q.biomarkers.testing.label, q.biomarkers.testing.options.done.label).check();
  await radio(page, q.biomarkers.germlineTesting.label, q.biomarkers.germlineTesting.options[a.biomarkers?.germlineTesting ?? 'unsure'].label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.biomarkerFindings.findings.label);
  await page.getByRole('textbox', { name: q.biomarkerFindings.findings.label }).fill(a.biomarkers!.findings!.join('\n'));
  await continueOn(page);

  await arriveInSpanish(page, q.treatmentsTried.title);
  const list = q.treatmentsTried.list;
  for (const [index, treatment] of a.treatments!.tried!.entries()) {
    await page.getByRole('button', { name: index === 0 ? list.add : list.addAnother, exact: true }).click();
    const item = group(page, list.itemLegend(index + 1));
    await item.getByRole('textbox', { name: list.name.label }).fill(treatment.name);
    await item.getByRole('group', { name: list.outcome.label }).getByRole('radio', { name: list.outcome.options[treatment.outcome].label, exact: true }).check();
  }
  await radio(page, q.treatmentsTried.standardOptionsLeft.label, q.treatmentsTried.standardOptionsLeft.options.no.label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.drugOfInterest.title);
  await page.getByRole('textbox', { name: q.drugOfInterest.name.label }).fill(a.drugOfInterest!.name!);
  await radio(page, q.drugOfInterest.approval.label, q.drugOfInterest.approval.options['not-approved'].label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.insurance.title);
  await page.getByRole('combobox', { name: q.insurance.residenceState.label }).selectOption({ label: es.wizard.states.OH });
  await radio(page, q.insurance.coverage.label, q.insurance.coverage.options.private.label).check();
  await radio(page, q.insurance.deniedBefore.label, q.insurance.deniedBefore.options.no.label).check();
  await radio(page, q.insurance.costConcern.label, q.insurance.costConcern.options.some.label).check();
  await continueOn(page);

  // Cost is "some" worry: the household page comes; its questions are optional.
  await arriveInSpanish(page, q.household.title);
  await continueOn(page);

  await arriveInSpanish(page, q.trialStatus.status.label);
  await radio(page, q.trialStatus.status.label, q.trialStatus.status.options['looked-not-eligible'].label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.trialTravel.title);
  await radio(page, q.trialTravel.travel.label, q.trialTravel.travel.options['anywhere-in-us'].label).check();
  await page.getByRole('textbox', { name: q.trialTravel.zip.label }).fill(a.trials!.zip!);
  await continueOn(page);

  await arriveInSpanish(page, q.careTeam.title);
  await radio(page, q.careTeam.oncologistOpenToHelp.label, q.careTeam.oncologistOpenToHelp.options.yes.label).check();
  await radio(page, q.careTeam.setting.label, q.careTeam.setting.options['academic-center'].label).check();
  await continueOn(page);

  await arriveInSpanish(page, q.appointment.title);
  await continueOn(page);
}

describe('the wizard in Spanish, in Chromium (issue 6)', () => {
  it('opens in Spanish for a Spanish browser, is completed in Spanish on a phone, axe-clean and no wider than the screen on every page, and gives a Spanish PDF', async () => {
    // On a 360 x 740 phone: the Spanish words are the longest, so nothing may be wider than the screen.
    const app = await openApp(browser, { locale: 'es-US', viewport: PHONE });
    const { page } = app;
    await page.goto('/');
    await walkInSpanish(page);

    await arriveInSpanish(page, es.shell.checkAnswers.title);
    expect(await page.locator('main').innerText()).toContain(es.wizard.cancerTypes['desmoid-tumor'].name);
    await page.getByRole('button', { name: es.shell.checkAnswers.confirm, exact: true }).click();

    await arriveInSpanish(page, es.shell.results.title);
    const evaluation = evaluate(answers, es);
    const main = await page.locator('main').innerText();
    for (const p of evaluation.pathways) {
      expect(main).toContain(es.pathways[p.id].title);
      for (const reason of p.reasons) expect(main).toContain(reason.text);
    }

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: es.checklist.actions.download, exact: true }).click();
    const download = await downloading;
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: es.checklist.actions.downloaded(download.suggestedFilename()) }).waitFor();
    await expectNoAxeViolations(page, 'the Spanish results after the download');

    const pdf = await readPdf(new Uint8Array(readFileSync(file)));
    expect(pdf.lang).toBe('es');
    expect(pdf.info['Title']).toBe(es.checklist.properties.title);
    // List bullets are separate text items and can be read back between two words of a sentence.
    const body = normalise(bodyText(pdf, FOOTER_TOP).replace(/\s•\s/gu, ' '));
    const sentences = [
      ...evaluation.pathways.flatMap((p) => [es.pathways[p.id].title, ...p.reasons.map((r) => r.text), ...p.steps, ...p.questions]),
      ...evaluation.firstSteps.map((s) => s.text),
    ];
    for (const sentence of sentences) expect(body).toContain(normalise(sentence));
    expect(body).toContain(normalise(es.checklist.questions.heading));
    pdf.pages.forEach((pdfPage, i) => expect(pdfPage.text).toContain(`Página ${i + 1} de ${pdf.pages.length}`));
    expect(pdf.text).not.toContain(normalise(en.checklist.questions.heading));
    expect(pdf.text).not.toMatch(/undefined|NaN|\bnull\b|\[object Object\]/u);

    await app.finish();
  });

  it('switches language on a page without losing the answers, remembers the choice in the tab, and switches back', async () => {
    const app = await openApp(browser, { locale: 'en-US' });
    const { page } = app;
    await page.goto('/');
    await heading(page).filter({ hasText: en.wizard.questions.welcome.title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const enq = en.wizard.questions;
    await radio(page, enq.welcome.filledBy.label, enq.welcome.filledBy.options.caregiver.label).check();
    await page.getByRole('button', { name: en.wizard.ui.continue, exact: true }).click();

    await heading(page).filter({ hasText: enq.diagnosis.title }).waitFor();
    await page.getByRole('searchbox', { name: enq.diagnosis.cancerType.searchLabel }).fill('desmoid');
    await radio(page, enq.diagnosis.cancerType.label, en.wizard.cancerTypes['desmoid-tumor'].name).check();
    await radio(page, enq.diagnosis.stage.label, enq.diagnosis.stage.options.recurrent.label).check();

    // The switch is a labelled navigation region; each language is named in its own language.
    const switcher = page.getByRole('navigation', { name: en.language.label });
    await switcher.getByRole('button', { name: 'Español', exact: true }).click();

    await arriveInSpanish(page, q.diagnosis.title);
    expect(await radio(page, q.diagnosis.cancerType.label, es.wizard.cancerTypes['desmoid-tumor'].name).isChecked()).toBe(true);
    expect(await radio(page, q.diagnosis.stage.label, q.diagnosis.stage.options.recurrent.label).isChecked()).toBe(true);
    expect(await page.getByRole('navigation', { name: es.language.label }).getByRole('button', { name: 'Español', pressed: true }).count()).toBe(1);

    await continueOn(page);
    await arriveInSpanish(page, q.biomarkers.title);
    // A reload keeps the language chosen in this tab, whatever the browser prefers.
    await page.reload();
    await heading(page).filter({ hasText: q.biomarkers.title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    await page.getByRole('button', { name: es.wizard.ui.back, exact: true }).click();
    await arriveInSpanish(page, q.diagnosis.title);
    expect(await radio(page, q.diagnosis.stage.label, q.diagnosis.stage.options.recurrent.label).isChecked()).toBe(true);

    await page.getByRole('navigation', { name: es.language.label }).getByRole('button', { name: 'English', exact: true }).click();
    await heading(page).filter({ hasText: enq.diagnosis.title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await radio(page, enq.diagnosis.stage.label, enq.diagnosis.stage.options.recurrent.label).isChecked()).toBe(true);
    await page.getByRole('button', { name: en.wizard.ui.back, exact: true }).click();
    await heading(page).filter({ hasText: enq.welcome.title }).waitFor();
    expect(await radio(page, enq.welcome.filledBy.label, enq.welcome.filledBy.options.caregiver.label).isChecked()).toBe(true);

    await app.finish();
  });
});
