/*
 * The answers contract's plain values: the schema version, every enum and every limit. They live
 * apart from the zod schema so that code on the first screen (the machine, the welcome page) can
 * use them without loading zod; answers.schema.ts builds the schema from them.
 */

/** The answers schema version this code reads and writes. */
export const SCHEMA_VERSION = 2 as const;

export const FILLED_BY = ['patient', 'caregiver', 'navigator'] as const;
export const STAGES = ['early', 'locally-advanced', 'metastatic', 'recurrent', 'unsure'] as const;
export const TESTING = ['done', 'not-done', 'unsure'] as const;
export const OUTCOMES = ['stopped-working', 'did-not-work', 'side-effects', 'still-taking'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const APPROVALS = [
  'approved-for-my-cancer',
  'approved-for-other-use',
  'approved-outside-us-only',
  'not-approved',
  'unsure',
] as const;
/** Version 2: how the drug is given (in the clinic: Medicare Part B; at home: Part D). */
export const GIVEN_HOW = ['in-clinic', 'at-home', 'unsure'] as const;
/** Version 2: a second coverage beside the first (asked when the first is Medicare). */
export const SECONDARY_COVERAGES = ['medigap', 'medicaid', 'employer-or-retiree', 'none', 'unsure'] as const;
export const COVERAGES = [
  'private',
  'marketplace',
  'medicare',
  'medicare-advantage',
  'medicaid',
  'military-va',
  'uninsured',
  'other',
] as const;
export const COST_CONCERNS = ['none', 'some', 'major'] as const;
export const TRIAL_STATUSES = ['in-a-trial', 'looked-not-eligible', 'looking', 'not-yet-considered', 'not-interested'] as const;
export const TRAVEL = ['near-home', 'in-my-state', 'anywhere-in-us'] as const;
export const SETTINGS = ['academic-center', 'community-practice', 'unsure'] as const;

export const LIMITS = {
  cancerTypeOther: 200,
  finding: 100,
  findings: 50,
  germlineFindings: 20,
  treatmentName: 200,
  treatments: 30,
  drugName: 200,
  householdMin: 1,
  householdMax: 20,
  clinician: 200,
  notes: 2000,
  sectionNote: 1000,
  ageMax: 120,
  savedTrials: 20,
  trialTitle: 300,
  /** Lookups: what a saved lookup may hold (spec/answers.md, version 2). */
  lookupQuery: 200,
  labels: 5,
  labelIndications: 40_000,
  /** Identifiers and short texts from outside services: generous, but never unbounded. */
  lookupId: 200,
  lookupText: 500,
  lookupList: 50,
  expandedAccessRecords: 20,
} as const;
