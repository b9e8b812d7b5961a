import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { navigatorMachine, type NavigatorContext } from '../../../flows/navigator.machine';
import { routeEvent, submitEvent } from '../../../flows/navigator.events';
import { mergeAnswers, type AnswersPatch } from '../../../flows/navigator.answers';
import type { NavigatorSnapshot } from '../../../flows/navigator.selectors';
import type { QuestionStepId, WizardStateId } from '../../../flows/steps';
import type { Answers } from '../../../src/domain/answers.schema';
import { CLOSING_PATCHES, FULL_PATCHES } from './sample-patches';

const start = (): NavigatorSnapshot => initialTransition(navigatorMachine)[0];

/**
 * A snapshot on `state` with these answers, as if the person had got there (the check page and the
 * results are only reached through the check page, which sets returnToReview on entry).
 */
function at(
  state: WizardStateId,
  answers: Omit<Answers, 'schemaVersion'> = {},
  returnToReview = state === 'checkAnswers' || state === 'results',
): NavigatorSnapshot {
  const context: NavigatorContext = { answers: { schemaVersion: 2, ...answers }, returnToReview };
  return navigatorMachine.resolveState({ value: state, context });
}

function submit(snapshot: NavigatorSnapshot, step: QuestionStepId, patch: AnswersPatch): NavigatorSnapshot {
  return transition(navigatorMachine, snapshot, submitEvent(step, patch))[0];
}

const back = (snapshot: NavigatorSnapshot) => transition(navigatorMachine, snapshot, { type: 'nav.back' })[0];
const route = (snapshot: NavigatorSnapshot, step: QuestionStepId) => transition(navigatorMachine, snapshot, routeEvent(step))[0];

/** Walks from the start, answering each page on screen with the given patch (or the full one). */
function walk(overrides: Partial<Record<QuestionStepId, AnswersPatch>> = {}): { snapshot: NavigatorSnapshot; seen: WizardStateId[] } {
  let snapshot = start();
  const seen: WizardStateId[] = [snapshot.value];
  while (snapshot.value !== 'checkAnswers') {
    const step = snapshot.value as QuestionStepId;
    snapshot = submit(snapshot, step, overrides[step] ?? FULL_PATCHES[step]);
    seen.push(snapshot.value);
    if (seen.length > 20) throw new Error('walk did not reach checkAnswers');
  }
  return { snapshot, seen };
}

const everyAnswer: Omit<Answers, 'schemaVersion'> = walk().snapshot.context.answers;

describe('navigator machine: starting', () => {
  it('starts on welcome with no answers and no review pending', () => {
    const snapshot = start();
    expect(snapshot.value).toBe('welcome');
    expect(snapshot.context).toEqual({ answers: { schemaVersion: 2 }, returnToReview: false });
  });
});

describe('navigator machine: Continue goes to the next page that applies', () => {
  it('visits every page when every follow-up opens', () => {
    expect(walk().seen).toEqual([
      'welcome',
      'diagnosis',
      'biomarkers',
      'biomarkerFindings',
      'treatmentsTried',
      'drugOfInterest',
      'insurance',
      'household',
      'trialStatus',
      'trialTravel',
      'careTeam',
      'appointment',
      'checkAnswers',
    ]);
  });

  it('leaves out every follow-up page when no answer opens one', () => {
    expect(walk(CLOSING_PATCHES).seen).toEqual([
      'welcome',
      'diagnosis',
      'biomarkers',
      'treatmentsTried',
      'drugOfInterest',
      'insurance',
      'trialStatus',
      'careTeam',
      'appointment',
      'checkAnswers',
    ]);
  });

  it('saves every answer given on the way', () => {
    expect(walk().snapshot.context.answers).toEqual({
      schemaVersion: 2,
      filledBy: 'caregiver',
      residenceState: 'FL',
      diagnosis: { cancerType: 'colorectal', stage: 'metastatic' },
      biomarkers: { testing: 'done', findings: ['KRAS G12D'] },
      treatments: { tried: [{ name: 'FOLFOX', outcome: 'stopped-working' }], standardOptionsLeft: 'unsure' },
      drugOfInterest: { name: 'trametinib', approval: 'approved-for-other-use' },
      insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major', householdSize: 2, yearlyIncome: 30000 },
      trials: { status: 'not-yet-considered', travel: 'in-my-state', zip: '33101' },
      careTeam: { oncologistOpenToHelp: 'yes', setting: 'community-practice' },
      appointment: { date: '2026-12-01', clinician: 'Dr Rivera' },
      notes: 'Ask about trametinib.',
    });
  });

  it('ignores a Continue meant for another page', () => {
    const snapshot = at('diagnosis');
    const next = submit(snapshot, 'insurance', FULL_PATCHES.insurance);
    expect(next.value).toBe('diagnosis');
    expect(next.context.answers).toEqual({ schemaVersion: 2 });
  });
});

