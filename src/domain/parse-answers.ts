import type { z } from 'zod';
import { answersSchema, type Answers } from './answers.schema';
import { SCHEMA_VERSION } from './answers-constants';
import type { ExpectedType, Problem, Received } from './answer-problems';
import { MIGRATIONS, migrateAnswers, type Migration, type RawAnswers } from './migrate-answers';

declare const checked: unique symbol;
/** Answers that came through parseAnswers: the only kind an import may hand to the wizard. */
export type CheckedAnswers = Answers & { readonly [checked]: true };

export type ParseResult = { ok: true; answers: CheckedAnswers } | { ok: false; problems: Problem[] };

/** Options for tests and for callers that restore files from other versions. */
export type ParseOptions = { migrations?: readonly Migration[] };

/**
 * Checks an answers object from anywhere (a file, storage, an import) and says either "usable" or
 * every problem, each naming its field path. Older versions are migrated; newer ones are refused.
 */
export function parseAnswers(input: unknown, options: ParseOptions = {}): ParseResult {
  if (!isPlainObject(input)) {
    return refuse({ path: '', kind: 'not-an-object', received: describeValue(input) });
  }
  const version = input.schemaVersion;
  if (version === undefined) {
    return refuse({ path: 'schemaVersion', kind: 'version-missing', supported: SCHEMA_VERSION });
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse({ path: 'schemaVersion', kind: 'version-invalid', received: describeValue(version), supported: SCHEMA_VERSION });
  }
  if (version > SCHEMA_VERSION) {
    // A newer file may mean something this code cannot know: refuse, never guess.
    return refuse({ path: 'schemaVersion', kind: 'version-newer', found: version, supported: SCHEMA_VERSION });
  }
  let raw: RawAnswers = input;
  if (version < SCHEMA_VERSION) {
    const migrated = migrateAnswers(input, version, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) {
      return migrated.reason === 'no-path'
        ? refuse({ path: 'schemaVersion', kind: 'version-unsupported', found: version, supported: SCHEMA_VERSION })
        : refuse({ path: 'schemaVersion', kind: 'migration-failed', from: migrated.from, to: migrated.to });
    }
    raw = migrated.answers;
  }
  const parsed = answersSchema.safeParse(raw);
  // The brand is a type only: it records that zod accepted these answers.
  if (parsed.success) return { ok: true, answers: parsed.data as CheckedAnswers };
  return { ok: false, problems: dedupe(parsed.error.issues.flatMap((issue) => toProblems(issue, raw))) };
}

function refuse(problem: Problem): ParseResult {
  return { ok: false, problems: [problem] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_SHOWN = 40;

/** A short, safe picture of a value for a message: the value itself when it is short text or a number. */
export function describeValue(value: unknown): Received {
  if (value === undefined) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'string') return { kind: 'value', shown: clip(JSON.stringify(value)) };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return { kind: 'value', shown: clip(String(value)) };
  return { kind: 'group' };
}

function clip(shown: string): string {
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const EXPECTED: Record<string, ExpectedType> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'true-or-false',
  object: 'group',
  array: 'list',
};

function toProblems(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = dotted(issue.path);
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      // Name each unknown key by its own path, so the person can find it in the file.
      return issue.keys.map((key) => ({ path: path === '' ? key : `${path}.${key}`, kind: 'unknown-key' }));
    case 'invalid_type':
      if (value === undefined) return [{ path, kind: 'required' }];
      if (issue.expected === 'int' && typeof value === 'number') return [{ path, kind: 'wrong-type', expected: 'whole-number', received: describeValue(value) }];
      return [{ path, kind: 'wrong-type', expected: EXPECTED[issue.expected] ?? 'text', received: describeValue(value) }];
    case 'invalid_value':
      if (value === undefined) return [{ path, kind: 'required' }];
      return [{ path, kind: 'not-one-of', received: describeValue(value), options: issue.values.map(String) }];
    case 'too_big':
      if (issue.origin === 'string') return [{ path, kind: 'too-long', max: Number(issue.maximum) }];
      if (issue.origin === 'array') return [{ path, kind: 'too-many', max: Number(issue.maximum) }];
      return [{ path, kind: 'too-big', max: Number(issue.maximum) }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path, kind: 'empty' }];
      return [{ path, kind: 'too-small', min: Number(issue.minimum) }];
    case 'invalid_format':
      if (issue.format === 'date') return [{ path, kind: 'bad-format', format: 'date' }];
      if (path === 'trials.zip') return [{ path, kind: 'bad-format', format: 'zip' }];
      return [{ path, kind: 'bad-format', format: 'other' }];
    default:
      return [{ path, kind: 'invalid' }];
  }
}

/**
 * One problem per field and kind. When a field breaks two limits of one kind (zod's whole-number
 * check brings its own, the largest safe integer, beside the field's own 20), the tighter one is
 * kept: it is the one the person must meet.
 */
function dedupe(problems: Problem[]): Problem[] {
  const kept = new Map<string, Problem>();
  for (const p of problems) {
    const key = `${p.path}|${p.kind}`;
    const before = kept.get(key);
    if (!before) kept.set(key, p);
    else if (p.kind === 'too-big' && before.kind === 'too-big' && p.max < before.max) kept.set(key, p);
    else if (p.kind === 'too-small' && before.kind === 'too-small' && p.min > before.min) kept.set(key, p);
  }
  return [...kept.values()];
}
