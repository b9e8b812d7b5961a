import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../../flows/blank-snapshot';
import { navigatorMachine } from '../../../flows/navigator.machine';

describe('the blank snapshot the shell keeps before the machine has loaded', () => {
  it('is what a fresh actor of the navigator machine persists', () => {
    const actor = createActor(navigatorMachine).start();
    expect(JSON.parse(JSON.stringify(blankSnapshot()))).toEqual(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    actor.stop();
  });

  it('restores to the welcome page with no answers', () => {
    const actor = createActor(navigatorMachine, { snapshot: blankSnapshot() }).start();
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.answers).toEqual(createActor(navigatorMachine).getSnapshot().context.answers);
    actor.stop();
  });
});
