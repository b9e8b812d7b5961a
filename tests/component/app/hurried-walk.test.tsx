import { isInaccessible, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { inNavigatorVoice } from '../../../src/content/navigator-voice';
import type { Content } from '../../../src/content/types';
import { en } from '../../../templates/en/bundle';
import { renderApp } from './wizard-driver';

/**
 * No bounce for the hurried (issue 12, item 13). A person in a hurry answers only what a page
 * requires and presses Continue; a person who does not know answers "not sure" wherever the page
 * offers it. Neither ever sees "There is a problem", and both reach the results, as a patient and
 * in navigator mode. The walk reads what is on screen (every group of radios, optional or not), so
 * a question added later is walked too.
 */

type Walk = 'required only' | 'not sure';

/** A question's name, without the "(optional)" after it. */
const bare = (name: string, content: Content) => name.replace(content.wizard.ui.optional, '').trim();

/**
 * The groups of radios a person can see. Read from the DOM and checked with Testing Library's own
 * visibility test, rather than by role: a role query walks the whole page, and this one runs after
 * every click of the walk.
 */
function radioGroups(): HTMLFieldSetElement[] {
  return [...document.querySelectorAll('fieldset')].filter((group) => ownRadios(group).length > 0 && !isInaccessible(group));
}

/** The radios of this group, not of a group nested in it. */
function ownRadios(group: HTMLFieldSetElement): HTMLInputElement[] {
  return [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.closest('fieldset') === group);
}

/**
 * Answers the page on screen: "not sure" where offered (in the "not sure" walk), and the first
 * choice of a required question that has none. Optional questions without "not sure" stay empty.
 * Returns the questions answered "not sure". Follow-up questions a choice reveals are answered too.
 */
async function answerPage(user: UserEvent, content: Content, walk: Walk): Promise<string[]> {
  const q = content.wizard.questions;
  const notSure = new Set(
    [q.diagnosis.stage, q.biomarkers.testing, q.treatmentsTried.standardOptionsLeft, q.insurance.secondary, q.insurance.deniedBefore, q.careTeam.setting]
      .map((question) => question.options.unsure.label)
      .concat(q.drugOfInterest.approval.options.unsure.label, q.drugOfInterest.givenHow.options.unsure.label, q.trialTravel.travel.options.unsure.label),
  );
  const answeredUnsure: string[] = [];
  const done = new Set<string>();
  // A required list (the state) gets its first choice; an optional one stays empty.
  for (const list of screen.queryAllByRole<HTMLSelectElement>('combobox')) {
    const name = list.labels?.[0]?.textContent ?? '';
    const first = [...list.options].find((option) => option.value !== '');
    if (list.value === '' && !name.includes(content.wizard.ui.optional) && first) await user.selectOptions(list, first);
  }
  for (;;) {
    const group = radioGroups().find((candidate) => {
      const name = candidate.querySelector('legend')?.textContent ?? '';
      return !done.has(name) && ownRadios(candidate).every((radio) => !radio.checked);
    });
    if (!group) return answeredUnsure;
    const name = group.querySelector('legend')?.textContent ?? '';
    done.add(name);
    const radios = ownRadios(group);
    const label = (radio: HTMLInputElement) => radio.labels?.[0]?.textContent?.trim() ?? '';
    const optional = name.includes(content.wizard.ui.optional);
    if (walk === 'not sure') {
      // Medicare opens the question about a second coverage, and "looking" the travel page: each has its own "not sure".
      const opener = { [q.insurance.coverage.label]: 'medicare', [q.trialStatus.status.label]: 'looking' }[bare(name, content)];
      const opens = radios.find((radio) => opener !== undefined && radio.value === opener);
      const unsure = radios.find((radio) => notSure.has(label(radio)));
      const pick = opens ?? unsure;
      if (pick) {
        await user.click(pick);
        if (pick === unsure) answeredUnsure.push(bare(name, content));
        continue;
      }
    }
    const first = radios.find((radio) => radio.value !== 'other');
    if (!optional && first) await user.click(first);
  }
}

function errorSummary(content: Content): HTMLElement | null {
  return screen.queryByRole('heading', { name: content.wizard.ui.errorSummaryTitle });
}

async function walkToResults(user: UserEvent, content: Content, walk: Walk): Promise<{ pages: string[]; unsure: string[] }> {
  const pages: string[] = [];
  const unsure: string[] = [];
  const heading = () => screen.getByRole('heading', { level: 1 }).textContent ?? '';
  await screen.findByRole('heading', { level: 1, name: content.wizard.questions.welcome.title });
  while (heading() !== content.shell.checkAnswers.title) {
    const page = heading();
    expect(pages, `the ${page} page came back`).not.toContain(page);
    pages.push(page);
    unsure.push(...(await answerPage(user, content, walk)));
    await user.click(screen.getByRole('button', { name: content.wizard.ui.continue }));
    await waitFor(() => expect(heading() !== page || errorSummary(content) !== null).toBe(true));
    expect(errorSummary(content), `"${content.wizard.ui.errorSummaryTitle}" on the ${page} page: ${errorSummary(content)?.parentElement?.textContent ?? ''}`).toBeNull();
    expect(document.title.startsWith(content.wizard.ui.errorTitlePrefix)).toBe(false);
  }
  await user.click(screen.getByRole('button', { name: content.shell.checkAnswers.confirm }));
  await screen.findByRole('heading', { level: 1, name: content.shell.results.title }, { timeout: 10_000 });
  expect(errorSummary(content)).toBeNull();
  return { pages, unsure };
}

async function start(mode: 'patient' | 'navigator'): Promise<{ user: UserEvent; content: Content }> {
  const user = renderApp();
  if (mode === 'navigator') await user.click(screen.getByRole('checkbox', { name: en.navigator.toggle.label }));
  return { user, content: mode === 'navigator' ? inNavigatorVoice(en) : en };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe.each(['patient', 'navigator'] as const)('no bounce for the hurried (%s mode)', (mode) => {
  it('reaches the results with only the required questions answered, never showing an error summary', { timeout: 60_000 }, async () => {
    const { user, content } = await start(mode);
    const { pages } = await walkToResults(user, content, 'required only');
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('reaches the results answering "not sure" wherever it is offered, never showing an error summary', { timeout: 60_000 }, async () => {
    const { user, content } = await start(mode);
    const { unsure } = await walkToResults(user, content, 'not sure');
    const q = content.wizard.questions;
    // Every question a person may not know was answered "not sure" on the way.
    expect(new Set(unsure)).toEqual(
      new Set([
        q.diagnosis.stage.label,
        q.biomarkers.testing.label,
        q.biomarkers.germlineTesting.label,
        q.treatmentsTried.standardOptionsLeft.label,
        q.drugOfInterest.approval.label,
        q.drugOfInterest.givenHow.label,
        q.insurance.secondary.label,
        q.insurance.deniedBefore.label,
        q.trialTravel.travel.label,
        q.careTeam.oncologistOpenToHelp.label,
        q.careTeam.setting.label,
      ]),
    );
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });
});
