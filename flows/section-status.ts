import type { Answers } from '../src/domain/answers.schema';
import { QUESTION_STEP_IDS, answerAt, stepApplies, stepMeta, type QuestionStepId, type WizardStateId } from './steps';

export type SectionStatus = 'not-started' | 'in-progress' | 'done' | 'skipped';

export type SectionSummary = {
  id: QuestionStepId;
  status: SectionStatus;
  /** The page on screen now. */
  current: boolean;
};

/**
 * The answers each page requires before Continue (its page schema's required fields). A page with
 * none (findings, household, appointment) is done once anything on it, or on the page after it, is answered.
 */
const REQUIRED: Record<QuestionStepId, (answers: Answers) => readonly string[]> = {
  welcome: () => ['filledBy'],
  diagnosis: (answers) =>
    answers.diagnosis?.cancerType === 'other'
      ? ['diagnosis.cancerType', 'diagnosis.cancerTypeOther', 'diagnosis.stage']
      : ['diagnosis.cancerType', 'diagnosis.stage'],
  biomarkers: () => ['biomarkers.testing'],
  biomarkerFindings: () => [],
  treatmentsTried: () => ['treatments.standardOptionsLeft'],
  drugOfInterest: () => ['drugOfInterest.approval'],
  insurance: () => ['residenceState', 'insurance.coverage', 'insurance.costConcern'],
  household: () => [],
  trialStatus: () => ['trials.status'],
  trialTravel: () => ['trials.travel'],
  careTeam: () => ['careTeam.oncologistOpenToHelp', 'careTeam.setting'],
  appointment: () => [],
};

const answered = (answers: Answers, path: string) => answerAt(answers, path) !== undefined;

function hasAnyAnswer(id: QuestionStepId, answers: Answers): boolean {
  return stepMeta(id).owns.some((path) => answered(answers, path));
}

/** The status of one section, in words the task list can show (never by colour alone). */
export function sectionStatus(id: QuestionStepId, answers: Answers, stateId: WizardStateId): SectionStatus {
  if (!stepApplies(id, answers)) return 'skipped';
  const required = REQUIRED[id](answers);
  const anyHere = hasAnyAnswer(id, answers);
  if (required.length > 0) {
    if (required.every((path) => answered(answers, path))) return 'done';
    return anyHere ? 'in-progress' : 'not-started';
  }
  // Nothing here is required, so "done" means the person moved on: the next page shown has answers.
  const next = QUESTION_STEP_IDS.slice(QUESTION_STEP_IDS.indexOf(id) + 1).find((later) => stepApplies(later, answers));
  const passed = stateId === 'checkAnswers' || stateId === 'results' || (next !== undefined && hasAnyAnswer(next, answers));
  return anyHere || passed ? 'done' : 'not-started';
}

/** Every section of the wizard in page order, with its status: the navigator's task list. */
export function sectionSummaries(answers: Answers, stateId: WizardStateId): SectionSummary[] {
  return QUESTION_STEP_IDS.map((id) => ({ id, status: sectionStatus(id, answers, stateId), current: id === stateId }));
}

/**
 * The pages that apply to these answers but were never opened (a task-list jump went past them):
 * the check page marks them and offers to go to them, rather than showing their questions as
 * "Not provided" without a word. A page with an answer on it counts as opened, so a session restored
 * from storage (which does not keep the pages seen) only flags pages that hold no answer at all.
 */
export function unvisitedSections(answers: Answers, visited: ReadonlySet<WizardStateId>): QuestionStepId[] {
  return QUESTION_STEP_IDS.filter((id) => stepApplies(id, answers) && !visited.has(id) && !hasAnyAnswer(id, answers));
}
