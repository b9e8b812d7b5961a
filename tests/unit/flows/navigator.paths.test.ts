import { describe, expect, it } from 'vitest';
import type { EventFromLogic } from 'xstate';
import { createTestModel, getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { routeEvent, submitEvent } from '../../../flows/navigator.events';
import type { AnswersPatch } from '../../../flows/navigator.answers';
import { isQuestionStep, type NavigatorSnapshot } from '../../../flows/navigator.selectors';
import { QUESTION_STEP_IDS, applicableSteps, type QuestionStepId } from '../../../flows/steps';
import { answersSchema } from '../../../src/domain/answers.schema';
import { CLOSING_PATCHES, FULL_PATCHES } from './sample-patches';

type NavigatorEvent = EventFromLogic<typeof navigatorMachine>;

/**
 * Sample Continue payloads. createTestModel takes them as the cases of each event type and adds
 * a bare `{ type }` for every other event the machine accepts in a state (nav.back,
 * session.restart, ...), so filterEvents decides which kinds a traversal may use.
 */
const FORWARD_VARIANTS: Partial<Record<QuestionStepId, AnswersPatch[]>> = {
  diagnosis: [FULL_PATCHES.diagnosis, { diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'unsure' } }],
  biomarkers: [{ biomarkers: { testing: 'done' } }, { biomarkers: { testing: 'not-done' } }, { biomarkers: { testing: 'unsure' } }],
  insurance: [FULL_PATCHES.insurance, CLOSING_PATCHES.insurance, { residenceState: 'TX', insurance: { coverage: 'uninsured' } }],
  trialStatus: [{ trials: { status: 'looked-not-eligible' } }, { trials: { status: 'in-a-trial' } }, { trials: { status: 'not-interested' } }],
  // Every field on the appointment page is optional: leaving it blank is an honest answer.
  appointment: [FULL_PATCHES.appointment, {}],
};

const forwardSamples: NavigatorEvent[] = QUESTION_STEP_IDS.flatMap((id) =>
  (FORWARD_VARIANTS[id] ?? [FULL_PATCHES[id]]).map((patch) => submitEvent(id, patch)),
);

/** One answer that opens and one that closes each follow-up, so Change links can do both. */
const openAndClose: NavigatorEvent[] = [
  ...QUESTION_STEP_IDS.map((id) => submitEvent(id, FULL_PATCHES[id])),
  ...Object.entries(CLOSING_PATCHES).map(([id, patch]) => submitEvent(id as QuestionStepId, patch)),
  ...QUESTION_STEP_IDS.map(routeEvent),
];

/**
 * Change links live on the check page and the results page, and Start again on the results page:
 * allowing them on every page would let the traversal answer pages in any order, which no person
 * can do, and the graph would grow past what a test can walk.
 */
const asOnScreen = (snapshot: NavigatorSnapshot, event: NavigatorEvent) => {
  if (event.type === 'xstate.route') return snapshot.value === 'checkAnswers' || snapshot.value === 'results';
  if (event.type === 'session.restart') return snapshot.value === 'results';
  // An import carries a whole answers file checked by parseAnswers; the bare sample the model adds
  // has none, and imports are walked in tests/unit/flows/section-notes.test.ts instead.
  if (event.type === 'answers.replace') return false;
  return true;
};

/** Context matters (the same page with other answers is another state); returnToReview too. */
const serializeState = (snapshot: NavigatorSnapshot) =>
  `${snapshot.value}${snapshot.context.returnToReview ? ' (review)' : ''} ${JSON.stringify(snapshot.context.answers)}`;

const STATE_IDS = [...QUESTION_STEP_IDS, 'checkAnswers', 'results'];
const isResults = (snapshot: NavigatorSnapshot) => snapshot.value === 'results';

describe('navigator machine as a graph (xstate/graph)', () => {
  // Back, Change links from the check page and the results page, and Start again, all in.
  // allowDuplicatePaths keeps the paths that are the start of a longer one (else checkAnswers,
  // always on the way to results, would have no path of its own).
  const everything = createTestModel(navigatorMachine, { events: openAndClose, filterEvents: asOnScreen, serializeState }).getShortestPaths({
    allowDuplicatePaths: true,
  });

  it('reaches every state', () => {
    const reached = new Set(everything.map((path) => path.state.value));
    expect([...reached].sort()).toEqual([...STATE_IDS].sort());
  });

  it('reaches every page in review mode through a Change link', () => {
    const reviewed = new Set(
      everything
        .filter((path) => path.state.context.returnToReview && isQuestionStep(path.state.value))
        .map((path) => path.state.value),
    );
    expect([...reviewed].sort()).toEqual([...QUESTION_STEP_IDS].sort());
  });

  it('holds schema-valid answers in every state reached, whatever the mix of Back, Change and Continue', () => {
    expect(everything.length).toBeGreaterThan(100);
    for (const path of everything) {
      const result = answersSchema.safeParse(path.state.context.answers);
      expect(result.error?.issues, path.description).toBeUndefined();
    }
  });

  it('never holds an answer to a page the answers leave out', () => {
    for (const path of everything) {
      const { answers } = path.state.context;
      const shown = applicableSteps(answers);
      if (!shown.includes('biomarkerFindings')) expect(answers.biomarkers?.findings, path.description).toBeUndefined();
      if (!shown.includes('household')) expect(answers.insurance?.householdSize, path.description).toBeUndefined();
      if (!shown.includes('trialTravel')) expect(answers.trials?.travel, path.description).toBeUndefined();
    }
  });

  it('ends every simple path to results with valid answers, having shown exactly the pages that apply', () => {
    const paths = pathsToResults();
    // 2 diagnoses x 3 testing answers x 3 insurance answers x 3 trial statuses x 2 appointment pages.
    expect(paths).toHaveLength(108);
    for (const path of paths) {
      const answers = path.at(-1)!.context.answers;
      expect(answersSchema.safeParse(answers).success, serializeState(path.at(-1)!)).toBe(true);
      const shown = path.map((snapshot) => snapshot.value).filter(isQuestionStep);
      expect(shown, serializeState(path.at(-1)!)).toEqual(applicableSteps(answers));
    }
  });
});

/**
 * Every simple path of Continue answers from the first page to results, each a list of the
 * snapshots on it, from one depth-first walk of xstate's adjacency map. (getSimplePaths walks the
 * whole graph once for every state it holds: many times the work, and over 20 s on a busy machine.)
 */
function pathsToResults(): NavigatorSnapshot[][] {
  const adjacency = getAdjacencyMap(navigatorMachine, {
    events: [...forwardSamples, { type: 'answers.confirm' }],
    serializeState,
    stopWhen: isResults,
  });
  // Its keys are branded strings, which Object.values cannot type.
  const entries = Object.values(adjacency) as AdjacencyValue<NavigatorSnapshot, NavigatorEvent>[];
  const next = new Map(entries.map(({ state, transitions }) => [serializeState(state), Object.values(transitions).map((step) => step.state)]));
  const paths: NavigatorSnapshot[][] = [];
  const walk = (snapshot: NavigatorSnapshot, path: NavigatorSnapshot[]) => {
    // A simple path passes each state once (a Continue the page refuses leaves the state as it was).
    if (path.some((before) => serializeState(before) === serializeState(snapshot))) return;
    const here = [...path, snapshot];
    if (isResults(snapshot)) {
      paths.push(here);
      return;
    }
    for (const state of next.get(serializeState(snapshot)) ?? []) walk(state, here);
  };
  walk(entries[0]!.state, []);
  return paths;
}
