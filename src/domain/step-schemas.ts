import { z } from 'zod';
import { APPROVALS, COST_CONCERNS, COVERAGES, LIMITS, OUTCOMES, SETTINGS, STAGES, TESTING, TRAVEL, TRIAL_STATUSES, YES_NO_UNSURE } from './answers-constants';
import { isoDay } from './answers.schema';
import { CANCER_TYPE_IDS } from './cancer-types';
import { msg, optionalChoice, optionalText, requiredChoice, type StepErrorKey } from './step-schema-helpers';
import { US_STATE_CODES } from './us-states';

/**
 * The page schemas of the wizard, after the welcome page (welcome-step.schema.ts). Each one
 * validates what a person typed or chose on one page and turns it into that page's slice of the
 * answers (its output is the page's patch). Messages are keys into the content bundle.
 */
export const diagnosisStepSchema = z.object({
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

export const biomarkersStepSchema = z.object({
  biomarkers: z.object({
    testing: requiredChoice(TESTING, 'testingRequired'),
  }),
});

export const biomarkerFindingsStepSchema = z.object({
  biomarkers: z.object({
    // One finding per line in a text area: the list a person reads is the list we keep.
    findings: z
      .string()
      .transform((text) =>
        text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      )
      .refine((findings) => findings.every((finding) => finding.length <= LIMITS.finding), msg('findingTooLong'))
      .transform((findings) => (findings.length === 0 ? undefined : findings)),
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

export const drugOfInterestStepSchema = z.object({
  drugOfInterest: z.object({
    name: optionalText(LIMITS.drugName, 'drugNameTooLong'),
    approval: requiredChoice(APPROVALS, 'approvalRequired'),
  }),
});

export const YES_NO = ['yes', 'no'] as const;

export const insuranceStepSchema = z.object({
  residenceState: requiredChoice(US_STATE_CODES, 'residenceStateRequired'),
  insurance: z.object({
    coverage: requiredChoice(COVERAGES, 'coverageRequired'),
    deniedBefore: optionalChoice(YES_NO, 'deniedBeforeInvalid').transform((value) =>
      value === undefined ? undefined : value === 'yes',
    ),
    costConcern: requiredChoice(COST_CONCERNS, 'costConcernRequired'),
  }),
});

/** Reads a typed number the way people write it: "45,000", "$45000" and " 3 " all count. */
const typedNumber = (invalid: StepErrorKey) =>
  z
    .string()
    .transform((text) => text.replace(/[\s,$]/g, ''))
    .refine((text) => text === '' || /^-?\d+(\.\d+)?$/.test(text), msg(invalid))
    .transform((text) => (text === '' ? undefined : Number(text)));

export const householdStepSchema = z.object({
  insurance: z.object({
    householdSize: typedNumber('householdSizeInvalid').pipe(
      z
        .number()
        .int(msg('householdSizeInvalid'))
        .min(LIMITS.householdMin, msg('householdSizeInvalid'))
        .max(LIMITS.householdMax, msg('householdSizeInvalid'))
        .optional(),
    ),
    yearlyIncome: typedNumber('yearlyIncomeInvalid').pipe(
      z
        .number()
        .min(0, msg('yearlyIncomeNegative'))
        .max(Number.MAX_SAFE_INTEGER, msg('yearlyIncomeInvalid'))
        .optional(),
    ),
  }),
});

export const trialStatusStepSchema = z.object({
  trials: z.object({
    status: requiredChoice(TRIAL_STATUSES, 'trialStatusRequired'),
  }),
});

export const trialTravelStepSchema = z.object({
  trials: z.object({
    travel: requiredChoice(TRAVEL, 'travelRequired'),
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
    date: z
      .string()
      .trim()
      .refine((text) => text === '' || isoDay.safeParse(text).success, msg('appointmentDateInvalid'))
      .transform((text) => (text === '' ? undefined : text)),
    clinician: optionalText(LIMITS.clinician, 'clinicianTooLong'),
  }),
  // Notes are not trimmed inside: a person's line breaks are kept as typed.
  notes: z
    .string()
    .max(LIMITS.notes, msg('notesTooLong'))
    .transform((text) => (text.trim() === '' ? undefined : text)),
});