describe('guard hasTestingDone: biomarker findings only after testing was done', () => {
  it.each([
    ['done', 'biomarkerFindings'],
    ['not-done', 'treatmentsTried'],
    ['unsure', 'treatmentsTried'],
  ] as const)('testing "%s" leads to %s', (testing, expected) => {
    expect(submit(at('biomarkers'), 'biomarkers', { biomarkers: { testing } }).value).toBe(expected);
  });

  it('treats a biomarkers page left blank as testing not done', () => {
    expect(submit(at('biomarkers'), 'biomarkers', {}).value).toBe('treatmentsTried');
  });
});

describe('guard needsHouseholdQuestions: household and income only when cost matters', () => {
  it.each([
    ['private', 'some', 'household'],
    ['medicare', 'major', 'household'],
    ['uninsured', 'none', 'household'],
    ['uninsured', undefined, 'household'],
    ['private', 'none', 'trialStatus'],
    ['medicaid', undefined, 'trialStatus'],
  ] as const)('coverage %s with cost concern %s leads to %s', (coverage, costConcern, expected) => {
    const next = submit(at('insurance'), 'insurance', { insurance: { coverage, costConcern } });
    expect(next.value).toBe(expected);
  });
});

describe('guard needsTrialTravel: travel only for someone who may still look for a trial', () => {
  it.each([
    ['looking', 'trialTravel'],
    ['not-yet-considered', 'trialTravel'],
    ['looked-not-eligible', 'trialTravel'],
    ['in-a-trial', 'careTeam'],
    ['not-interested', 'careTeam'],
  ] as const)('trial status "%s" leads to %s', (status, expected) => {
    expect(submit(at('trialStatus'), 'trialStatus', { trials: { status } }).value).toBe(expected);
  });
});

describe('Back goes to the previous page actually shown', () => {
  it.each([
    ['diagnosis', {}, 'welcome'],
    ['biomarkers', {}, 'diagnosis'],
    ['biomarkerFindings', { biomarkers: { testing: 'done' } }, 'biomarkers'],
    ['treatmentsTried', { biomarkers: { testing: 'done' } }, 'biomarkerFindings'],
    ['treatmentsTried', { biomarkers: { testing: 'not-done' } }, 'biomarkers'],
    ['drugOfInterest', {}, 'treatmentsTried'],
    ['insurance', {}, 'drugOfInterest'],
    ['household', { insurance: { costConcern: 'some' } }, 'insurance'],
    ['trialStatus', { insurance: { costConcern: 'some' } }, 'household'],
    ['trialStatus', { insurance: { coverage: 'private', costConcern: 'none' } }, 'insurance'],
    ['trialTravel', { trials: { status: 'looking' } }, 'trialStatus'],
    ['careTeam', { trials: { status: 'looking' } }, 'trialTravel'],
    ['careTeam', { trials: { status: 'in-a-trial' } }, 'trialStatus'],
    ['appointment', {}, 'careTeam'],
    ['checkAnswers', {}, 'appointment'],
    ['results', {}, 'checkAnswers'],
  ] as const)('from %s with %j goes to %s', (from, answers, expected) => {
    expect(back(at(from, answers)).value).toBe(expected);
  });

  it('has no Back on the first page', () => {
    expect(start().can({ type: 'nav.back' })).toBe(false);
  });

  it('keeps every answer when going back and forth', () => {
    const { snapshot } = walk();
    let moved = snapshot;
    for (let i = 0; i < 12; i += 1) moved = back(moved);
    expect(moved.value).toBe('welcome');
    expect(moved.context.answers).toEqual(snapshot.context.answers);
  });
});

