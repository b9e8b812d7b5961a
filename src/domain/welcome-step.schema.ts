import { z } from 'zod';
import { FILLED_BY } from './answers.schema';
import { requiredChoice } from './step-schema-helpers';

/** The welcome page: who is filling this in. */
export const welcomeStepSchema = z.object({
  filledBy: requiredChoice(FILLED_BY, 'filledByRequired'),
});
