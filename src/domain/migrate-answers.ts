import { SCHEMA_VERSION } from './answers-constants';

/** A plain JSON object as read from a file or from storage, before validation. */
export type RawAnswers = Record<string, unknown>;

/**
 * One step from an older answers version to the next. `migrate` receives a copy it may change
 * and returns the file in version `to` (including the new `schemaVersion`).
 */
export type Migration = {
  from: number;
  to: number;
  /** What changed, for the changelog and for reviewers. */
  description: string;
  migrate: (old: RawAnswers) => RawAnswers;
};

/**
 * Version 1 to 2. Version 2 only adds optional fields (age, inherited testing, how the drug is
 * given, a second coverage, the date of a refusal, saved lookups) and one approval value
 * ("approved-outside-us-only"); nothing was renamed or removed, so a version-1 file means the same
 * in version 2 once its version is raised. The step still names each field it keeps, so a later
 * reader sees that nothing else was touched.
 */
export const MIGRATE_1_TO_2: Migration = {
  from: 1,
  to: 2,
  description: 'Version 2 adds optional fields and the approval value approved-outside-us-only; version-1 answers keep their meaning.',
  migrate: (old) => ({ ...old, schemaVersion: 2 }),
};

/**
 * Every migration the code knows, oldest first. When a change breaks old files: bump
 * SCHEMA_VERSION and add a step here from the previous version (stored sessions, imported files
 * and the command line all read through parseAnswers, which walks these steps).
 */
export const MIGRATIONS: readonly Migration[] = [MIGRATE_1_TO_2];

export type MigrationResult =
  | { ok: true; answers: RawAnswers }
  | { ok: false; reason: 'no-path'; from: number }
  | { ok: false; reason: 'step-failed'; from: number; to: number };

/** Brings an older answers object up to `target`, one registered step at a time. */
export function migrateAnswers(
  raw: RawAnswers,
  fromVersion: number,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  let current: RawAnswers = structuredClone(raw);
  let version = fromVersion;
  while (version < target) {
    const step = registry.find((m) => m.from === version);
    if (!step || step.to <= version || step.to > target) return { ok: false, reason: 'no-path', from: fromVersion };
    try {
      current = step.migrate(structuredClone(current));
    } catch {
      // A migration that throws on odd old data must not crash the caller: refuse the file instead.
      return { ok: false, reason: 'step-failed', from: step.from, to: step.to };
    }
    if (current.schemaVersion !== step.to) return { ok: false, reason: 'step-failed', from: step.from, to: step.to };
    version = step.to;
  }
  return { ok: true, answers: current };
}
