import type { Snapshot } from 'xstate';
import { navigatorMachine } from '../../../flows/navigator.machine';
import type { parseAnswers } from '../../domain/parse-answers';
import { DEFAULT_PREFS, loadPrefs, type SessionPrefs } from '../../lib/navigator-prefs';
import { KEPT_KEY, SESSION_KEY, isKept, isParked, loadSession, readSetAside, type LoadResult } from '../../lib/session-store';
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

function fromResult(result: LoadResult | undefined, stores: { session: Storage; local: Storage }): SessionStart {
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
 * Reads this tab's session (or the kept copy) with the engine's parseAnswers. Synchronous, for
 * callers that already have the parser; the app itself goes through prepareSession().
 */
export function readSessionStart(parse: typeof parseAnswers | undefined): SessionStart {
  const stores = storages();
  if (!stores) return EMPTY_START;
  const result = parse ? loadSession(stores, { machine: navigatorMachine, parse }) : undefined;
  return fromResult(result, stores);
}

/**
 * Prepares the session before the first render. The answers checker (and with it zod) is fetched
 * only when there is a stored session to check, so a fresh visit loads none of it. It never
 * rejects: whatever is stored, the app starts (a stored value it could not check is set aside).
 */
export async function prepareSession(): Promise<SessionStart> {
  const stores = storages();
  if (!stores) return EMPTY_START;
  try {
    const hasStored = stores.session.getItem(SESSION_KEY) !== null || stores.local.getItem(KEPT_KEY) !== null;
    if (!hasStored) return readSessionStart(undefined);
    let parse: typeof parseAnswers;
    try {
      parse = (await import('../../domain/parse-answers')).parseAnswers;
    } catch {
      // The checker could not be fetched (a flaky connection): nothing unchecked is restored, nothing is dropped.
      parse = () => ({ ok: false, problems: [] });
    }
    return readSessionStart(parse);
  } catch {
    return EMPTY_START;
  }
}
