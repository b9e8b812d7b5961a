import { EMPTY_START, prepareSession, type SessionStart } from './app/session/prepare-session';
import { startLanguage, type StartingLanguage } from './content/start-language';
import { parseWithoutEval } from './domain/zod-jitless';

/*
 * Imported first by src/main.tsx, so it runs before React's own code is evaluated: the first
 * words (a chunk of their own) start downloading while the browser is still busy with React,
 * instead of after it. On a phone that is a round trip less before the first page shows.
 * Whatever is stored, the session start never fails: prepareSession sets aside what it cannot
 * read, and should it ever fail, the app opens on a fresh session rather than a blank page.
 */
// Before any schema is made (they all load later, with import()): no eval under our CSP.
parseWithoutEval();

export const earlyStart: Promise<[StartingLanguage, SessionStart]> = Promise.all([
  startLanguage(),
  prepareSession().catch(() => EMPTY_START),
]);
// Handled in main.tsx; this keeps a failed load from being reported twice before it gets there.
earlyStart.catch(() => undefined);
