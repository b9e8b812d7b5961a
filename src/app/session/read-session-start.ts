import { navigatorMachine } from '../../../flows/navigator.machine';
import type { parseAnswers } from '../../domain/parse-answers';
import { loadSession } from '../../lib/session-store';
import { EMPTY_START, fromResult, type SessionStart } from './prepare-session';
import { storages } from './storages';

/**
 * Reads this tab's session (or the kept copy) with the engine's parseAnswers. Synchronous, for
 * callers that already have the parser; the app itself goes through prepareSession(), which loads
 * this module (and the machine with it) only when something is stored.
 */
export function readSessionStart(parse: typeof parseAnswers | undefined): SessionStart {
  const stores = storages();
  if (!stores) return EMPTY_START;
  const result = parse ? loadSession(stores, { machine: navigatorMachine, parse }) : undefined;
  return fromResult(result, stores);
}
