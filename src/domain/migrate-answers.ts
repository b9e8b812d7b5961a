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
 * Every migration the code knows, oldest first. Version 1 is the first version, so there is
 * nothing to migrate yet. When a change breaks old files: bump SCHEMA_VERSION and add a step here
 * from the previous version (issue 5 restores stored sessions through this).
 */
export const MIGRATIONS: readonly Migration[] = [];

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
