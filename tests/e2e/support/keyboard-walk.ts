import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { PATHWAY_IDS, type PathwayId } from '../../../src/domain/evaluation.schema';
import { evaluate } from '../../../src/rules/evaluate-en';
import { en } from '../../../templates/en/bundle';
import { expectNoAxeViolations } from './axe';
import type { AppSession } from './browser';
import { press } from './keyboard';
import {
  arriveAt,
  expectedQuestionHeadings,
  fillQuestionPages,
  type OnPage,
  type PageVisit,
  type WalkOptions,
} from './wizard-walk';

// A person who uses only the keyboard walks a whole scenario (copied from ../shared/scenarios)
// from the welcome page to the results. On every page: axe finds nothing, focus is on the new
// page's h1, the tab title changes (and on a phone, nothing is wider than the screen); during the
// whole walk nothing is requested from any host but the app's own, and nothing logs an error
// (withApp). Each walk has its own test file (wizard-keyboard-*.test.ts), so that two of them can
// run side by side with the other end-to-end files.

type Fit = 'strong' | 'possible' | 'unlikely';
export type Scenario = { name: string; answers: Answers; expect: { fit: Partial<Record<PathwayId, Fit[]>> } };

const check = en.shell.checkAnswers;
const results = en.shell.results;
const STRENGTH: Record<Fit, number> = { strong: 0, possible: 1, unlikely: 2 };
const fitFromWords = new Map(Object.entries(en.pathways.fitNames).map(([fit, words]) => [words, fit as Fit]));
const FIT_PATTERN = new RegExp([...fitFromWords.keys()].join('|'));
export const PHONE = { width: 360, height: 740 };

/** Checks run on every page the walk reaches. */
function pageChecks(page: Page, options: { phone: boolean }): OnPage {
  return async (visit) => {
    await expectNoAxeViolations(page, `"${visit.heading}"`);
    if (options.phone) {
      const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(widths.content, `nothing wider than the screen on "${visit.heading}"`).toBeLessThanOrEqual(widths.screen);
    }
  };
}

/** The check page: the answers typed are there, and a Change link opens a page and comes back. */
async function checkTheCheckPage(page: Page, scenario: Scenario, onPage: OnPage, previous: PageVisit): Promise<PageVisit> {
  let visit = await arriveAt(page, check.title, previous.title, onPage);
  const { answers } = scenario;
  const outcomes = en.wizard.questions.treatmentsTried.list.outcome.options;
  for (const treatment of answers.treatments?.tried ?? []) {
    await page.getByText(check.treatment(treatment.name, outcomes[treatment.outcome].label), { exact: true }).waitFor();
  }
  if (answers.drugOfInterest?.name) await page.getByText(answers.drugOfInterest.name, { exact: true }).waitFor();
  if (answers.trials?.zip) await page.getByText(answers.trials.zip, { exact: true }).waitFor();

  // Change the drug's answers, keyboard only: the page opens with what was typed, Continue returns here.
  const drugPage = en.wizard.questions.drugOfInterest;
  const drugSection = page.getByRole('region', { name: drugPage.title });
  await press(page, drugSection.getByRole('button', { name: new RegExp(`^${check.change}`) }).first());
  const drugVisit = await arriveAt(page, drugPage.title, visit.title, onPage);
  const nameBox = page.getByRole('textbox', { name: drugPage.name.label });
  expect(await nameBox.inputValue(), 'the typed drug name is still there').toBe(answers.drugOfInterest?.name ?? '');
  await press(page, page.getByRole('button', { name: en.wizard.ui.continue, exact: true }));
  visit = await arriveAt(page, check.title, drugVisit.title, onPage);
  return visit;
}

/** The results: the five pathways strongest first, each fit in words as the scenario expects, with its reasons. */
async function checkTheResults(page: Page, scenario: Scenario, onPage: OnPage, previous: PageVisit): Promise<void> {
  await press(page, page.getByRole('button', { name: check.confirm, exact: true }));
  await arriveAt(page, results.title, previous.title, onPage);

  const expected = evaluate(scenario.answers);
  // The pathway cards: articles headed by a pathway's title (the page has other articles too, e.g. letters).
  const titles = new RegExp(`^(${PATHWAY_IDS.map((id) => en.pathways[id].title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})$`, 'u');
  const cards = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: titles }) });
  expect(await cards.count(), 'all five pathways').toBe(5);
  const shown: { id: PathwayId; fit: Fit }[] = [];
  for (const [index, card] of (await cards.all()).entries()) {
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const id = PATHWAY_IDS.find((key) => en.pathways[key].title === title);
    expect(id, `pathway ${index + 1} "${title}" is one of the five`).toBeDefined();
    if (!id) continue;
    // The fit is in words, not only in colour.
    const fitText = (await card.getByText(FIT_PATTERN).first().innerText()).trim();
    const fit = fitFromWords.get(fitText.replace(results.fitLabel, '').trim());
    expect(fit, `the fit of "${title}" in words (saw "${fitText}")`).toBeDefined();
    if (!fit) continue;
    const acceptable = scenario.expect.fit[id];
    if (acceptable) expect(acceptable, `fit of ${id} for "${scenario.name}"`).toContain(fit);
    for (const reason of expected.pathways.find((pathway) => pathway.id === id)?.reasons ?? []) {
      expect(await card.getByText(reason.text, { exact: true }).count(), `reason shown for ${id}: ${reason.text}`).toBe(1);
    }
    shown.push({ id, fit });
  }
  const strengths = shown.map(({ fit }) => STRENGTH[fit]);
  expect(strengths, 'strongest first').toEqual([...strengths].sort((a, b) => a - b));
  expect(new Set(shown.map(({ id }) => id)).size).toBe(5);
  await page.getByText(results.notAdvice).waitFor();
}

/**
 * Version 2 asks two more questions that need an answer: inherited (germline) testing on the
 * biomarkers page, and a second coverage under Medicare. Scenarios written before them answer
 * "not sure", and the expected results follow from that.
 */
function answeredToday(scenario: Scenario): Scenario {
  const { answers } = scenario;
  const biomarkers = { germlineTesting: 'unsure' as const, ...answers.biomarkers };
  const insurance = answers.insurance?.coverage === 'medicare' ? { secondary: 'unsure' as const, ...answers.insurance } : answers.insurance;
  return { ...scenario, answers: { ...answers, biomarkers, ...(insurance ? { insurance } : {}) } };
}

/** Welcome to results, keyboard only, with every check on every page. */
export async function walk(app: AppSession, asWritten: Scenario, options: { phone: boolean } & WalkOptions): Promise<void> {
  const scenario = answeredToday(asWritten);
  const { page } = app;
  const onPage = pageChecks(page, options);
  await page.goto('/');
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  const visits = await fillQuestionPages(page, scenario.answers, onPage, options);
  expect(visits.map((visit) => visit.heading.replace(` ${en.wizard.ui.optional}`, ''))).toEqual(
    expectedQuestionHeadings(scenario.answers),
  );
  const titles = visits.map((visit) => visit.title);
  expect(new Set(titles).size, 'a different tab title on every page').toBe(titles.length);
  const last = visits.at(-1);
  if (!last) throw new Error('the walk reached no page');
  const checkVisit = await checkTheCheckPage(page, scenario, onPage, last);
  await checkTheResults(page, scenario, onPage, checkVisit);
}

