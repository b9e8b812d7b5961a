import type { AnyStateMachine, Snapshot } from 'xstate';
import { SCHEMA_VERSION } from '../domain/answers-constants';
import type { Migration } from '../domain/migrate-answers';
import type { parseAnswers } from '../domain/parse-answers';

/*
 * Keeps the wizard's persisted snapshot in this tab's sessionStorage (and in localStorage only when
 * the person opts in), wrapped with the answers schema version so that an older session can be
 * migrated. A stored value that cannot be trusted is set aside under its own key, never dropped:
 * the person decides whether to download it or discard it.
 */

/**
 * Every key this app writes starts with this (the language choice too, as
 * "treatment-access-navigator.lang"), so that clearing can find them all.
 */
export const STORAGE_PREFIX = 'treatment-access-navigator';
/** The current session, in sessionStorage (this tab only). */
export const SESSION_KEY = `${STORAGE_PREFIX}:session`;
/** A copy kept between visits, in localStorage, only after the person opts in. */
export const KEPT_KEY = `${STORAGE_PREFIX}:kept-session`;
/** A stored session that could not be read, waiting for the person to download or discard it. */
export const SET_ASIDE_KEY = `${STORAGE_PREFIX}:set-aside`;
/**
 * Set in this tab's sessionStorage when the time-out closed a kept session: a reload of this tab
 * then shows the welcome page with the offer to continue, not the kept answers.
 */
export const PARKED_KEY = `${STORAGE_PREFIX}:parked`;
/**
 * Written to localStorage and removed at once when a session ends (finish and clear, or the
 * time-out): the other tabs of the app hear it through the `storage` event and end theirs too.
 * Nothing stays behind.
 */
export const ENDED_KEY = `${STORAGE_PREFIX}:ended`;
/** The wrapper's own format, separate from the answers schema version. */
export const SESSION_FORMAT = 1;

/** The part of the Web Storage API this module uses; tests pass a Map-backed fake or jsdom's. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is written to storage. */
export type StoredSession = {
  format: typeof SESSION_FORMAT;
  schemaVersion: number;
  savedAt?: string;
  snapshot: unknown;
};

export type SetAsideReason =
  | 'not-json'
  | 'unknown-format'
  | 'future-version'
  | 'unmigratable'
  | 'invalid-answers'
  | 'invalid-state';

export type RestoreResult =
  | { kind: 'empty' }
  | { kind: 'restored'; snapshot: Snapshot<unknown>; migratedFrom?: number; savedAt?: string }
  | { kind: 'set-aside'; raw: string; reason: SetAsideReason };

/** What loadSession found; a set-aside value says whether it could be written under SET_ASIDE_KEY. */
export type LoadResult = Exclude<RestoreResult, { kind: 'set-aside' }> | (Extract<RestoreResult, { kind: 'set-aside' }> & { stored: boolean });

type RestoreDeps = {
  /** The machine the snapshot must fit: its state value is checked against it. */
  machine: AnyStateMachine;
  /**
   * The engine's parseAnswers, passed in so that zod loads only when there is a stored session to
   * check (see src/app/session/prepare-session.ts): the first screen stays light.
   */
  parse: typeof parseAnswers;
  /** The engine's migrations; tests pass a registry with a fake older version. */
  migrations?: readonly Migration[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wraps a persisted snapshot for storage; the time is passed in so this stays pure. */
export function wrapSnapshot(snapshot: Snapshot<unknown>, savedAt?: Date): StoredSession {
  return {
    format: SESSION_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...(savedAt ? { savedAt: savedAt.toISOString() } : {}),
    snapshot,
  };
}

/** Reads a stored session back: a snapshot to restore, nothing, or the raw text set aside with a reason. */
export function readStoredSession(raw: string | null, deps: RestoreDeps): RestoreResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  const setAside = (reason: SetAsideReason): RestoreResult => ({ kind: 'set-aside', raw, reason });

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return setAside('not-json');
  }
  if (
    !isRecord(parsed) ||
    parsed.format !== SESSION_FORMAT ||
    typeof parsed.schemaVersion !== 'number' ||
    !Number.isInteger(parsed.schemaVersion) ||
    !isRecord(parsed.snapshot)
  ) {
    return setAside('unknown-format');
  }
  const { schemaVersion, snapshot } = parsed;
  if (schemaVersion > SCHEMA_VERSION) return setAside('future-version');
  if (snapshot.status !== 'active' || !isRecord(snapshot.context) || !isRecord(snapshot.children ?? {})) {
    return setAside('invalid-state');
  }

  // The engine's one way in: older answers are migrated through its registry, then checked.
  const answers = snapshot.context.answers;
  const checked = deps.parse(answers, deps.migrations ? { migrations: deps.migrations } : {});
  if (!checked.ok) {
    const versionProblem = checked.problems.find((problem) => problem.path === 'schemaVersion');
    if (versionProblem?.kind === 'version-newer') return setAside('future-version');
    if (versionProblem?.kind === 'version-unsupported' || versionProblem?.kind === 'migration-failed') return setAside('unmigratable');
    return setAside('invalid-answers');
  }
  const answersVersion = (answers as { schemaVersion: number }).schemaVersion;
  const migratedFrom = answersVersion < SCHEMA_VERSION ? answersVersion : undefined;

  const context = { ...snapshot.context, answers: checked.answers };
  try {
    // Throws when the state value names a state this machine does not have.
    deps.machine.resolveState({ value: snapshot.value as never, context });
  } catch {
    return setAside('invalid-state');
  }

  // Checked above: an active status, a known state value, a context whose answers pass the schema.
  const restored = { ...snapshot, context, children: snapshot.children ?? {} } as unknown as Snapshot<unknown>;
  return {
    kind: 'restored',
    snapshot: restored,
    ...(migratedFrom !== undefined ? { migratedFrom } : {}),
    ...(typeof parsed.savedAt === 'string' ? { savedAt: parsed.savedAt } : {}),
  };
}

