import type { Snapshot } from 'xstate';
import { navigatorMachine } from '../../../flows/navigator.machine';
import type { parseAnswers } from '../../domain/parse-answers';
import { DEFAULT_PREFS, loadPrefs, type SessionPrefs } from '../../lib/navigator-prefs';
import { KEPT_KEY, SESSION_KEY, isKept, loadSession, readSetAside } from '../../lib/session-store';
import { storages } from './storages';

/** What the session starts from: a restored snapshot or none, and this tab's settings. */
export type SessionStart = {
  snapshot: Snapshot<unknown> | undefined;
  migrated: boolean;
  setAside: string | null;
  prefs: SessionPrefs;
  kept: boolean;
};

/**
 * Reads this tab's session (or the kept copy) with the engine's parseAnswers. Synchronous, for
 * callers that already have the parser; the app itself goes through prepareSession().
 */
export function readSessionStart(parse: typeof parseAnswers | undefined): SessionStart {
  const stores = storages();
  if (!stores) return { snapshot: undefined, migrated: false, setAside: null, prefs: DEFAULT_PREFS, kept: false };
  const result = parse ? loadSession(stores, { machine: navigatorMachine, parse }) : undefined;
  return {
    snapshot: result?.kind === 'restored' ? result.snapshot : undefined,
    migrated: result?.kind === 'restored' && result.migratedFrom !== undefined,
    setAside: readSetAside(stores.session),
    prefs: loadPrefs(stores.session),
    kept: isKept(stores.local),
  };
}

/**
 * Prepares the session before the first render. The answers checker (and with it zod) is fetched
 * only when there is a stored session to check, so a fresh visit loads none of it.
 */
export async function prepareSession(): Promise<SessionStart> {
  const stores = storages();
  const hasStored = stores !== null && (stores.session.getItem(SESSION_KEY) !== null || stores.local.getItem(KEPT_KEY) !== null);
  const parse = hasStored ? (await import('../../domain/parse-answers')).parseAnswers : undefined;
  return readSessionStart(parse);
}
