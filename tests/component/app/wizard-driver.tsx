import { parseAnswers } from '../../../src/domain/parse-answers';
import { readSessionStart } from '../../../src/app/session/read-session-start';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { createActor } from 'xstate';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { EMPTY_START } from '../../../src/app/session/prepare-session';
import type { AnswersPatch } from '../../../flows/navigator.answers';
import type { QuestionStepId, WizardStateId } from '../../../flows/steps';
import { App } from '../../../src/app/app';
import { loadWizard } from '../../../src/app/load-wizard';
import { PATHWAY_IDS } from '../../../src/domain/evaluation.schema';
import { en } from '../../../templates/en/bundle';
// Loaded up front so the lazily loaded pages resolve at once in tests.
import '../../../src/app/later-pages';
import '../../../src/steps/results';

// The wizard too, as main.tsx does when the first page needs it: these walks are about the wizard;
// the welcome page drawn before it loads is tested in first-screen.test.tsx.
await loadWizard();

const q = en.wizard.questions;

/** The h1 a person sees on each page (a page with one question has the question as its h1). */
export const HEADINGS: Record<WizardStateId, string> = {
  welcome: q.welcome.title,
  diagnosis: q.diagnosis.title,
  biomarkers: q.biomarkers.title,
  biomarkerFindings: q.biomarkerFindings.findings.label,
  treatmentsTried: q.treatmentsTried.title,
  drugOfInterest: q.drugOfInterest.title,
  insurance: q.insurance.title,
  household: q.household.title,
  trialStatus: q.trialStatus.status.label,
  trialTravel: q.trialTravel.title,
  careTeam: q.careTeam.title,
  appointment: q.appointment.title,
  checkAnswers: en.shell.checkAnswers.title,
  results: en.shell.results.title,
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A question's accessible name: its words, with "(optional)" after them on optional questions. */
export function named(text: string): RegExp {
  return new RegExp(`^${escape(text)}(\\s*${escape(en.wizard.ui.optional)})?$`);
}

/** Renders the whole app in English, as main.tsx does. */
export function renderApp(): UserEvent {
  const user = userEvent.setup();
  render(<App start={{ lang: 'en', content: en }} session={readSessionStart(parseAnswers)} />);
  return user;
}

/**
 * The answers a page's Continue sends, as answerPage() gives them on screen: version 2's inherited
 * testing and second coverage are "not sure" when the patch does not say.
 */
function asAnsweredOnScreen(step: QuestionStepId, patch: AnswersPatch): AnswersPatch {
  if (step === 'biomarkers') return { ...patch, biomarkers: { germlineTesting: 'unsure', ...patch.biomarkers } };
  const coverage = patch.insurance?.coverage;
  if (step === 'insurance' && (coverage === 'medicare' || coverage === 'medicare-advantage')) {
    return { ...patch, insurance: { secondary: 'unsure', ...patch.insurance } };
  }
  return patch;
}

/**
 * Renders the app on the check page, answered with `patches` as walkToCheckPage() would answer
 * it, without the walk: the machine is given the same Continues, and the app starts from its
 * snapshot as it does from a session kept in this tab. For tests about what happens from the
 * check page on; the walk itself is tested by the tests that walk.
 */
export function renderAppAtCheckPage(patches: Partial<Record<QuestionStepId, AnswersPatch>>): UserEvent {
  const actor = createActor(navigatorMachine).start();
  for (let pages = 0; actor.getSnapshot().value !== 'checkAnswers'; pages += 1) {
    const step = actor.getSnapshot().value as QuestionStepId;
    const patch = patches[step];
    if (!patch || pages > 20) throw new Error(`no answers for the ${step} page`);
    actor.send({ type: `${step}.submit`, patch: asAnsweredOnScreen(step, patch) });
  }
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  const user = userEvent.setup();
  render(<App start={{ lang: 'en', content: en }} session={{ ...EMPTY_START, snapshot }} />);
  return user;
}

/** Waits for the page with this state's h1, and returns the h1. */
export async function onPage(state: WizardStateId): Promise<HTMLElement> {
  return screen.findByRole('heading', { level: 1, name: named(HEADINGS[state]) });
}

const group = (name: string) => screen.getByRole('group', { name: named(name) });

async function choose(user: UserEvent, groupName: string, optionLabel: string): Promise<void> {
  await user.click(within(group(groupName)).getByRole('radio', { name: optionLabel }));
}

async function typeIn(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await user.clear(box);
  if (text !== '') await user.type(box, text);
}

/** Answers the page on screen the way a person would, from the patch the machine expects of it. */
export async function answerPage(user: UserEvent, step: QuestionStepId, patch: AnswersPatch): Promise<void> {
  switch (step) {
    case 'welcome':
      if (patch.filledBy) await choose(user, q.welcome.filledBy.label, q.welcome.filledBy.options[patch.filledBy].label);
      return;
    case 'diagnosis': {
      const { cancerType, cancerTypeOther, stage } = patch.diagnosis ?? {};
      if (cancerType) {
        const name = en.wizard.cancerTypes[cancerType].name;
        await typeIn(user, screen.getByRole('searchbox', { name: named(q.diagnosis.cancerType.searchLabel) }), name.split(' ')[0] ?? name);
        await choose(user, q.diagnosis.cancerType.label, name);
      }
      if (cancerTypeOther !== undefined) {
        await typeIn(user, screen.getByRole('textbox', { name: named(q.diagnosis.cancerType.otherLabel) }), cancerTypeOther);
      }
      if (stage) await choose(user, q.diagnosis.stage.label, q.diagnosis.stage.options[stage].label);
      return;
    }
    case 'biomarkers': {
      const { testing, germlineTesting } = patch.biomarkers ?? {};
      if (testing) await choose(user, q.biomarkers.testing.label, q.biomarkers.testing.options[testing].label);
      // Version 2: inherited testing is asked beside it; "not sure" when the walk does not say.
      await choose(user, q.biomarkers.germlineTesting.label, q.biomarkers.germlineTesting.options[germlineTesting ?? 'unsure'].label);
      return;
    }
    case 'biomarkerFindings':
      await typeIn(user, screen.getByRole('textbox', { name: named(q.biomarkerFindings.findings.label) }), (patch.biomarkers?.findings ?? []).join('\n'));
      return;
    case 'treatmentsTried': {
      const list = q.treatmentsTried.list;
      // Start from an empty list, so answering the page twice does not add the treatments twice.
      while (screen.queryByRole('button', { name: list.remove(1) })) await user.click(screen.getByRole('button', { name: list.remove(1) }));
      for (const [index, treatment] of (patch.treatments?.tried ?? []).entries()) {
        await user.click(screen.getByRole('button', { name: index === 0 ? list.add : list.addAnother }));
        const item = within(group(list.itemLegend(index + 1)));
        await user.type(item.getByRole('textbox', { name: named(list.name.label) }), treatment.name);
        await user.click(item.getByRole('radio', { name: list.outcome.options[treatment.outcome].label }));
      }
      const left = patch.treatments?.standardOptionsLeft;
      if (left) await choose(user, q.treatmentsTried.standardOptionsLeft.label, q.treatmentsTried.standardOptionsLeft.options[left].label);
      return;
    }
    case 'drugOfInterest': {
      const { name, approval } = patch.drugOfInterest ?? {};
      if (name !== undefined) await typeIn(user, screen.getByRole('textbox', { name: named(q.drugOfInterest.name.label) }), name);
      if (approval) await choose(user, q.drugOfInterest.approval.label, q.drugOfInterest.approval.options[approval].label);
      return;
    }
    case 'insurance': {
      const text = q.insurance;
      if (patch.residenceState) {
        await user.selectOptions(screen.getByRole('combobox', { name: named(text.residenceState.label) }), en.wizard.states[patch.residenceState]);
      }
      const { coverage, secondary, deniedBefore, costConcern } = patch.insurance ?? {};
      if (coverage) await choose(user, text.coverage.label, text.coverage.options[coverage].label);
      // Version 2: under Medicare a second coverage is asked; "not sure" when the walk does not say.
      if (coverage === 'medicare' || coverage === 'medicare-advantage') {
        await choose(user, text.secondary.label, text.secondary.options[secondary ?? 'unsure'].label);
      }
      if (deniedBefore !== undefined) await choose(user, text.deniedBefore.label, text.deniedBefore.options[deniedBefore ? 'yes' : 'no'].label);
      if (costConcern) await choose(user, text.costConcern.label, text.costConcern.options[costConcern].label);
      return;
    }
    case 'household': {
      const { householdSize, yearlyIncome } = patch.insurance ?? {};
      if (householdSize !== undefined) {
        await typeIn(user, screen.getByRole('textbox', { name: named(q.household.householdSize.label) }), String(householdSize));
      }
      if (yearlyIncome !== undefined) {
        await typeIn(user, screen.getByRole('textbox', { name: named(q.household.yearlyIncome.label) }), String(yearlyIncome));
      }
      return;
    }
    case 'trialStatus': {
      const status = patch.trials?.status;
      if (status) await choose(user, q.trialStatus.status.label, q.trialStatus.status.options[status].label);
      return;
    }
    case 'trialTravel': {
      const { travel, zip } = patch.trials ?? {};
      if (travel) await choose(user, q.trialTravel.travel.label, q.trialTravel.travel.options[travel].label);
      if (zip !== undefined) await typeIn(user, screen.getByRole('textbox', { name: named(q.trialTravel.zip.label) }), zip);
      return;
    }
    case 'careTeam': {
      const { oncologistOpenToHelp, setting } = patch.careTeam ?? {};
      const text = q.careTeam;
      if (oncologistOpenToHelp) await choose(user, text.oncologistOpenToHelp.label, text.oncologistOpenToHelp.options[oncologistOpenToHelp].label);
      if (setting) await choose(user, text.setting.label, text.setting.options[setting].label);
      return;
    }
    case 'appointment': {
      const text = q.appointment;
      const { date, clinician } = patch.appointment ?? {};
      if (date !== undefined) await typeIn(user, screen.getByLabelText(text.date.label, { exact: false }), date);
      if (clinician !== undefined) await typeIn(user, screen.getByRole('textbox', { name: named(text.clinician.label) }), clinician);
      if (patch.notes !== undefined) await typeIn(user, screen.getByRole('textbox', { name: named(text.notes.label) }), patch.notes);
      return;
    }
  }
}

/** Presses Continue on a question page. */
export async function pressContinue(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
}

/** Answers the page and presses Continue, checking first that it is the expected page. */
export async function answerAndContinue(user: UserEvent, step: QuestionStepId, patch: AnswersPatch): Promise<void> {
  await onPage(step);
  await answerPage(user, step, patch);
  await pressContinue(user);
}

/** Expects focus on this page's h1 (the shell moves it there on every new page). */
export async function expectFocusOnHeading(state: WizardStateId): Promise<void> {
  const heading = await onPage(state);
  expect(heading).toHaveFocus();
}

/** The state whose h1 is on screen (waiting for one to show). */
export async function currentState(): Promise<WizardStateId> {
  const heading = await screen.findByRole('heading', { level: 1 });
  const name = heading.textContent ?? '';
  const state = (Object.keys(HEADINGS) as WizardStateId[]).find((id) => named(HEADINGS[id]).test(name));
  if (!state) throw new Error(`no state has the heading "${name}"`);
  return state;
}

/** The five road cards on the results page, found by their titles (letters and labels are articles too). */
export function roadCards(): HTMLElement[] {
  return PATHWAY_IDS.map((id) => screen.getByRole('article', { name: en.pathways[id].title }));
}
