import { z } from 'zod';
import { SCHEMA_VERSION } from './answers-constants';

export const PATHWAY_IDS = ['off-label', 'expanded-access', 'right-to-try', 'patient-assistance', 'clinical-trials'] as const;
export const FITS = ['strong', 'possible', 'unlikely'] as const;

export const reasonSchema = z.strictObject({
  text: z.string().min(1),
  basedOn: z.array(z.string().min(1)).min(1),
  /** The decision-table row behind this reason (e.g. "OL-4"), shown to navigators. */
  rule: z.string().min(1).optional(),
});

export const contactSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().min(1).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  source: z.url({ protocol: /^https$/ }),
});

export const pathwayResultSchema = z.strictObject({
  id: z.enum(PATHWAY_IDS),
  fit: z.enum(FITS),
  reasons: z.array(reasonSchema).min(1),
  steps: z.array(z.string().min(1)),
  questions: z.array(z.string().min(1)),
  contacts: z.array(contactSchema),
});

export const firstStepSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  basedOn: z.array(z.string().min(1)),
});

/** A date that matters, e.g. the last day to appeal a refusal (version 2). */
export const deadlineSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  date: z.iso.date(),
  basedOn: z.array(z.string().min(1)).min(1),
});

/** At most this many questions are chosen for the appointment; at least the smaller of 3 and all there are. */
export const TOP_QUESTIONS_MAX = 5;
export const TOP_QUESTIONS_MIN = 3;

/** The evaluation: what the rules say about one answers file. */
export const evaluationSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  pathways: z.array(pathwayResultSchema).length(PATHWAY_IDS.length),
  firstSteps: z.array(firstStepSchema),
  /** Version 2: the questions for the appointment, most important first, chosen from the pathways' questions. */
  topQuestions: z.array(z.string().min(1)).max(TOP_QUESTIONS_MAX),
  /** Version 2: dates that matter (e.g. the last day to appeal), computed from the answers alone. */
  deadlines: z.array(deadlineSchema),
  missing: z.array(z.string().min(1)),
});

export type PathwayId = (typeof PATHWAY_IDS)[number];
export type Fit = (typeof FITS)[number];
export type Reason = z.output<typeof reasonSchema>;
export type Contact = z.output<typeof contactSchema>;
export type PathwayResult = z.output<typeof pathwayResultSchema>;
export type FirstStep = z.output<typeof firstStepSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type Evaluation = z.output<typeof evaluationSchema>;
