import { and, assign, setup } from 'xstate';
import type { Answers } from '../src/domain/answers.schema';
import { LIMITS } from '../src/domain/answers-constants';
import { emptyAnswers, mergeAnswers, pruneSkippedAnswers } from './navigator.answers';
import type { NavigatorEvent } from './navigator.events';
import { isSectionId, withSectionNote } from './section-notes';
import { hasNoAnswersFor, hasTestingDone, needsHouseholdQuestions, needsTrialTravel } from './steps';

export type NavigatorContext = {
  answers: Answers;
  /**
   * True once the person is on the check page (and after it): a page opened from there by a Change
   * link (or a results link, or the navigator's task list) returns to it on Continue or Back, instead
   * of going on to the next page. Walking Back from the check page turns it off. A jump to a page
   * before the person ever reached the check page goes on page by page as usual.
   */
  returnToReview: boolean;
};


/**
 * Guards decide on the answers as they will be once this event is saved, so a page's own
 * answer chooses the page after it (and an answer that makes a follow-up pointless closes it).
 */
function answersAfter(context: NavigatorContext, event: NavigatorEvent | { type: string }): Answers {
  if (!('patch' in event)) return context.answers;
  return pruneSkippedAnswers(mergeAnswers(context.answers, event.patch));
}

const save = ['saveAnswers', 'pruneSkippedAnswers'] as const;

/** Back from any page opened by a Change link returns to the check page, unchanged. */
const backToReview = { guard: 'isReturningToReview', target: 'checkAnswers' } as const;
/** Continue on any page opened by a Change link returns to the check page, saved. */
const submitToReview = { guard: 'isReturningToReview', target: 'checkAnswers', actions: save } as const;

