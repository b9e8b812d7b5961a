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
  GIVEN_HOW,
  COVERAGES,
  SECONDARY_COVERAGES,
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
  findings: z.array(z.string().min(1).max(LIMITS.finding)).max(LIMITS.findings).optional(),
  /** Version 2: inherited (germline) testing, from blood or saliva, e.g. BRCA. */
  germlineTesting: z.enum(TESTING).optional(),
  germlineFindings: z.array(z.string().min(1).max(LIMITS.finding)).max(LIMITS.germlineFindings).optional(),
});

/**
 * A calendar day, YYYY-MM-DD, that exists (no 2026-02-30), from 1900-01-01 to 2100-12-31: a
 * year like 0000 or 9999 is a slip, never a date in someone's care. Zod's own date pattern, with
 * the years narrowed; refused as a date ("bad-format" date), and written into the JSON Schema.
 */
export const isoDay = z.stringFormat('date', new RegExp(`^(?=(?:19\\d\\d|20\\d\\d|2100)-)${z.regexes.date.source.replace(/^\^|\$$/gu, '')}$`, 'u'));
const lookupQuery = z.string().min(1).max(LIMITS.lookupQuery);
const lookupId = z.string().min(1).max(LIMITS.lookupId);
const lookupText = z.string().max(LIMITS.lookupText);

/** One FDA label kept from a lookup on openFDA (see src/lookups/openfda-label.ts). */
export const labelSchema = z.strictObject({
  setId: lookupId,
  effectiveDate: isoDay.optional(),
  brandNames: z.array(lookupText).max(LIMITS.lookupList),
  genericNames: z.array(lookupText).max(LIMITS.lookupList),
  applicationNumbers: z.array(lookupText).max(LIMITS.lookupList),
  /** The label's INDICATIONS AND USAGE text: third-party text, shown as plain text only. */
  indications: z.string().max(LIMITS.labelIndications),
});

/** Version 2: one lookup of the drug's label on openFDA; `labels` empty means none was found. */
export const labelLookupSchema = z.strictObject({
  retrievedOn: isoDay,
  query: lookupQuery,
  labels: z.array(labelSchema).max(LIMITS.labels),
});

/** Version 2: expanded-access records for the drug on ClinicalTrials.gov. */
export const expandedAccessLookupSchema = z.strictObject({
  retrievedOn: isoDay,
  query: lookupQuery,
  records: z
    .array(
      z.strictObject({
        nctId: z.string().regex(/^NCT\d{8}$/),
        title: z.string().max(LIMITS.trialTitle),
        status: lookupId,
      }),
    )
    .max(LIMITS.expandedAccessRecords),
});

/** Version 2: a trial the person chose to keep from a ClinicalTrials.gov search. */
export const savedTrialSchema = z.strictObject({
  nctId: z.string().regex(/^NCT\d{8}$/),
  title: z.string().max(LIMITS.trialTitle),
  status: lookupId,
  phases: z.array(lookupId).max(LIMITS.lookupList).optional(),
  retrievedOn: isoDay,
  nearestSite: z
    .strictObject({
      facility: lookupText.optional(),
      city: lookupText.optional(),
      state: lookupText.optional(),
      zip: lookupText.optional(),
      distanceMiles: z.number().min(0).max(100_000).optional(),
    })
    .optional(),
  contact: z
    .strictObject({
      name: lookupText.optional(),
      phone: lookupText.optional(),
      email: lookupText.optional(),
    })
    .optional(),
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
  /** Version 2: in the clinic (Medicare Part B) or at home (Part D). */
  givenHow: z.enum(GIVEN_HOW).optional(),
  /** Version 2: what the FDA label says, when the person looked it up. */
  label: labelLookupSchema.optional(),
  /** Version 2: expanded-access records found for the drug. */
  expandedAccess: expandedAccessLookupSchema.optional(),
});

export const insuranceSchema = z.strictObject({
  coverage: z.enum(COVERAGES).optional(),
  /** Version 2: a second coverage (Medigap, Medicaid, employer or retiree). */
  secondary: z.enum(SECONDARY_COVERAGES).optional(),
  deniedBefore: z.boolean().optional(),
  /** Version 2: the date on the refusal letter. */
  deniedOn: isoDay.optional(),
  costConcern: z.enum(COST_CONCERNS).optional(),
  householdSize: z.number().int().min(LIMITS.householdMin).max(LIMITS.householdMax).optional(),
  yearlyIncome: z.number().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const trialsSchema = z.strictObject({
  status: z.enum(TRIAL_STATUSES).optional(),
  travel: z.enum(TRAVEL).optional(),
  zip: z.string().regex(/^\d{5}$/).optional(),
  /** Version 2: trials kept from a search. */
  saved: z.array(savedTrialSchema).max(LIMITS.savedTrials).optional(),
});

export const careTeamSchema = z.strictObject({
  oncologistOpenToHelp: z.enum(YES_NO_UNSURE).optional(),
  setting: z.enum(SETTINGS).optional(),
});

export const appointmentSchema = z.strictObject({
  date: isoDay.optional(),
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
  /** Version 2: whole years. */
  age: z.number().int().min(0).max(LIMITS.ageMax).optional(),
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
export type Label = z.output<typeof labelSchema>;
export type LabelLookup = z.output<typeof labelLookupSchema>;
export type ExpandedAccessLookup = z.output<typeof expandedAccessLookupSchema>;
export type SavedTrial = z.output<typeof savedTrialSchema>;
