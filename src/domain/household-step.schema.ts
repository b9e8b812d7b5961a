import { z } from 'zod';
import { LIMITS } from './answers-constants';
import { msg } from './step-schema-helpers';
import { typedNumberField, type NumberConvention } from './typed-number';

/**
 * The household page: household size and yearly income, both optional. Its numbers are read the way
 * the language on screen writes them ("25.000" is twenty-five thousand in Spanish), so the schema is
 * made for that language's convention; a number that could mean two things is asked about, never guessed.
 */
export function householdStepSchemaFor(numbers: NumberConvention) {
  return z.object({
    insurance: z.object({
      // A household is counted in whole people: any mark in it is refused (never read as thousands).
      householdSize: typedNumberField(numbers, { invalid: 'householdSizeInvalid', unclear: 'householdSizeInvalid' }).pipe(
        z
          .number()
          .int(msg('householdSizeInvalid'))
          .min(LIMITS.householdMin, msg('householdSizeInvalid'))
          .max(LIMITS.householdMax, msg('householdSizeInvalid'))
          .optional(),
      ),
      yearlyIncome: typedNumberField(numbers, { invalid: 'yearlyIncomeInvalid', unclear: 'yearlyIncomeUnclear' }).pipe(
        z.number().min(0, msg('yearlyIncomeNegative')).max(Number.MAX_SAFE_INTEGER, msg('yearlyIncomeInvalid')).optional(),
      ),
    }),
  });
}
