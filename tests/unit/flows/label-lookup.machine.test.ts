import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, initialTransition, transition, waitFor } from 'xstate';
import {
  labelLookupMachine,
  type LabelLookupFailure,
  type LabelLookupInput,
  type LabelLookupOutcome,
} from '../../../flows/label-lookup.machine';
import type { LabelLookup } from '../../../src/domain/answers.schema';

const TODAY = '2026-11-30';
const FOUND: LabelLookup = {
  retrievedOn: TODAY,
  query: 'olaparib',
  labels: [
    {
      setId: 'set-1',
      effectiveDate: '2025-01-02',
      brandNames: ['LYNPARZA'],
      genericNames: ['OLAPARIB'],
      applicationNumbers: ['NDA208558'],
      indications: 'LYNPARZA is indicated for the maintenance treatment of adult patients with deleterious or suspected deleterious gBRCAm metastatic pancreatic adenocarcinoma.',
    },
  ],
};
const OLD: LabelLookup = { ...FOUND, retrievedOn: '2026-09-01' };

const start = (kept?: LabelLookup) => initialTransition(labelLookupMachine, { kept })[0];
const send = (snapshot: ReturnType<typeof start>, event: Parameters<typeof transition<typeof labelLookupMachine>>[2]) =>
  transition(labelLookupMachine, snapshot, event)[0];
/** What the lookup actor reports when it finishes (the event XState sends for the invoked actor). */
const done = (output: LabelLookupOutcome) => ({ type: 'xstate.done.actor.lookUpLabel', output, actorId: 'lookUpLabel' }) as never;
const ask = { type: 'lookup.start', query: ' olaparib ', today: TODAY } as const;

describe('label lookup machine: its life as transitions', () => {
  it('starts by asking, and sends nothing until the person presses the button', () => {
    const [snapshot, actions] = initialTransition(labelLookupMachine, { kept: undefined });
    expect(snapshot.value).toBe('asked');
    expect(actions.some((action) => action.type === 'xstate.spawnChild')).toBe(false);
  });

  it('starts on the kept lookup when the answers already hold one', () => {
    const snapshot = start(OLD);
    expect(snapshot.value).toBe('kept');
    expect(snapshot.context.kept).toEqual(OLD);
  });

  it('waits after the press, with the trimmed name and the day the page gave; the lookup is started then', () => {
    const [waiting, actions] = transition(labelLookupMachine, start(), ask);
    expect(waiting.value).toBe('waiting');
    expect(waiting.context).toMatchObject({ query: 'olaparib', today: TODAY });
    expect(actions.some((action) => action.type === 'xstate.spawnChild')).toBe(true);
  });

  it('refuses to look up an empty name or without a day', () => {
    expect(send(start(), { type: 'lookup.start', query: '  ', today: TODAY }).value).toBe('asked');
    expect(send(start(), { type: 'lookup.start', query: 'olaparib', today: '' }).value).toBe('asked');
  });

  it('shows what was found, and keeps it only when the person says so', () => {
    const found = send(send(start(), ask), done({ ok: true, lookup: FOUND }));
    expect(found.value).toBe('found');
    expect(found.context.found).toEqual(FOUND);
    expect(found.context.kept).toBeNull();
    const kept = send(found, { type: 'lookup.keep' });
    expect(kept.value).toBe('kept');
    expect(kept.context.kept).toEqual(FOUND);
  });

  it.each<LabelLookupFailure>(['offline', 'rate-limited', 'server-error', 'unreadable'])('a %s failure is shown and can be tried again, never kept', (failure) => {
    const failed = send(send(start(), ask), done({ ok: false, failure }));
    expect(failed.value).toBe('failed');
    expect(failed.context.failure).toBe(failure);
    expect(send(failed, { type: 'lookup.keep' }).value).toBe('failed');
    expect(send(failed, ask).value).toBe('waiting');
  });

  it('a failure leaves a lookup kept earlier as it was', () => {
    const failed = send(send(start(OLD), ask), done({ ok: false, failure: 'offline' }));
    expect(failed.value).toBe('failed');
    expect(failed.context.kept).toEqual(OLD);
  });

  it('"no label under this name" (404 or no label of that drug) can be kept: the rules then say so', () => {
    const outputs: LabelLookupOutcome[] = [
      { ok: false, failure: 'not-found' },
      { ok: true, lookup: { ...FOUND, labels: [] } },
    ];
    for (const output of outputs) {
      const failed = send(send(start(), ask), done(output));
      expect(failed.value).toBe('failed');
      expect(failed.context.failure).toBe('not-found');
      const kept = send(failed, { type: 'lookup.keep' });
      expect(kept.value).toBe('kept');
      expect(kept.context.kept).toEqual({ retrievedOn: TODAY, query: 'olaparib', labels: [] });
    }
  });

  it('an error thrown by the lookup is a failure to read the answer', () => {
    const failed = send(send(start(), ask), { type: 'xstate.error.actor.lookUpLabel', error: new Error('boom'), actorId: 'lookUpLabel' } as never);
    expect(failed.value).toBe('failed');
    expect(failed.context.failure).toBe('unreadable');
  });

  it('one lookup at a time: pressing again while waiting does nothing; cancel goes back to asking', () => {
    const waiting = send(start(), ask);
    expect(send(waiting, { type: 'lookup.start', query: 'niraparib', today: TODAY }).context.query).toBe('olaparib');
    expect(send(waiting, { type: 'lookup.cancel' }).value).toBe('asked');
  });

  it('a kept lookup can be looked up again (an old one, or a new name)', () => {
    const again = send(start(OLD), ask);
    expect(again.value).toBe('waiting');
    const kept = send(send(again, done({ ok: true, lookup: FOUND })), { type: 'lookup.keep' });
    expect(kept.context.kept?.retrievedOn).toBe(TODAY);
  });
});

describe('label lookup machine: running with a provided lookup', () => {
  it('hands the lookup only the name and the day, and ends found', async () => {
    const calls: LabelLookupInput[] = [];
    const machine = labelLookupMachine.provide({
      actors: {
        lookUpLabel: fromPromise<LabelLookupOutcome, LabelLookupInput>(({ input }) => {
          calls.push(input);
          return Promise.resolve({ ok: true, lookup: FOUND });
        }),
      },
    });
    const actor = createActor(machine, { input: { kept: undefined } }).start();
    actor.send(ask);
    await waitFor(actor, (snapshot) => snapshot.matches('found'));
    expect(calls).toEqual([{ query: 'olaparib', today: TODAY }]);
    actor.stop();
  });

  it('aborts the lookup when it is cancelled', async () => {
    let aborted = false;
    const machine = labelLookupMachine.provide({
      actors: {
        lookUpLabel: fromPromise<LabelLookupOutcome, LabelLookupInput>(
          ({ signal }) =>
            new Promise((resolve) => {
              signal.addEventListener('abort', () => {
                aborted = true;
                resolve({ ok: false, failure: 'offline' });
              });
            }),
        ),
      },
    });
    const actor = createActor(machine, { input: { kept: undefined } }).start();
    actor.send(ask);
    actor.send({ type: 'lookup.cancel' });
    await waitFor(actor, (snapshot) => snapshot.matches('asked'));
    expect(aborted).toBe(true);
    actor.stop();
  });
});
