import type { Answers } from '../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../src/domain/answers-constants';
import { STEPS, stepApplies } from './steps';

/**
 * What one page submits: the top-level sections it owns, each holding only that page's fields.
 * A field set to `undefined` clears an earlier answer.
 */
export type AnswersPatch = Partial<Omit<Answers, 'schemaVersion'>>;

/** A fresh, empty answers object. */
export function emptyAnswers(): Answers {
  return { schemaVersion: SCHEMA_VERSION };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * Merges a page's patch into the answers: nested sections are merged field by field (two pages
 * share `insurance` and `trials`), arrays and plain values are replaced, `undefined` clears.
 */
export function mergeAnswers(answers: Answers, patch: AnswersPatch): Answers {
  const merged: Record<string, unknown> = { ...answers };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'schemaVersion') continue;
    const current = merged[key];
    merged[key] = isPlainObject(value) ? withoutUndefined({ ...(isPlainObject(current) ? current : {}), ...value }) : value;
  }
  // The shape is Answers: each key came from Answers or from a patch typed as a slice of it.
  return withoutUndefined(merged) as Answers;
}

/** Removes the answers at these dotted paths, and any section left empty. */
function withoutPaths(answers: Answers, paths: readonly string[]): Answers {
  const result: Record<string, unknown> = { ...answers };
  for (const path of paths) {
    const [section, field] = path.split('.');
    if (section === undefined) continue;
    if (field === undefined) {
      delete result[section];
      continue;
    }
    const current = result[section];
    if (!isPlainObject(current) || !(field in current)) continue;
    const rest = { ...current };
    delete rest[field];
    if (Object.keys(rest).length === 0) delete result[section];
    else result[section] = rest;
  }
  return result as Answers;
}

/**
 * Drops answers that an earlier answer has made pointless (findings after "testing not done",
 * income after "no cost worries", the "other" cancer text after a listed type), so that the
 * rules and the checklist never see a stale answer the person can no longer see or change.
 */
export function pruneSkippedAnswers(answers: Answers): Answers {
  const stale = STEPS.filter((step) => !stepApplies(step.id, answers)).flatMap((step) => step.owns);
  if (answers.diagnosis?.cancerType !== 'other') stale.push('diagnosis.cancerTypeOther');
  return withoutPaths(answers, stale);
}
