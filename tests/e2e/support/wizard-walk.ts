import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { en } from '../../../templates/en/bundle';
import { chooseOption, chooseRadio, isFocused, press, typeInto } from './keyboard';

// Fills the wizard's question pages from an answers object, with the keyboard only, reading the
// words a person sees from the English templates (so the test follows the content, not the code).

const q = en.wizard.questions;
const ui = en.wizard.ui;

/** What the walk saw on one page: its main heading and the tab's title. */
export type PageVisit = { heading: string; title: string };

/** Called on every page the walk reaches, after it has settled; checks belong here. */
export type OnPage = (visit: PageVisit) => Promise<void>;

/** The page's single h1, as a locator. */
export function mainHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/**
 * Waits for a page whose h1 reads `heading`. Unless it is the first page (`previousTitle` null),
 * checks that focus moved to that h1 (so a screen reader starts reading the new page) and that the
 * tab title changed. Then runs the page checks.
 */
export async function arriveAt(page: Page, heading: string | RegExp, previousTitle: string | null, onPage: OnPage): Promise<PageVisit> {
  const h1 = mainHeading(page);
  // A short, steady poll: waitFor backs off to half-second steps, which a page change just misses.
  await expect
    .poll(() => h1.filter({ hasText: heading }).isVisible(), { interval: 25, timeout: 30_000, message: `a page headed "${String(heading)}"` })
    .toBe(true);
  expect(await h1.count(), 'one h1 per page').toBe(1);
  const title = await page.title();
  // On first load the browser's own starting point is right; after that, focus must follow the page.
  if (previousTitle !== null) {
    await expect.poll(() => isFocused(h1), { message: `focus on the h1 "${String(heading)}"` }).toBe(true);
    expect(title, 'the tab title changes with the page').not.toBe(previousTitle);
  }
  const visit = { heading: (await h1.innerText()).trim(), title };
  await onPage(visit);
  return visit;
}

const group = (page: Page, name: string) => page.getByRole('group', { name });
const continueButton = (page: Page) => page.getByRole('button', { name: ui.continue, exact: true });

/** The words of the wizard's validation messages, for tests that provoke them. */
export const errorMessages = q.errors;

/** The h1 text of each question page, by page. */
export const headings = {
  welcome: q.welcome.title,
  drugOfInterest: q.drugOfInterest.title,
  insurance: q.insurance.title,
} as const;

/** One question page of the walk: the h1 a person should see, and how to answer it. */
type PageStep = {
  heading: string;
  shown: (answers: Answers) => boolean;
  fill: (page: Page, answers: Answers) => Promise<void>;
};

const always = () => true;

