import type { Snapshot } from 'xstate';
import type { parseAnswers } from '../../domain/parse-answers';
import { DEFAULT_PREFS, loadPrefs, type SessionPrefs } from '../../lib/navigator-prefs';
import { KEPT_KEY, SESSION_KEY, isKept, isParked, readSetAside, type LoadResult } from '../../lib/session-store';
import type * as SessionReader from './read-session-start';
import { storages } from './storages';

/** What the session starts from: a restored snapshot or none, and this tab's settings. */
export type SessionStart = {
  snapshot: Snapshot<unknown> | undefined;
  migrated: boolean;
  /** The raw text of a stored session that could not be opened, waiting for download or discard. */
  setAside: string | null;
  /** False when the set-aside text could not be written to storage and lives only on this screen. */
  setAsideStored: boolean;
  prefs: SessionPrefs;
  /** This tab writes a kept copy between visits. */
  kept: boolean;
  /** The time-out closed this tab's session while a kept copy waits: the welcome page offers to continue. */
  parked: boolean;
  /** The kept copy as this tab last read it: a write checks that no other tab removed it since. */
  keptRaw: string | null;
};

/** A fresh start: nothing stored, or storage out of reach. */
export const EMPTY_START: SessionStart = {
  snapshot: undefined,
  migrated: false,
  setAside: null,
  setAsideStored: true,
  prefs: DEFAULT_PREFS,
  kept: false,
  parked: false,
  keptRaw: null,
};

/** The session start from a stored session's reading (undefined when nothing was stored) and this tab's settings. */
export function fromResult(result: LoadResult | undefined, stores: { session: Storage; local: Storage }): SessionStart {
  const parked = isParked(stores.session, stores.local);
  const kept = !parked && isKept(stores.local);
  const setAside = result?.kind === 'set-aside' ? result.raw : readSetAside(stores.session);
  return {
    snapshot: result?.kind === 'restored' ? result.snapshot : undefined,
    migrated: result?.kind === 'restored' && result.migratedFrom !== undefined,
    setAside,
    setAsideStored: result?.kind === 'set-aside' ? result.stored : true,
    prefs: loadPrefs(stores.session),
    kept,
    parked,
    keptRaw: kept ? stores.local.getItem(KEPT_KEY) : null,
  };
}

/**
 * Prepares the session before the first render. The answers checker (and with it zod) and the
 * navigator machine are fetched only when there is a stored session to check, so a fresh visit
 * loads none of them before its first page shows (docs/decisions/0011-first-screen.md). It never
 * rejects: whatever is stored, the app starts (a stored value it could not check is set aside).
 */
export async function prepareSession(): Promise<SessionStart> {
  const stores = storages();
  if (!stores) return EMPTY_START;
  try {
    const hasStored = stores.session.getItem(SESSION_KEY) !== null || stores.local.getItem(KEPT_KEY) !== null;
    if (!hasStored) return fromResult(undefined, stores);
    let reader: typeof SessionReader;
    try {
      reader = await import('./read-session-start');
    } catch {
      // The reader could not be fetched (a flaky connection): nothing unchecked is restored, nothing
      // is dropped; the stored session stays where it is for the next load.
      return fromResult(undefined, stores);
    }
    let parse: typeof parseAnswers;
    try {
      parse = (await import('../../domain/parse-answers')).parseAnswers;
    } catch {
      // The checker could not be fetched (a flaky connection): nothing unchecked is restored, nothing is dropped.
      parse = () => ({ ok: false, problems: [] });
    }
    return reader.readSessionStart(parse);
  } catch {
    return EMPTY_START;
  }
}
