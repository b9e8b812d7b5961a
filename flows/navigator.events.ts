import type { ExpandedAccessLookup, SavedTrial } from '../src/domain/answers.schema';
import type { CheckedAnswers } from '../src/domain/parse-answers';
import type { AnswersPatch } from './navigator.answers';
import type { QuestionStepId } from './steps';

/** A question page's Continue: the answers it owns, already checked by the page's schema. */
export type SubmitEvent = {
  [S in QuestionStepId]: { type: `${S}.submit`; patch: AnswersPatch };
}[QuestionStepId];

/** Everything the wizard can be told. `xstate.route` (Change links) is added by the machine's routable states. */
export type NavigatorEvent =
  | SubmitEvent
  | { type: 'nav.back' }
  | { type: 'answers.confirm' }
  | { type: 'session.restart' }
  /** Navigator mode: the note on one page (empty text removes it). */
  | { type: 'notes.save'; section: QuestionStepId; text: string }
  /**
   * ClinicalTrials.gov lookups the person kept (issue 11), saved where the person is, without
   * moving: the trials kept (all of them, at most 20; an empty list removes them), and the
   * expanded-access records found for the drug.
   */
  | { type: 'trials.keep'; saved: readonly SavedTrial[] }
  | { type: 'expandedAccess.keep'; lookup: ExpandedAccessLookup }
  /**
   * An imported answers file replaces the answers; the check page opens. The type admits only
   * answers that came through parseAnswers, so the machine need not load zod to check them again.
   */
  | { type: 'answers.replace'; answers: CheckedAnswers };

/** A kept ClinicalTrials.gov lookup, as a page sends it. */
export type LookupKeepEvent = Extract<NavigatorEvent, { type: 'trials.keep' | 'expandedAccess.keep' }>;

/** Where a Change link or a "would sharpen the result" link can lead. */
export type RouteTarget = `#${QuestionStepId}`;

/** The submit event for one page. */
export function submitEvent(step: QuestionStepId, patch: AnswersPatch): SubmitEvent {
  return { type: `${step}.submit`, patch };
}

/** The route event that opens one page (used by Change links and result links). */
export function routeEvent(step: QuestionStepId): { type: 'xstate.route'; to: RouteTarget } {
  return { type: 'xstate.route', to: `#${step}` };
}