const PAGES: PageStep[] = [
  {
    heading: q.welcome.title,
    shown: always,
    fill: async (page, answers) => {
      if (answers.filledBy) await chooseRadio(page, group(page, q.welcome.filledBy.label), q.welcome.filledBy.options[answers.filledBy].label);
    },
  },
  {
    heading: q.diagnosis.title,
    shown: always,
    fill: async (page, answers) => {
      const { cancerType, stage } = answers.diagnosis ?? {};
      if (cancerType && cancerType !== 'other') {
        const name = en.wizard.cancerTypes[cancerType as keyof typeof en.wizard.cancerTypes].name;
        // Search as a person would, by the first word of the name, then pick from the shorter list.
        await typeInto(page, page.getByRole('searchbox', { name: q.diagnosis.cancerType.searchLabel }), name.split(' ')[0] ?? name);
        await chooseRadio(page, group(page, q.diagnosis.cancerType.label), name);
      }
      if (stage) await chooseRadio(page, group(page, q.diagnosis.stage.label), q.diagnosis.stage.options[stage].label);
    },
  },
  {
    heading: q.biomarkers.title,
    shown: always,
    fill: async (page, answers) => {
      const { testing, germlineTesting } = answers.biomarkers ?? {};
      if (testing) await chooseRadio(page, group(page, q.biomarkers.testing.label), q.biomarkers.testing.options[testing].label);
      if (germlineTesting) {
        const germline = q.biomarkers.germlineTesting;
        await chooseRadio(page, group(page, germline.label), germline.options[germlineTesting].label);
      }
    },
  },
  {
    heading: q.biomarkerFindings.findings.label,
    shown: (answers) => answers.biomarkers?.testing === 'done',
    fill: async (page, answers) => {
      const findings = answers.biomarkers?.findings ?? [];
      // Enter in a text area starts a new line: one finding per line.
      await typeInto(page, page.getByRole('textbox', { name: q.biomarkerFindings.findings.label }), findings.join('\n'));
    },
  },
  {
    heading: q.treatmentsTried.title,
    shown: always,
    fill: async (page, answers) => {
      const list = q.treatmentsTried.list;
      const tried = answers.treatments?.tried ?? [];
      for (const [index, treatment] of tried.entries()) {
        await press(page, page.getByRole('button', { name: index === 0 ? list.add : list.addAnother, exact: true }));
        const item = group(page, list.itemLegend(index + 1));
        const name = item.getByRole('textbox', { name: list.name.label });
        // Adding an item puts the cursor in its name box, ready to type.
        await expect.poll(() => isFocused(name), { message: `focus in the name box of treatment ${index + 1}` }).toBe(true);
        await page.keyboard.type(treatment.name);
        await chooseRadio(page, item.getByRole('group', { name: list.outcome.label }), list.outcome.options[treatment.outcome].label);
      }
      const left = answers.treatments?.standardOptionsLeft;
      if (left) {
        const text = q.treatmentsTried.standardOptionsLeft;
        await chooseRadio(page, group(page, text.label), text.options[left].label);
      }
    },
  },
  {
    heading: q.drugOfInterest.title,
    shown: always,
    fill: async (page, answers) => {
      const { name, approval } = answers.drugOfInterest ?? {};
      if (name) await typeInto(page, page.getByRole('textbox', { name: q.drugOfInterest.name.label }), name);
      if (approval) await chooseRadio(page, group(page, q.drugOfInterest.approval.label), q.drugOfInterest.approval.options[approval].label);
    },
  },
  {
    heading: q.insurance.title,
    shown: always,
    fill: async (page, answers) => {
      const text = q.insurance;
      if (answers.residenceState) {
        await chooseOption(page, page.getByRole('combobox', { name: text.residenceState.label }), en.wizard.states[answers.residenceState]);
      }
      const { coverage, secondary, deniedBefore, costConcern } = answers.insurance ?? {};
      if (coverage) await chooseRadio(page, group(page, text.coverage.label), text.coverage.options[coverage].label);
      // Asked under Medicare only: a second coverage.
      if (secondary) await chooseRadio(page, group(page, text.secondary.label), text.secondary.options[secondary].label);
      if (deniedBefore !== undefined) {
        await chooseRadio(page, group(page, text.deniedBefore.label), text.deniedBefore.options[deniedBefore ? 'yes' : 'no'].label);
      }
      if (costConcern) await chooseRadio(page, group(page, text.costConcern.label), text.costConcern.options[costConcern].label);
    },
  },
  {
    heading: q.household.title,
    shown: (answers) =>
      answers.insurance?.costConcern === 'some' || answers.insurance?.costConcern === 'major' || answers.insurance?.coverage === 'uninsured',
    fill: async (page, answers) => {
      const { householdSize, yearlyIncome } = answers.insurance ?? {};
      if (householdSize !== undefined) {
        await typeInto(page, page.getByRole('textbox', { name: q.household.householdSize.label }), String(householdSize));
      }
      if (yearlyIncome !== undefined) {
        await typeInto(page, page.getByRole('textbox', { name: q.household.yearlyIncome.label }), String(yearlyIncome));
      }
    },
  },
  {
    heading: q.trialStatus.status.label,
    shown: always,
    fill: async (page, answers) => {
      const status = answers.trials?.status;
      if (status) await chooseRadio(page, group(page, q.trialStatus.status.label), q.trialStatus.status.options[status].label);
    },
  },
  {
    heading: q.trialTravel.title,
    shown: (answers) => ['looking', 'not-yet-considered', 'looked-not-eligible'].includes(answers.trials?.status ?? ''),
    fill: async (page, answers) => {
      const { travel, zip } = answers.trials ?? {};
      if (travel) await chooseRadio(page, group(page, q.trialTravel.travel.label), q.trialTravel.travel.options[travel].label);
      if (zip) await typeInto(page, page.getByRole('textbox', { name: q.trialTravel.zip.label }), zip);
    },
  },
  {
    heading: q.careTeam.title,
    shown: always,
    fill: async (page, answers) => {
      const { oncologistOpenToHelp, setting } = answers.careTeam ?? {};
      const text = q.careTeam;
      if (oncologistOpenToHelp) {
        await chooseRadio(page, group(page, text.oncologistOpenToHelp.label), text.oncologistOpenToHelp.options[oncologistOpenToHelp].label);
      }
      if (setting) await chooseRadio(page, group(page, text.setting.label), text.setting.options[setting].label);
    },
  },
  {
    heading: q.appointment.title,
    shown: always,
    fill: async (page, answers) => {
      const text = q.appointment;
      if (answers.appointment?.clinician) {
        await typeInto(page, page.getByRole('textbox', { name: text.clinician.label }), answers.appointment.clinician);
      }
      if (answers.notes) await typeInto(page, page.getByRole('textbox', { name: text.notes.label }), answers.notes);
    },
  },
];