describe('saveAnswers: a page patch is merged per section', () => {
  it('keeps the insurance page answers when the household page saves into the same section', () => {
    const afterInsurance = submit(at('insurance'), 'insurance', FULL_PATCHES.insurance);
    const afterHousehold = submit(afterInsurance, 'household', FULL_PATCHES.household);
    expect(afterHousehold.context.answers.insurance).toEqual({
      coverage: 'medicare',
      deniedBefore: true,
      costConcern: 'major',
      householdSize: 2,
      yearlyIncome: 30000,
    });
  });

  it('replaces a list instead of merging it, so a removed treatment stays removed', () => {
    const before = at('treatmentsTried', {
      treatments: { tried: [{ name: 'FOLFOX', outcome: 'stopped-working' }, { name: 'FOLFIRI', outcome: 'side-effects' }] },
    });
    const next = submit(before, 'treatmentsTried', { treatments: { tried: [{ name: 'FOLFIRI', outcome: 'side-effects' }] } });
    expect(next.context.answers.treatments?.tried).toEqual([{ name: 'FOLFIRI', outcome: 'side-effects' }]);
  });

  it('clears an optional answer the person has emptied', () => {
    const before = at('drugOfInterest', { drugOfInterest: { name: 'trametinib', approval: 'unsure' } });
    const next = submit(before, 'drugOfInterest', { drugOfInterest: { name: undefined, approval: 'unsure' } });
    expect(next.context.answers.drugOfInterest).toEqual({ approval: 'unsure' });
    expect(next.context.answers.drugOfInterest).not.toHaveProperty('name');
  });

  it('never lets a patch change the schema version', () => {
    const patch = { schemaVersion: 2, filledBy: 'patient' } as unknown as AnswersPatch;
    expect(submit(start(), 'welcome', patch).context.answers).toEqual({ schemaVersion: 2, filledBy: 'patient' });
  });
});

describe('pruneSkippedAnswers: answers made pointless are dropped', () => {
  it('drops biomarker findings when testing changes to not done', () => {
    const next = submit(at('biomarkers', everyAnswer), 'biomarkers', { biomarkers: { testing: 'not-done' } });
    expect(next.context.answers.biomarkers).toEqual({ testing: 'not-done' });
  });

  it('drops household size and income when cost is no longer a concern and there is insurance', () => {
    const next = submit(at('insurance', everyAnswer), 'insurance', CLOSING_PATCHES.insurance);
    expect(next.context.answers.insurance).toEqual({ coverage: 'private', deniedBefore: false, costConcern: 'none' });
  });

  it('keeps household size and income when the cost concern changes but still applies', () => {
    const next = submit(at('insurance', everyAnswer), 'insurance', {
      insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'some' },
    });
    expect(next.context.answers.insurance).toMatchObject({ householdSize: 2, yearlyIncome: 30000 });
  });

  it('drops travel and ZIP code once the person is in a trial', () => {
    const next = submit(at('trialStatus', everyAnswer), 'trialStatus', { trials: { status: 'in-a-trial' } });
    expect(next.context.answers.trials).toEqual({ status: 'in-a-trial' });
  });

  it('drops the "other" cancer text when a listed cancer type is chosen', () => {
    const before = at('diagnosis', { diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'recurrent' } });
    const next = submit(before, 'diagnosis', { diagnosis: { cancerType: 'bone-sarcoma', stage: 'recurrent' } });
    expect(next.context.answers.diagnosis).toEqual({ cancerType: 'bone-sarcoma', stage: 'recurrent' });
  });

  it('keeps the "other" cancer text with "other"', () => {
    const next = submit(at('diagnosis'), 'diagnosis', { diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma' } });
    expect(next.context.answers.diagnosis).toEqual({ cancerType: 'other', cancerTypeOther: 'Chordoma' });
  });
});

