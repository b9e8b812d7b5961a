import type { Snapshot } from 'xstate';
import { SCHEMA_VERSION } from '../src/domain/answers-constants';

/**
 * The navigator machine's persisted snapshot before anything is answered: the welcome page, no
 * answers. Written by hand so that the shell can keep a copy between visits from the first welcome
 * page, before the machine's code has loaded (docs/decisions/0011-first-screen.md); a unit test
 * holds it equal to what a fresh actor of the machine persists.
 */
export function blankSnapshot(): Snapshot<unknown> {
  return {
    status: 'active',
    value: 'welcome',
    context: { answers: { schemaVersion: SCHEMA_VERSION }, returnToReview: false },
    children: {},
    historyValue: {},
  } as unknown as Snapshot<unknown>;
}
