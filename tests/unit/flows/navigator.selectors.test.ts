import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { submitEvent } from '../../../flows/navigator.events';
import { canGoBack, canRoute, currentStepId, progress, skippedSteps } from '../../../flows/navigator.selectors';
import { QUESTION_STEP_IDS, STEPS, stepForAnswerPath } from '../../../flows/steps';
import type { Answers } from '../../../src/domain/answers.schema';
import { FULL_PATCHES } from './sample-patches';

const answers = (rest: Omit<Answers, 'schemaVersion'>): Answers => ({ schemaVersion: 2, ...rest });

describe('navigator selectors', () => {
  it('name the page on screen and count only the pages that apply', () => {
    const [start] = initialTransition(navigatorMachine);
    expect(currentStepId(start)).toBe('welcome');
    // Nothing answered yet: the three follow-up pages do not apply.
    expect(progress(start)).toEqual({ step: 1, of: 9 });
    const [diagnosis] = transition(navigatorMachine, start, submitEvent('welcome', FULL_PATCHES.welcome));
    expect(progress(diagnosis)).toEqual({ step: 2, of: 9 });
    const [biomarkers] = transition(navigatorMachine, diagnosis, submitEvent('diagnosis', FULL_PATCHES.diagnosis));
    const [findings] = transition(navigatorMachine, biomarkers, submitEvent('biomarkers', FULL_PATCHES.biomarkers));
    expect(progress(findings)).toEqual({ step: 4, of: 10 });
  });

  it('show no progress on the check page or the results', () => {
    const check = navigatorMachine.resolveState({ value: 'checkAnswers', context: { answers: answers({}), returnToReview: true } });
    expect(progress(check)).toBeNull();
  });

  it('say whether Back and each Change link can be used', () => {
    const [start] = initialTransition(navigatorMachine);
    expect(canGoBack(start)).toBe(false);
    const check = navigatorMachine.resolveState({
      value: 'checkAnswers',
      context: { answers: answers({ biomarkers: { testing: 'not-done' } }), returnToReview: true },
    });
    expect(canGoBack(check)).toBe(true);
    expect(canRoute(check, 'biomarkers')).toBe(true);
    expect(canRoute(check, 'biomarkerFindings')).toBe(false);
  });

  it('list the follow-up pages left out, each with its reason and the page that decided it', () => {
    expect(skippedSteps(answers({}))).toEqual([
      { step: 'biomarkerFindings', reasonKey: 'testing-not-answered', because: 'biomarkers' },
      { step: 'household', reasonKey: 'cost-concern-not-answered', because: 'insurance' },
      { step: 'trialTravel', reasonKey: 'trial-status-not-answered', because: 'trialStatus' },
    ]);
    expect(
      skippedSteps(answers({ biomarkers: { testing: 'done' }, insurance: { coverage: 'uninsured', costConcern: 'none' }, trials: { status: 'in-a-trial' } })),
    ).toEqual([{ step: 'trialTravel', reasonKey: 'in-a-trial', because: 'trialStatus' }]);
    expect(skippedSteps(answers({ biomarkers: { testing: 'unsure' }, trials: { status: 'not-interested' } })).map((s) => s.reasonKey)).toEqual([
      'testing-unsure',
      'cost-concern-not-answered',
      'not-interested-in-trials',
    ]);
  });
});

describe('step metadata', () => {
  it('describes every question page, in the machine order', () => {
    expect(STEPS.map((step) => step.id)).toEqual([...QUESTION_STEP_IDS]);
    expect(Object.keys(navigatorMachine.root.states).slice(0, QUESTION_STEP_IDS.length)).toEqual([...QUESTION_STEP_IDS]);
  });

  it('finds the page that asks an answer, or the page that would open it when it is left out', () => {
    expect(stepForAnswerPath('insurance.coverage', answers({}))).toBe('insurance');
    expect(stepForAnswerPath('notes', answers({}))).toBe('appointment');
    expect(stepForAnswerPath('insurance.householdSize', answers({ insurance: { costConcern: 'major' } }))).toBe('household');
    expect(stepForAnswerPath('insurance.householdSize', answers({ insurance: { costConcern: 'none' } }))).toBe('insurance');
    expect(stepForAnswerPath('biomarkers.findings', answers({ biomarkers: { testing: 'unsure' } }))).toBe('biomarkers');
    expect(stepForAnswerPath('nothing.here', answers({}))).toBeNull();
  });
});
