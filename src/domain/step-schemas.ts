import { z } from 'zod';
import {
  APPROVALS,
  COST_CONCERNS,
  COVERAGES,
  GIVEN_HOW,
  LIMITS,
  OUTCOMES,
  SECONDARY_COVERAGES,
  SETTINGS,
  STAGES,
  TESTING,
  TRAVEL,
  TRIAL_STATUSES,
  YES_NO_UNSURE,
} from './answers-constants';
import { isoDay, labelLookupSchema } from './answers.schema';
import { CANCER_TYPE_IDS } from './cancer-types';
import { asksSecondCoverage } from './second-coverage';
import { msg, optionalChoice, optionalText, requiredChoice, type StepErrorKey } from './step-schema-helpers';
import { US_STATE_CODES } from './us-states';

/** A typed date, YYYY-MM-DD as a date box gives it; empty means "not answered". */
const typedDate = (invalid: StepErrorKey) =>
  z
    .string()
    .trim()
    .refine((text) => text === '' || isoDay.safeParse(text).success, msg(invalid))
    .transform((text) => (text === '' ? undefined : text));

/** One item per line of a text area: the list a person reads is the list we keep. */
const linesList = (max: number, tooLong: StepErrorKey, tooMany: StepErrorKey) =>
  z
    .string()
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .refine((items) => items.every((item) => item.length <= LIMITS.finding), msg(tooLong))
    .refine((items) => items.length <= max, msg(tooMany))
    .transform((items) => (items.length === 0 ? undefined : items));

/**
 * The page schemas of the wizard, after the welcome page (welcome-step.schema.ts). Each one
 * validates what a person typed or chose on one page and turns it into that page's slice of the
 * answers (its output is the page's patch). Messages are keys into the content bundle.
 */
export const diagnosisStepSchema = z.object({
  // Version 2: age in whole years, optional (empty: the person would rather not say, or is not sure).
  age: z
    .string()
    .trim()
    .refine((text) => text === '' || (/^\d{1,3}$/.test(text) && Number(text) <= LIMITS.ageMax), msg('ageInvalid'))
    .transform((text) => (text === '' ? undefined : Number(text))),
  diagnosis: z
    .object({
      cancerType: requiredChoice(CANCER_TYPE_IDS, 'cancerTypeRequired'),
      cancerTypeOther: optionalText(LIMITS.cancerTypeOther, 'cancerTypeOtherTooLong').optional(),
      stage: requiredChoice(STAGES, 'stageRequired'),
    })
    // `when` lets this run beside the field errors, so one Continue shows every problem at once.
    .check(
      z.superRefine(
        (diagnosis, ctx) => {
          if (diagnosis.cancerType === 'other' && !diagnosis.cancerTypeOther) {
            ctx.addIssue({ code: 'custom', path: ['cancerTypeOther'], message: 'cancerTypeOtherRequired' });
          }
        },
        { when: () => true },
      ),
    )
    // The text box is hidden unless "other" is chosen, so its text only counts with "other".
    .transform((diagnosis) => ({
      ...diagnosis,
      cancerTypeOther: diagnosis.cancerType === 'other' ? diagnosis.cancerTypeOther : undefined,
    })),
});

/** Inherited findings count only when inherited testing was done: the box is hidden otherwise. */
const germlineFindingsWhenDone = <T extends { germlineTesting: string; germlineFindings?: string[] | undefined }>(biomarkers: T) => ({
  ...biomarkers,
  germlineFindings: biomarkers.germlineTesting === 'done' ? biomarkers.germlineFindings : undefined,
});

export const biomarkersStepSchema = z.object({
  biomarkers: z
    .object({
      testing: requiredChoice(TESTING, 'testingRequired'),
      // Version 2: inherited (germline) testing, asked next to testing of the cancer.
      germlineTesting: requiredChoice(TESTING, 'germlineTestingRequired'),
      germlineFindings: linesList(LIMITS.germlineFindings, 'germlineFindingTooLong', 'germlineFindingsTooMany').optional(),
    })
    .transform(germlineFindingsWhenDone),
});

export const biomarkerFindingsStepSchema = z.object({
  biomarkers: z.object({
    findings: linesList(LIMITS.findings, 'findingTooLong', 'findingsTooMany'),
  }),
});

export const treatmentItemSchema = z.object({
  name: z
    .string(msg('treatmentNameRequired'))
    .trim()
    .min(1, msg('treatmentNameRequired'))
    .max(LIMITS.treatmentName, msg('treatmentNameTooLong')),
  outcome: requiredChoice(OUTCOMES, 'treatmentOutcomeRequired'),
});

