import { z } from 'zod';
import { CANCER_TYPE_IDS } from './cancer-types';
import { US_STATE_CODES } from './us-states';
import {
  SCHEMA_VERSION,
  FILLED_BY,
  STAGES,
  TESTING,
  OUTCOMES,
  YES_NO_UNSURE,
  APPROVALS,
  COVERAGES,
  COST_CONCERNS,
  TRIAL_STATUSES,
  TRAVEL,
  SETTINGS,
  LIMITS,
} from './answers-constants';

export const diagnosisSchema = z.strictObject({
  cancerType: z.enum(CANCER_TYPE_IDS).optional(),
  cancerTypeOther: z.string().max(LIMITS.cancerTypeOther).optional(),
  stage: z.enum(STAGES).optional(),
});

export const biomarkersSchema = z.strictObject({
  testing: z.enum(TESTING).optional(),
  findings: z.array(z.string().min(1).max(LIMITS.finding)).optional(),
});

export const treatmentSchema = z.strictObject({
  name: z.string().min(1).max(LIMITS.treatmentName),
  outcome: z.enum(OUTCOMES),
});

export const treatmentsSchema = z.strictObject({
  tried: z.array(treatmentSchema).max(LIMITS.treatments).optional(),
  standardOptionsLeft: z.enum(YES_NO_UNSURE).optional(),
});

export const drugOfInterestSchema = z.strictObject({
  name: z.string().max(LIMITS.drugName).optional(),
  approval: z.enum(APPROVALS).optional(),
});

export const insuranceSchema = z.strictObject({
  coverage: z.enum(COVERAGES).optional(),
  deniedBefore: z.boolean().optional(),
  costConcern: z.enum(COST_CONCERNS).optional(),
  householdSize: z.number().int().min(LIMITS.householdMin).max(LIMITS.householdMax).optional(),
  yearlyIncome: z.number().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const trialsSchema = z.strictObject({
  status: z.enum(TRIAL_STATUSES).optional(),
  travel: z.enum(TRAVEL).optional(),
  zip: z.string().regex(/^\d{5}$/).optional(),
});

export const careTeamSchema = z.strictObject({
  oncologistOpenToHelp: z.enum(YES_NO_UNSURE).optional(),
  setting: z.enum(SETTINGS).optional(),
});

export const appointmentSchema = z.strictObject({
  date: z.iso.date().optional(),
  clinician: z.string().max(LIMITS.clinician).optional(),
});

/** A navigator's note on one page of the wizard. */
const sectionNote = z.string().max(LIMITS.sectionNote).optional();

/**
 * Navigator mode: a note per page, keyed by the page's id in the wizard. Optional, so adding it
 * needed no version bump; strict, so a misspelt page id is refused by name.
 */
export const sectionNotesSchema = z.strictObject({
  welcome: sectionNote,
  diagnosis: sectionNote,
  biomarkers: sectionNote,
  biomarkerFindings: sectionNote,
  treatmentsTried: sectionNote,
  drugOfInterest: sectionNote,
  insurance: sectionNote,
  household: sectionNote,
  trialStatus: sectionNote,
  trialTravel: sectionNote,
  careTeam: sectionNote,
  appointment: sectionNote,
});

/** The whole answers file: the project's data contract (../docs/answers-contract.md). */
export const answersSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  filledBy: z.enum(FILLED_BY).optional(),
  residenceState: z.enum(US_STATE_CODES).optional(),
  diagnosis: diagnosisSchema.optional(),
  biomarkers: biomarkersSchema.optional(),
  treatments: treatmentsSchema.optional(),
  drugOfInterest: drugOfInterestSchema.optional(),
  insurance: insuranceSchema.optional(),
  trials: trialsSchema.optional(),
  careTeam: careTeamSchema.optional(),
  appointment: appointmentSchema.optional(),
  notes: z.string().max(LIMITS.notes).optional(),
  sectionNotes: sectionNotesSchema.optional(),
});

export type Answers = z.output<typeof answersSchema>;
export type Diagnosis = z.output<typeof diagnosisSchema>;
export type Biomarkers = z.output<typeof biomarkersSchema>;
export type Treatment = z.output<typeof treatmentSchema>;
export type Treatments = z.output<typeof treatmentsSchema>;
export type DrugOfInterest = z.output<typeof drugOfInterestSchema>;
export type Insurance = z.output<typeof insuranceSchema>;
export type Trials = z.output<typeof trialsSchema>;
export type CareTeam = z.output<typeof careTeamSchema>;
export type Appointment = z.output<typeof appointmentSchema>;
export type SectionNotes = z.output<typeof sectionNotesSchema>;
export type SectionId = keyof SectionNotes;
export type Coverage = (typeof COVERAGES)[number];