/** The h1 of every question page these answers lead through, in order. */
export function expectedQuestionHeadings(answers: Answers): string[] {
  return PAGES.filter((step) => step.shown(answers)).map((step) => step.heading);
}

/** Every field's value (or checked state) on the page, by id: what a person would see kept. */
function formValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'main input, main select, main textarea',
    )) {
      const isChoice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
      values[field.id || field.name] = isChoice ? String(field.checked) : field.value;
    }
    return values;
  });
}

export type WalkOptions = {
  /** Pages (by heading) on which to press Continue first, with the messages expected there. */
  errorChecks?: ErrorChecks;
  /**
   * A page (by heading) from which to go Back, with Shift+Tab and Enter, to the page before; the
   * walk checks that every answer there is as it was left, then continues.
   */
  goBackFrom?: string;
};

/**
 * Walks every question page these answers lead through, keyboard only, and ends having pressed
 * Continue on the last one. Returns what it saw on each page.
 */
export async function fillQuestionPages(page: Page, answers: Answers, onPage: OnPage, options: WalkOptions = {}): Promise<PageVisit[]> {
  const visits: PageVisit[] = [];
  const steps = PAGES.filter((candidate) => candidate.shown(answers));
  let left: Record<string, string> = {};
  for (const [index, step] of steps.entries()) {
    let visit = await arriveAt(page, step.heading, visits.at(-1)?.title ?? null, onPage);
    const previous = steps[index - 1];
    if (step.heading === options.goBackFrom && previous) {
      await press(page, page.getByRole('button', { name: ui.back, exact: true }), { backwards: true });
      const backVisit = await arriveAt(page, previous.heading, visit.title, onPage);
      expect(await formValues(page), `answers on "${previous.heading}" kept after Back`).toEqual(left);
      await press(page, continueButton(page));
      visit = await arriveAt(page, step.heading, backVisit.title, onPage);
    }
    visits.push(visit);
    const messages = options.errorChecks?.get(step.heading);
    if (messages) await checkErrorState(page, messages, onPage);
    await step.fill(page, answers);
    left = await formValues(page);
    await press(page, continueButton(page));
  }
  return visits;
}

/**
 * Presses Continue before answering and checks the refusal a person meets: an error summary that
 * takes focus and lists each message, "Error: " before the tab title, the same messages beside
 * the fields; then follows the first summary link with Enter and checks it lands in that field.
 */
async function checkErrorState(page: Page, messages: readonly string[], onPage: OnPage): Promise<void> {
  const titleBefore = await page.title();
  await press(page, continueButton(page));
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: ui.errorSummaryTitle }) });
  await summary.waitFor({ state: 'visible' });
  await expect.poll(() => isFocused(summary), { message: 'focus on the error summary' }).toBe(true);
  expect(await page.title()).toBe(`${ui.errorTitlePrefix}${titleBefore}`);
  const links = summary.getByRole('link');
  expect((await links.allInnerTexts()).map((text) => text.trim())).toEqual(messages);
  for (const message of messages) {
    // Once in the summary, once beside the field.
    expect(await page.getByText(message).count(), `"${message}" in the summary and beside its field`).toBe(2);
  }
  await onPage({ heading: (await mainHeading(page).innerText()).trim(), title: await page.title() });

  await press(page, links.first());
  const focusedInvalid = await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'));
  expect(focusedInvalid, 'the first summary link moves focus to a field marked invalid').toBe('true');
}

/** Headings of pages on which to press Continue first, mapped to the messages expected there. */
export type ErrorChecks = Map<string, readonly string[]>;
