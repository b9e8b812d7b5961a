import type { AnswersPatch } from '../../../flows/navigator.answers';
import type { QuestionStepId } from '../../../flows/steps';

/**
 * One plausible Continue per page (a person with metastatic colorectal cancer on Medicare),
 * chosen so that every follow-up page opens. Shared by the machine, graph and model tests.
 */
export const FULL_PATCHES = {
  welcome: { filledBy: 'caregiver' },
  diagnosis: { diagnosis: { cancerType: 'colorectal', stage: 'metastatic' } },
  biomarkers: { biomarkers: { testing: 'done' } },
  biomarkerFindings: { biomarkers: { findings: ['KRAS G12D'] } },
  treatmentsTried: {
    treatments: { tried: [{ name: 'FOLFOX', outcome: 'stopped-working' }], standardOptionsLeft: 'unsure' },
  },
  drugOfInterest: { drugOfInterest: { name: 'trametinib', approval: 'approved-for-other-use' } },
  insurance: { residenceState: 'FL', insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major' } },
  household: { insurance: { householdSize: 2, yearlyIncome: 30000 } },
  trialStatus: { trials: { status: 'not-yet-considered' } },
  trialTravel: { trials: { travel: 'in-my-state', zip: '33101' } },
  careTeam: { careTeam: { oncologistOpenToHelp: 'yes', setting: 'community-practice' } },
  appointment: { appointment: { date: '2026-12-01', clinician: 'Dr Rivera' }, notes: 'Ask about trametinib.' },
} satisfies Record<QuestionStepId, AnswersPatch>;

/** Answers that close every follow-up page. */
export const CLOSING_PATCHES = {
  biomarkers: { biomarkers: { testing: 'not-done' } },
  insurance: { residenceState: 'OH', insurance: { coverage: 'private', deniedBefore: false, costConcern: 'none' } },
  trialStatus: { trials: { status: 'in-a-trial' } },
} satisfies Partial<Record<QuestionStepId, AnswersPatch>>;
