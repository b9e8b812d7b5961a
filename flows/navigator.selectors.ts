import type { SnapshotFrom } from 'xstate';
import type { Answers } from '../src/domain/answers.schema';
import type { navigatorMachine } from './navigator.machine';
import { QUESTION_STEP_IDS, STEPS, applicableSteps, type QuestionStepId, type SkipReasonKey, type WizardStateId } from './steps';

export type NavigatorSnapshot = SnapshotFrom<typeof navigatorMachine>;

/** The page on screen. */
export function currentStepId(snapshot: NavigatorSnapshot): WizardStateId {
  return snapshot.value;
}

/** Narrows a state id to a question page. */
export function isQuestionStep(id: WizardStateId): id is QuestionStepId {
  return (QUESTION_STEP_IDS as readonly string[]).includes(id);
}

/** "Step n of m", counting only the question pages that apply to these answers; null off the question pages. */
export function progress(snapshot: NavigatorSnapshot): { step: number; of: number } | null {
  const id = currentStepId(snapshot);
  if (!isQuestionStep(id)) return null;
  const shown = applicableSteps(snapshot.context.answers);
  const index = shown.indexOf(id);
  return index === -1 ? null : { step: index + 1, of: shown.length };
}

/** Whether this page has a Back. */
export function canGoBack(snapshot: NavigatorSnapshot): boolean {
  return snapshot.can({ type: 'nav.back' });
}

/** Whether a Change link (or a results link) can open this page now. */
export function canRoute(snapshot: NavigatorSnapshot, step: QuestionStepId): boolean {
  return snapshot.can({ type: 'xstate.route', to: `#${step}` });
}

export type SkippedStep = {
  step: QuestionStepId;
  reasonKey: SkipReasonKey;
  /** The page whose answer left this one out: changing it there may bring this page back. */
  because: QuestionStepId;
};

/** The follow-up pages these answers leave out, each with the reason, for the check page. */
export function skippedSteps(answers: Answers): SkippedStep[] {
  return STEPS.flatMap((step) => {
    const reasonKey = step.skipReason?.(answers) ?? null;
    if (reasonKey === null || step.followUpOf === undefined) return [];
    return [{ step: step.id, reasonKey, because: step.followUpOf }];
  });
}