/** The wizard: one question page at a time, then check your answers, then results. */
export const navigatorMachine = setup({
  types: {
    context: {} as NavigatorContext,
    events: {} as NavigatorEvent,
  },
  guards: {
    hasTestingDone: ({ context, event }) => hasTestingDone(answersAfter(context, event)),
    needsHouseholdQuestions: ({ context, event }) => needsHouseholdQuestions(answersAfter(context, event)),
    needsTrialTravel: ({ context, event }) => needsTrialTravel(answersAfter(context, event)),
    isReturningToReview: ({ context }) => context.returnToReview,
    // A follow-up opened by a Change is asked only if it has never been answered.
    hasNoFindingsYet: ({ context, event }) => hasNoAnswersFor('biomarkerFindings', answersAfter(context, event)),
    hasNoHouseholdAnswersYet: ({ context, event }) => hasNoAnswersFor('household', answersAfter(context, event)),
    hasNoTravelAnswersYet: ({ context, event }) => hasNoAnswersFor('trialTravel', answersAfter(context, event)),
    // Payload checks: the graph tests (and any untyped caller) may send these events bare.
    isValidKeptTrials: ({ event }) => event.type === 'trials.keep' && Array.isArray(event.saved) && event.saved.length <= LIMITS.savedTrials,
    isValidExpandedAccess: ({ event }) => event.type === 'expandedAccess.keep' && typeof event.lookup === 'object' && Array.isArray(event.lookup.records),
    isValidNote: ({ event }) =>
      event.type === 'notes.save' && typeof event.text === 'string' && event.text.length <= LIMITS.sectionNote && isSectionId(event.section),
  },
  actions: {
    saveAnswers: assign({
      answers: ({ context, event }) => ('patch' in event ? mergeAnswers(context.answers, event.patch) : context.answers),
    }),
    pruneSkippedAnswers: assign({ answers: ({ context }) => pruneSkippedAnswers(context.answers) }),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    clearAnswers: assign({ answers: () => emptyAnswers(), returnToReview: false }),
    saveSectionNote: assign({
      answers: ({ context, event }) => (event.type === 'notes.save' ? withSectionNote(context.answers, event.section, event.text) : context.answers),
    }),
    keepTrials: assign({
      answers: ({ context, event }) =>
        event.type === 'trials.keep' ? mergeAnswers(context.answers, { trials: { saved: event.saved.length > 0 ? [...event.saved] : undefined } }) : context.answers,
    }),
    keepExpandedAccess: assign({
      answers: ({ context, event }) =>
        event.type === 'expandedAccess.keep' ? mergeAnswers(context.answers, { drugOfInterest: { expandedAccess: event.lookup } }) : context.answers,
    }),
    replaceAnswers: assign({
      answers: ({ context, event }) => (event.type === 'answers.replace' ? event.answers : context.answers),
      returnToReview: false,
    }),
  },
}).createMachine({
  id: 'navigator',
  context: () => ({ answers: emptyAnswers(), returnToReview: false }),
  initial: 'welcome',
  on: {
    // Available everywhere; the results page asks the person to confirm before sending it.
    'session.restart': { target: '.welcome', actions: 'clearAnswers' },
    // Navigator mode: notes are saved where the navigator is, without moving.
    'notes.save': { guard: 'isValidNote', actions: 'saveSectionNote' },
    // Lookups kept on the trials page, the drug page or the results page (issue 11), without moving.
    'trials.keep': { guard: 'isValidKeptTrials', actions: 'keepTrials' },
    'expandedAccess.keep': { guard: 'isValidExpandedAccess', actions: 'keepExpandedAccess' },
    'answers.replace': { target: '.checkAnswers', actions: ['replaceAnswers', 'pruneSkippedAnswers'] },
  },
  states: {
    welcome: {
      id: 'welcome',
      route: {},
      on: {
        'welcome.submit': [submitToReview, { target: 'diagnosis', actions: save }],
        'nav.back': [backToReview],
      },
    },
    diagnosis: {
      id: 'diagnosis',
      route: {},
      on: {
        'diagnosis.submit': [submitToReview, { target: 'biomarkers', actions: save }],
        'nav.back': [backToReview, { target: 'welcome' }],
      },
    },
    biomarkers: {
      id: 'biomarkers',
      route: {},
      on: {
        'biomarkers.submit': [
          {
            guard: and(['isReturningToReview', 'hasTestingDone', 'hasNoFindingsYet']),
            target: 'biomarkerFindings',
            actions: save,
          },
          submitToReview,
          { guard: 'hasTestingDone', target: 'biomarkerFindings', actions: save },
          { target: 'treatmentsTried', actions: save },
        ],
        'nav.back': [backToReview, { target: 'diagnosis' }],
      },
    },
    biomarkerFindings: {
      id: 'biomarkerFindings',
      route: { guard: 'hasTestingDone' },
      on: {
        'biomarkerFindings.submit': [submitToReview, { target: 'treatmentsTried', actions: save }],
        'nav.back': [backToReview, { target: 'biomarkers' }],
      },
    },
    treatmentsTried: {
      id: 'treatmentsTried',
      route: {},
      on: {
        'treatmentsTried.submit': [submitToReview, { target: 'drugOfInterest', actions: save }],
        'nav.back': [backToReview, { guard: 'hasTestingDone', target: 'biomarkerFindings' }, { target: 'biomarkers' }],
      },
    },
    drugOfInterest: {
      id: 'drugOfInterest',
      route: {},
      on: {
        'drugOfInterest.submit': [submitToReview, { target: 'insurance', actions: save }],
        'nav.back': [backToReview, { target: 'treatmentsTried' }],
      },
    },
    insurance: {
      id: 'insurance',
      route: {},
      on: {
        'insurance.submit': [
          {
            guard: and(['isReturningToReview', 'needsHouseholdQuestions', 'hasNoHouseholdAnswersYet']),
            target: 'household',
            actions: save,
          },
          submitToReview,
          { guard: 'needsHouseholdQuestions', target: 'household', actions: save },
          { target: 'trialStatus', actions: save },
        ],
        'nav.back': [backToReview, { target: 'drugOfInterest' }],
      },
    },
    household: {
      id: 'household',
      route: { guard: 'needsHouseholdQuestions' },
      on: {
        'household.submit': [submitToReview, { target: 'trialStatus', actions: save }],
        'nav.back': [backToReview, { target: 'insurance' }],
      },
    },
    trialStatus: {
      id: 'trialStatus',
      route: {},
      on: {
        'trialStatus.submit': [
          {
            guard: and(['isReturningToReview', 'needsTrialTravel', 'hasNoTravelAnswersYet']),
            target: 'trialTravel',
            actions: save,
          },
          submitToReview,
          { guard: 'needsTrialTravel', target: 'trialTravel', actions: save },
          { target: 'careTeam', actions: save },
        ],
        'nav.back': [backToReview, { guard: 'needsHouseholdQuestions', target: 'household' }, { target: 'insurance' }],
      },
    },
    trialTravel: {
      id: 'trialTravel',
      route: { guard: 'needsTrialTravel' },
      on: {
        'trialTravel.submit': [submitToReview, { target: 'careTeam', actions: save }],
        'nav.back': [backToReview, { target: 'trialStatus' }],
      },
    },
    careTeam: {
      id: 'careTeam',
      route: {},
      on: {
        'careTeam.submit': [submitToReview, { target: 'appointment', actions: save }],
        'nav.back': [backToReview, { guard: 'needsTrialTravel', target: 'trialTravel' }, { target: 'trialStatus' }],
      },
    },
    appointment: {
      id: 'appointment',
      route: {},
      on: {
        'appointment.submit': [submitToReview, { target: 'checkAnswers', actions: save }],
        'nav.back': [backToReview, { target: 'careTeam' }],
      },
    },
    checkAnswers: {
      entry: 'markReturnToReview',
      on: {
        'answers.confirm': { target: 'results' },
        'nav.back': { target: 'appointment', actions: 'clearReturnToReview' },
      },
    },
    results: {
      on: {
        'nav.back': { target: 'checkAnswers' },
      },
    },
  },
});
