import * as z from 'zod/mini';
import { FILLED_BY } from './answers-constants';
import type { StepErrorKey } from './step-schema-helpers';

const filledByRequired: StepErrorKey = 'filledByRequired';

/**
 * The welcome page: who is filling this in. Written with zod's small build ("zod/mini") because it
 * is the first screen's only schema; the other pages use the full build, which loads with them.
 * As in step-schema-helpers.ts' requiredChoice, an unticked radio group arrives as null or
 * undefined, and the message is a key the page looks up in the words.
 */
export const welcomeStepSchema = z.object({
  filledBy: z.pipe(
    z.nullish(z.enum(FILLED_BY, { error: filledByRequired })),
    z.transform((value, ctx) => {
      if (value === null || value === undefined) {
        ctx.issues.push({ code: 'custom', message: filledByRequired, input: value });
        return z.NEVER;
      }
      return value;
    }),
  ),
});