/** Writes the snapshot under `key` (the tab's session by default). */
export function saveSession(store: KeyValueStore, snapshot: Snapshot<unknown>, savedAt?: Date, key = SESSION_KEY): void {
  store.setItem(key, JSON.stringify(wrapSnapshot(snapshot, savedAt)));
}

/**
 * Restores this tab's session, or the kept copy when the tab has none (and the time-out has not
 * closed it, see PARKED_KEY). A value that cannot be trusted is moved to SET_ASIDE_KEY so that the
 * new session cannot overwrite it. Any value, of any size, gives a result and never throws: when
 * the storage is too full to hold the set-aside copy beside the original, the original is removed
 * first; when even that does not fit, the copy is only in memory (`stored: false`) and the notice
 * says to download it now.
 */
export function loadSession(stores: { session: KeyValueStore; local: KeyValueStore }, deps: RestoreDeps): LoadResult {
  const fromTab = stores.session.getItem(SESSION_KEY);
  const parked = stores.session.getItem(PARKED_KEY) !== null;
  if (fromTab === null && parked) return { kind: 'empty' };
  const source = fromTab !== null ? { store: stores.session, key: SESSION_KEY } : { store: stores.local, key: KEPT_KEY };
  const result = readStoredSession(fromTab ?? stores.local.getItem(KEPT_KEY), deps);
  if (result.kind !== 'set-aside') return result;
  return { ...result, stored: moveAside(stores.session, source, result.raw) };
}

function tryWrite(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Moves a stored value to SET_ASIDE_KEY; false when it could not be written anywhere. */
function moveAside(session: KeyValueStore, source: { store: KeyValueStore; key: string }, raw: string): boolean {
  if (tryWrite(session, SET_ASIDE_KEY, raw)) {
    source.store.removeItem(source.key);
    return true;
  }
  // Too big to hold twice: the original goes first (the text is still in memory), then the copy.
  source.store.removeItem(source.key);
  return tryWrite(session, SET_ASIDE_KEY, raw);
}

/** What happened to a write of the kept copy. */
export type KeptWrite = { kind: 'written'; raw: string } | { kind: 'removed-elsewhere' };

/**
 * Writes the kept copy between visits, unless it was removed since this tab last wrote it
 * (`lastWritten`): another tab finished and cleared, or turned keeping off, and this tab must not
 * write those answers back. Throws when the storage refuses the write (full or blocked).
 */
export function writeKeptCopy(local: KeyValueStore, snapshot: Snapshot<unknown>, savedAt: Date, lastWritten: string | null): KeptWrite {
  if (lastWritten !== null && local.getItem(KEPT_KEY) === null) return { kind: 'removed-elsewhere' };
  const raw = JSON.stringify(wrapSnapshot(snapshot, savedAt));
  local.setItem(KEPT_KEY, raw);
  return { kind: 'written', raw };
}

/** Why a session ended, as told to the other tabs. */
export type EndReason = 'finished' | 'timeout';

/** Tells the other tabs that the session ended: a `storage` event there, and no key left here. */
export function announceEnd(local: KeyValueStore, reason: EndReason, now: Date): void {
  try {
    local.setItem(ENDED_KEY, JSON.stringify({ reason, at: now.toISOString() }));
  } catch {
    // Storage full or blocked: the other tabs still hear the kept copy go, and their writes check for it.
  }
  local.removeItem(ENDED_KEY);
}

/** Reads the reason out of an ENDED_KEY value heard from another tab; null for anything else. */
export function readEndSignal(value: string | null): EndReason | null {
  if (value === null) return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return isRecord(parsed) && (parsed.reason === 'finished' || parsed.reason === 'timeout') ? parsed.reason : null;
  } catch {
    return null;
  }
}

/** Marks this tab's session as closed by the time-out while a kept copy waits (see PARKED_KEY). */
export function park(session: KeyValueStore): void {
  session.setItem(PARKED_KEY, '1');
}

/** The person chose to continue with the kept copy (or to delete it): the tab is no longer parked. */
export function unpark(session: KeyValueStore): void {
  session.removeItem(PARKED_KEY);
}

/** Whether this tab's session was closed by the time-out while a kept copy waits. */
export function isParked(session: KeyValueStore, local: KeyValueStore): boolean {
  return session.getItem(PARKED_KEY) !== null && local.getItem(KEPT_KEY) !== null;
}

/** The raw text of a session set aside earlier in this tab, if any. */
export function readSetAside(store: KeyValueStore): string | null {
  return store.getItem(SET_ASIDE_KEY);
}

/** Forgets the set-aside session after the person chose to discard it. */
export function discardSetAside(store: KeyValueStore): void {
  store.removeItem(SET_ASIDE_KEY);
}

/** Whether the person opted in to keeping answers between visits. */
export function isKept(local: KeyValueStore): boolean {
  return local.getItem(KEPT_KEY) !== null;
}

/** Stops keeping answers between visits and deletes the kept copy. */
export function stopKeeping(local: KeyValueStore): void {
  local.removeItem(KEPT_KEY);
}

/** The storage areas that clearing wipes; `Storage` adds `key` and `length` to find our keys. */
type EnumerableStore = KeyValueStore & Pick<Storage, 'key' | 'length'>;

/** Removes every key this app wrote from each store, and nothing else. */
export function removeOurKeys(...stores: EnumerableStore[]): void {
  for (const store of stores) {
    const ours: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) ours.push(key);
    }
    for (const key of ours) store.removeItem(key);
  }
}