describe('Change links: open a page, then return to check your answers', () => {
  it.each(['welcome', 'diagnosis', 'biomarkers', 'treatmentsTried', 'drugOfInterest', 'insurance', 'trialStatus', 'careTeam', 'appointment'] as const)(
    'Change on %s opens it and Continue returns to checkAnswers',
    (step) => {
      const opened = route(at('checkAnswers', everyAnswer), step);
      expect(opened.value).toBe(step);
      expect(opened.context.returnToReview).toBe(true);
      const saved = submit(opened, step, FULL_PATCHES[step]);
      expect(saved.value).toBe('checkAnswers');
    },
  );

  it('saves the changed answer', () => {
    const opened = route(at('checkAnswers', everyAnswer), 'diagnosis');
    const saved = submit(opened, 'diagnosis', { diagnosis: { cancerType: 'pancreatic', stage: 'locally-advanced' } });
    expect(saved.context.answers.diagnosis).toEqual({ cancerType: 'pancreatic', stage: 'locally-advanced' });
    expect(saved.context.answers.insurance).toEqual(everyAnswer.insurance);
  });

  it('Back from a page opened by Change returns to the check page without saving', () => {
    const opened = route(at('checkAnswers', everyAnswer), 'careTeam');
    const returned = back(opened);
    expect(returned.value).toBe('checkAnswers');
    expect(returned.context.answers).toEqual({ schemaVersion: 2, ...everyAnswer });
  });

  it('reaching the check page turns review on; walking Back from it turns it off again', () => {
    const { snapshot } = walk();
    expect(snapshot.value).toBe('checkAnswers');
    expect(snapshot.context.returnToReview).toBe(true);
    const appointment = back(snapshot);
    expect(appointment.context.returnToReview).toBe(false);
    // Walking back further goes page by page, and Continue goes forward again.
    expect(back(appointment).value).toBe('careTeam');
    expect(submit(back(appointment), 'careTeam', FULL_PATCHES.careTeam).value).toBe('appointment');
  });

  it('a jump to a page before the check page was ever reached goes on page by page', () => {
    const jumped = route(at('insurance', { biomarkers: { testing: 'not-done' } }), 'diagnosis');
    expect(jumped.value).toBe('diagnosis');
    expect(jumped.context.returnToReview).toBe(false);
    expect(submit(jumped, 'diagnosis', FULL_PATCHES.diagnosis).value).toBe('biomarkers');
    expect(back(jumped).value).toBe('welcome');
  });

  it('Back from the first page opened by Change also returns to the check page', () => {
    expect(back(route(at('checkAnswers', everyAnswer), 'welcome')).value).toBe('checkAnswers');
  });

  it('opens follow-up pages that apply, and not those that do not', () => {
    const review = at('checkAnswers', { ...everyAnswer, ...CLOSING_PATCHES.biomarkers });
    expect(route(review, 'biomarkerFindings').value).toBe('checkAnswers');
    expect(route(at('checkAnswers', everyAnswer), 'biomarkerFindings').value).toBe('biomarkerFindings');
    expect(route(at('checkAnswers', { insurance: { costConcern: 'none' } }), 'household').value).toBe('checkAnswers');
    expect(route(at('checkAnswers', { trials: { status: 'in-a-trial' } }), 'trialTravel').value).toBe('checkAnswers');
  });

  it('can open a page from the results page too (the "would sharpen the result" links)', () => {
    const opened = route(at('results', everyAnswer), 'trialStatus');
    expect(opened.value).toBe('trialStatus');
    expect(submit(opened, 'trialStatus', { trials: { status: 'looking' } }).value).toBe('checkAnswers');
  });
});

describe('a Change that opens a follow-up asks it before returning', () => {
  const closed = pruned(Object.values(CLOSING_PATCHES).reduce<Answers>(mergeAnswers, { schemaVersion: 2, ...everyAnswer }));

  it.each([
    ['biomarkers', { biomarkers: { testing: 'done' } }, 'biomarkerFindings', FULL_PATCHES.biomarkerFindings],
    ['insurance', FULL_PATCHES.insurance, 'household', FULL_PATCHES.household],
    ['trialStatus', FULL_PATCHES.trialStatus, 'trialTravel', FULL_PATCHES.trialTravel],
  ] as const)('changing %s opens %s, then returns to checkAnswers', (gate, patch, followUp, followUpPatch) => {
    const opened = route(at('checkAnswers', closed), gate);
    const asked = submit(opened, gate, patch);
    expect(asked.value).toBe(followUp);
    expect(asked.context.returnToReview).toBe(true);
    const done = submit(asked, followUp, followUpPatch);
    expect(done.value).toBe('checkAnswers');
    expect(done.context.answers).toMatchObject(followUpPatch);
  });

  it('goes straight back when the follow-up was already answered', () => {
    const opened = route(at('checkAnswers', everyAnswer), 'trialStatus');
    expect(submit(opened, 'trialStatus', { trials: { status: 'looking' } }).value).toBe('checkAnswers');
  });

  it('goes straight back when the change closes the follow-up', () => {
    const opened = route(at('checkAnswers', everyAnswer), 'biomarkers');
    const saved = submit(opened, 'biomarkers', CLOSING_PATCHES.biomarkers);
    expect(saved.value).toBe('checkAnswers');
    expect(saved.context.answers.biomarkers).toEqual({ testing: 'not-done' });
  });
});

describe('check your answers, results and starting again', () => {
  it('confirms the answers only on the check page', () => {
    expect(transition(navigatorMachine, at('checkAnswers', everyAnswer), { type: 'answers.confirm' })[0].value).toBe('results');
    expect(at('appointment').can({ type: 'answers.confirm' })).toBe(false);
  });

  it.each(['results', 'insurance', 'checkAnswers'] as const)('restart from %s clears every answer and returns to welcome', (from) => {
    const [next] = transition(navigatorMachine, at(from, everyAnswer, true), { type: 'session.restart' });
    expect(next.value).toBe('welcome');
    expect(next.context).toEqual({ answers: { schemaVersion: 2 }, returnToReview: false });
  });
});

/** Answers as the machine would hold them: nothing a skipped page owns. */
function pruned(answers: Omit<Answers, 'schemaVersion'>): Omit<Answers, 'schemaVersion'> {
  const snapshot = submit(at('welcome', answers), 'welcome', {});
  const { schemaVersion: _version, ...rest } = snapshot.context.answers;
  return rest;
}
