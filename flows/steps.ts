import type { Answers } from '../src/domain/answers.schema';

/** The question pages, in the order a person meets them. */
export const QUESTION_STEP_IDS = [
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
] as const;

export type QuestionStepId = (typeof QUESTION_STEP_IDS)[number];

/** Every state of the wizard a person can be on. */
export type WizardStateId = QuestionStepId | 'checkAnswers' | 'results';

/** What the check page names as the reason a page was left out. */
export type SkipReasonKey =
  | 'testing-not-done'
  | 'testing-unsure'
  | 'testing-not-answered'
  | 'no-cost-concern'
  | 'cost-concern-not-answered'
  | 'in-a-trial'
  | 'not-interested-in-trials'
  | 'trial-status-not-answered';

type StepMeta = {
  id: QuestionStepId;
  /** Dotted answer paths this page writes, and nothing else writes. */
  owns: readonly string[];
  /** Follow-up pages only: the page whose answer opens this one (always the page just before it). */
  followUpOf?: QuestionStepId;
  /** Follow-up pages only: why the page is left out, or null when it applies. */
  skipReason?: (answers: Answers) => SkipReasonKey | null;
};

/** Biomarker findings are only asked for when testing was done. */
export function hasTestingDone(answers: Answers): boolean {
  return answers.biomarkers?.testing === 'done';
}

/** Household size and income only matter for cost help: asked when cost worries or there is no insurance. */
export function needsHouseholdQuestions(answers: Answers): boolean {
  const { costConcern, coverage } = answers.insurance ?? {};
  return costConcern === 'some' || costConcern === 'major' || coverage === 'uninsured';
}

/** Travel and ZIP code only matter to someone who may still look for a trial. */
export function needsTrialTravel(answers: Answers): boolean {
  const status = answers.trials?.status;
  return status === 'looking' || status === 'not-yet-considered' || status === 'looked-not-eligible';
}

/** Step metadata in page order: what each page writes and, for follow-ups, when it is left out. */
export const STEPS: readonly StepMeta[] = [
  { id: 'welcome', owns: ['filledBy'] },
  { id: 'diagnosis', owns: ['diagnosis.cancerType', 'diagnosis.cancerTypeOther', 'diagnosis.stage', 'age'] },
  { id: 'biomarkers', owns: ['biomarkers.testing', 'biomarkers.germlineTesting', 'biomarkers.germlineFindings'] },
  {
    id: 'biomarkerFindings',
    owns: ['biomarkers.findings'],
    followUpOf: 'biomarkers',
    skipReason: (answers) => {
      if (hasTestingDone(answers)) return null;
      const testing = answers.biomarkers?.testing;
      if (testing === 'not-done') return 'testing-not-done';
      if (testing === 'unsure') return 'testing-unsure';
      return 'testing-not-answered';
    },
  },
  { id: 'treatmentsTried', owns: ['treatments.tried', 'treatments.standardOptionsLeft'] },
  // The label lookup is made and kept on the drug page, so a Change link to it leads there.
  { id: 'drugOfInterest', owns: ['drugOfInterest.name', 'drugOfInterest.approval', 'drugOfInterest.givenHow', 'drugOfInterest.label'] },
  {
    id: 'insurance',
    owns: [
      'residenceState',
      'insurance.coverage',
      'insurance.secondary',
      'insurance.deniedBefore',
      'insurance.deniedOn',
      'insurance.costConcern',
    ],
  },
  {
    id: 'household',
    owns: ['insurance.householdSize', 'insurance.yearlyIncome'],
    followUpOf: 'insurance',
    skipReason: (answers) => {
      if (needsHouseholdQuestions(answers)) return null;
      return answers.insurance?.costConcern === undefined ? 'cost-concern-not-answered' : 'no-cost-concern';
    },
  },
  { id: 'trialStatus', owns: ['trials.status'] },
  {
    id: 'trialTravel',
    owns: ['trials.travel', 'trials.zip'],
    followUpOf: 'trialStatus',
    skipReason: (answers) => {
      if (needsTrialTravel(answers)) return null;
      const status = answers.trials?.status;
      if (status === 'in-a-trial') return 'in-a-trial';
      if (status === 'not-interested') return 'not-interested-in-trials';
      return 'trial-status-not-answered';
    },
  },
  { id: 'careTeam', owns: ['careTeam.oncologistOpenToHelp', 'careTeam.setting'] },
  { id: 'appointment', owns: ['appointment.date', 'appointment.clinician', 'notes'] },
];

/** The metadata of one question page. */
export function stepMeta(id: QuestionStepId): StepMeta {
  const meta = STEPS.find((step) => step.id === id);
  // STEPS lists every QuestionStepId; a test keeps the two in step.
  if (!meta) throw new Error(`No step metadata for ${id}`);
  return meta;
}

/** Whether a page is shown for these answers. */
export function stepApplies(id: QuestionStepId, answers: Answers): boolean {
  return (stepMeta(id).skipReason?.(answers) ?? null) === null;
}

/** The question pages shown for these answers, in order. */
export function applicableSteps(answers: Answers): QuestionStepId[] {
  return QUESTION_STEP_IDS.filter((id) => stepApplies(id, answers));
}

/** Reads a dotted answer path such as "insurance.coverage". */
export function answerAt(answers: Answers, path: string): unknown {
  let value: unknown = answers;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** True when none of the page's answers has been given yet. */
export function hasNoAnswersFor(id: QuestionStepId, answers: Answers): boolean {
  return stepMeta(id).owns.every((path) => answerAt(answers, path) === undefined);
}

/**
 * The page a person should open to give or change the answer at a dotted path
 * ("insurance.householdSize" -> household). When that page is skipped for these answers,
 * the page whose answer would open it, so the link still leads somewhere useful.
 */
export function stepForAnswerPath(path: string, answers: Answers): QuestionStepId | null {
  const owner = STEPS.find((step) => step.owns.some((owned) => owned === path || owned.startsWith(`${path}.`) || path.startsWith(`${owned}.`)));
  if (!owner) return null;
  if (stepApplies(owner.id, answers)) return owner.id;
  return owner.followUpOf ?? null;
}
