import { assign, fromPromise, setup } from 'xstate';
import type { LabelLookup } from '../src/domain/answers.schema';

/** Why a lookup gave nothing to show (spec/lookups.md's table); the words live in templates/. */
export type LabelLookupFailure = 'offline' | 'not-found' | 'rate-limited' | 'server-error' | 'unreadable';

/** What one lookup came back with: the labels of that drug, or why there are none. */
export type LabelLookupOutcome = { ok: true; lookup: LabelLookup } | { ok: false; failure: LabelLookupFailure };

/** What the lookup is given: the drug name the person agreed to send, and today's date (no clock here). */
export type LabelLookupInput = { query: string; today: string };

export type LabelLookupContext = {
  /** The name sent in the last lookup (shown with its results); empty before the first. */
  query: string;
  /** The day of the last lookup, YYYY-MM-DD, from the page. */
  today: string;
  /** The labels the last lookup found, until the person keeps them or looks again. */
  found: LabelLookup | null;
  failure: LabelLookupFailure | null;
  /** The lookup the person kept with their answers (from earlier, or just now). */
  kept: LabelLookup | null;
};

export type LabelLookupEvent =
  /** The person pressed the button that says what is sent and to whom. Nothing is sent before. */
  | { type: 'lookup.start'; query: string; today: string }
  /** Keep what was found (or that nothing was found) with the answers. */
  | { type: 'lookup.keep' }
  /** Stop waiting; nothing is kept. */
  | { type: 'lookup.cancel' };

/**
 * The life of one label lookup on the drug page: asked (the button, nothing sent), waiting, found,
 * failed, kept. The lookup itself is the `lookUpLabel` actor: a placeholder here that the page
 * replaces with `provide` (the browser's fetch, openFDA), so this machine holds no fetch, no clock
 * and no React, and tests give it recordings.
 */
export const labelLookupMachine = setup({
  types: {
    context: {} as LabelLookupContext,
    events: {} as LabelLookupEvent,
    /** The lookup already kept with the answers, if any. */
    input: {} as { kept: LabelLookup | undefined },
  },
  actors: {
    lookUpLabel: fromPromise<LabelLookupOutcome, LabelLookupInput>(() =>
      Promise.reject(new Error('lookUpLabel must be provided by the page')),
    ),
  },
  guards: {
    hasKept: ({ context }) => context.kept !== null,
    hasName: ({ event }) => event.type === 'lookup.start' && event.query.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(event.today),
    // "No label under this name" is worth keeping too: the rules then say so.
    canKeepNothingFound: ({ context }) => context.failure === 'not-found',
  },
  actions: {
    startLookup: assign({
      query: ({ context, event }) => (event.type === 'lookup.start' ? event.query.trim() : context.query),
      today: ({ context, event }) => (event.type === 'lookup.start' ? event.today : context.today),
      found: null,
      failure: null,
    }),
    keepFound: assign({ kept: ({ context }) => context.found }),
    keepNothingFound: assign({
      kept: ({ context }): LabelLookup => ({ retrievedOn: context.today, query: context.query, labels: [] }),
    }),
  },
}).createMachine({
  id: 'labelLookup',
  context: ({ input }) => ({ query: '', today: '', found: null, failure: null, kept: input.kept ?? null }),
  initial: 'start',
  on: {
    // From every state but waiting: a new lookup (a new name, Try again, or Look again).
    'lookup.start': { guard: 'hasName', target: '.waiting', actions: 'startLookup' },
  },
  states: {
    start: {
      always: [{ guard: 'hasKept', target: 'kept' }, { target: 'asked' }],
    },
    asked: {},
    waiting: {
      on: {
        // One lookup at a time: pressing again while waiting does nothing.
        'lookup.start': {},
        'lookup.cancel': { target: 'asked' },
      },
      invoke: {
        id: 'lookUpLabel',
        src: 'lookUpLabel',
        input: ({ context }) => ({ query: context.query, today: context.today }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok && event.output.lookup.labels.length > 0,
            target: 'found',
            actions: assign({ found: ({ event }) => (event.output.ok ? event.output.lookup : null) }),
          },
          {
            target: 'failed',
            actions: assign({ failure: ({ event }) => (event.output.ok ? 'not-found' : event.output.failure) }),
          },
        ],
        // The lookup resolves every failure it knows; anything else means the answer could not be read.
        onError: { target: 'failed', actions: assign({ failure: 'unreadable' }) },
      },
    },
    found: {
      on: { 'lookup.keep': { target: 'kept', actions: 'keepFound' } },
    },
    failed: {
      on: { 'lookup.keep': { guard: 'canKeepNothingFound', target: 'kept', actions: 'keepNothingFound' } },
    },
    kept: {},
  },
});