export const treatmentsTriedStepSchema = z.object({
  treatments: z.object({
    tried: z.array(treatmentItemSchema).max(LIMITS.treatments, msg('treatmentsTooMany')),
    standardOptionsLeft: requiredChoice(YES_NO_UNSURE, 'standardOptionsLeftRequired'),
  }),
});

/** Whether a kept label lookup was made for this drug name (the same words, any case or spacing). */
export function lookupIsFor(lookup: { query: string }, name: string | undefined): boolean {
  const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return name !== undefined && words(lookup.query) === words(name);
}

export const drugOfInterestStepSchema = z.object({
  drugOfInterest: z
    .object({
      name: optionalText(LIMITS.drugName, 'drugNameTooLong'),
      approval: requiredChoice(APPROVALS, 'approvalRequired'),
      // Version 2: in the clinic (Medicare Part B) or at home (Part D); optional, with "not sure".
      givenHow: optionalChoice(GIVEN_HOW, 'givenHowInvalid'),
      // Version 2: the label lookup the person kept on this page (checked again: it came from outside).
      label: labelLookupSchema.nullish(),
    })
    // A lookup kept for another name is not this drug's label: it is dropped with the old name.
    .transform((drug) => ({ ...drug, label: drug.label && lookupIsFor(drug.label, drug.name) ? drug.label : undefined })),
});

/**
 * The refusal question's choices. The contract keeps yes or no; "I'm not sure" is an honest answer
 * on the page that leaves the question unanswered, so a person who does not know can go on.
 */
export const DENIED_BEFORE_CHOICES = YES_NO_UNSURE;

export const insuranceStepSchema = z.object({
  residenceState: requiredChoice(US_STATE_CODES, 'residenceStateRequired'),
  insurance: z
    .object({
      coverage: requiredChoice(COVERAGES, 'coverageRequired'),
      // Version 2: shown only under Medicare or Medicare Advantage; then it needs an answer.
      secondary: optionalChoice(SECONDARY_COVERAGES, 'secondaryRequired'),
      deniedBefore: optionalChoice(DENIED_BEFORE_CHOICES, 'deniedBeforeInvalid').transform((value) =>
        value === undefined || value === 'unsure' ? undefined : value === 'yes',
      ),
      // Version 2: the date on the refusal letter, shown only under "yes".
      deniedOn: typedDate('deniedOnInvalid').optional(),
      costConcern: requiredChoice(COST_CONCERNS, 'costConcernRequired'),
    })
    .check(
      z.superRefine(
        (insurance, ctx) => {
          if (asksSecondCoverage(insurance.coverage) && insurance.secondary === undefined) {
            ctx.addIssue({ code: 'custom', path: ['secondary'], message: 'secondaryRequired' });
          }
        },
        { when: () => true },
      ),
    )
    // A hidden question's answer does not count: a second coverage only under Medicare, a date only under "yes".
    .transform((insurance) => ({
      ...insurance,
      secondary: asksSecondCoverage(insurance.coverage) ? insurance.secondary : undefined,
      deniedOn: insurance.deniedBefore === true ? insurance.deniedOn : undefined,
    })),
});

// The household page's schema reads numbers in the language on screen: household-step.schema.ts.

export const trialStatusStepSchema = z.object({
  trials: z.object({
    status: requiredChoice(TRIAL_STATUSES, 'trialStatusRequired'),
  }),
});

/**
 * How far the person could travel: the contract keeps three distances; "I'm not sure" is an honest
 * answer on the page that leaves it unanswered (trials are then searched without a distance).
 */
export const TRAVEL_CHOICES = [...TRAVEL, 'unsure'] as const;

export const trialTravelStepSchema = z.object({
  trials: z.object({
    travel: requiredChoice(TRAVEL_CHOICES, 'travelRequired').transform((value) => (value === 'unsure' ? undefined : value)),
    zip: z
      .string()
      .trim()
      .refine((text) => text === '' || /^\d{5}$/.test(text), msg('zipInvalid'))
      .transform((text) => (text === '' ? undefined : text)),
  }),
});

export const careTeamStepSchema = z.object({
  careTeam: z.object({
    oncologistOpenToHelp: requiredChoice(YES_NO_UNSURE, 'oncologistOpenToHelpRequired'),
    setting: requiredChoice(SETTINGS, 'settingRequired'),
  }),
});

export const appointmentStepSchema = z.object({
  appointment: z.object({
    date: typedDate('appointmentDateInvalid'),
    clinician: optionalText(LIMITS.clinician, 'clinicianTooLong'),
  }),
  // Notes are not trimmed inside: a person's line breaks are kept as typed.
  notes: z
    .string()
    .max(LIMITS.notes, msg('notesTooLong'))
    .transform((text) => (text.trim() === '' ? undefined : text)),
});
