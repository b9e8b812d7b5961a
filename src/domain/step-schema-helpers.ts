import { z } from 'zod';

/**
 * The building blocks of the wizard's page schemas (src/domain/step-schemas.ts and
 * welcome-step.schema.ts, which stands alone so the first page loads no other page's schema).
 *
 * Messages are keys, not words: the page looks each key up in the content bundle, so the same
 * schema serves every language and a person never reads "Invalid input".
 */
export const STEP_ERROR_KEYS = [
  'filledByRequired',
  'cancerTypeRequired',
  'cancerTypeOtherRequired',
  'cancerTypeOtherTooLong',
  'stageRequired',
  'ageInvalid',
  'testingRequired',
  'germlineTestingRequired',
  'germlineFindingTooLong',
  'germlineFindingsTooMany',
  'findingTooLong',
  'findingsTooMany',
  'treatmentNameRequired',
  'treatmentNameTooLong',
  'treatmentOutcomeRequired',
  'treatmentsTooMany',
  'standardOptionsLeftRequired',
  'drugNameTooLong',
  'approvalRequired',
  'givenHowInvalid',
  'residenceStateRequired',
  'coverageRequired',
  'secondaryRequired',
  'deniedBeforeInvalid',
  'deniedOnInvalid',
  'costConcernRequired',
  'householdSizeInvalid',
  'yearlyIncomeInvalid',
  'yearlyIncomeUnclear',
  'yearlyIncomeNegative',
  'trialStatusRequired',
  'travelRequired',
  'zipInvalid',
  'oncologistOpenToHelpRequired',
  'settingRequired',
  'appointmentDateInvalid',
  'clinicianTooLong',
  'notesTooLong',
] as const;

export type StepErrorKey = (typeof STEP_ERROR_KEYS)[number];

/** A zod error parameter carrying a message key. */
export const msg = (key: StepErrorKey) => ({ error: key });

/** A text box: trimmed; empty means "not answered". */
export const optionalText = (max: number, tooLong: StepErrorKey) =>
  z
    .string(msg(tooLong))
    .trim()
    .max(max, msg(tooLong))
    .transform((value) => (value === '' ? undefined : value));

/**
 * A group of radios that must be answered. An unticked group arrives as null (or undefined for a
 * new list item), so the form may hold "nothing yet" while the answer may not.
 */
export const requiredChoice = <const T extends readonly [string, ...string[]]>(values: T, required: StepErrorKey) =>
  z
    .enum(values, msg(required))
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined) {
        ctx.addIssue({ code: 'custom', message: required });
        return z.NEVER;
      }
      return value;
    });

/** A group of radios marked "(optional)": unticked becomes undefined (clears an old answer). */
export const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T, invalid: StepErrorKey) =>
  z
    .enum(values, msg(invalid))
    .nullish()
    .transform((value) => value ?? undefined);

