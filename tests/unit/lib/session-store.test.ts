import { parseAnswers } from '../../../src/domain/parse-answers';
import { describe, expect, it } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import type { Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import type { Migration } from '../../../src/domain/migrate-answers';
import {
  ENDED_KEY,
  KEPT_KEY,
  PARKED_KEY,
  announceEnd,
  isParked,
  park,
  readEndSignal,
  unpark,
  writeKeptCopy,
  SESSION_KEY,
  SET_ASIDE_KEY,
  discardSetAside,
  isKept,
  loadSession,
  readSetAside,
  readStoredSession,
  removeOurKeys,
  saveSession,
  stopKeeping,
  wrapSnapshot,
} from '../../../src/lib/session-store';

/** A two-page machine with the same context shape as the wizard, so these tests need nothing else. */
const machine = setup({
  types: {
    context: {} as { answers: Answers; returnToReview: boolean },
    events: {} as { type: 'next'; cancerType: 'melanoma' },
  },
}).createMachine({
  id: 'test',
  context: { answers: { schemaVersion: SCHEMA_VERSION }, returnToReview: false },
  initial: 'welcome',
  states: {
    welcome: {
      on: {
        next: {
          target: 'diagnosis',
          actions: assign({ answers: ({ event }) => ({ schemaVersion: SCHEMA_VERSION, diagnosis: { cancerType: event.cancerType } }) }),
        },
      },
    },
    diagnosis: {},
  },
});

/** A Map behind the Storage methods the store uses, plus `key`/`length` for clearing. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

/** Storage with a quota, as a browser's: a write that would take it past `quota` characters throws. */
class QuotaStorage extends MemoryStorage {
  constructor(private readonly quota: number) {
    super();
  }
  private used() {
    let total = 0;
    for (let i = 0; i < this.length; i += 1) {
      const key = this.key(i)!;
      total += key.length + (this.getItem(key) ?? '').length;
    }
    return total;
  }
  override setItem(key: string, value: string) {
    const before = this.getItem(key);
    const growth = key.length + value.length - (before === null ? 0 : key.length + before.length);
    if (this.used() + growth > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

function persistedAfterOneStep() {
  const actor = createActor(machine).start();
  actor.send({ type: 'next', cancerType: 'melanoma' });
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return persisted;
}

describe('saving and restoring a session', () => {
  it('wraps the snapshot with the format, the answers schema version and the time passed in', () => {
    const wrapped = wrapSnapshot(persistedAfterOneStep(), new Date('2026-11-21T10:00:00Z'));
    expect(wrapped).toMatchObject({ format: 1, schemaVersion: SCHEMA_VERSION, savedAt: '2026-11-21T10:00:00.000Z' });
    expect(wrapSnapshot(persistedAfterOneStep())).not.toHaveProperty('savedAt');
  });

  it('restores the page and the answers into a new actor', () => {
    const session = new MemoryStorage();
    saveSession(session, persistedAfterOneStep(), new Date('2026-11-21T10:00:00Z'));

    const result = loadSession({ session, local: new MemoryStorage() }, { machine, parse: parseAnswers });
    expect(result.kind).toBe('restored');
    if (result.kind !== 'restored') return;
    expect(result.savedAt).toBe('2026-11-21T10:00:00.000Z');
    expect(result.migratedFrom).toBeUndefined();

    const actor = createActor(machine, { snapshot: result.snapshot }).start();
    expect(actor.getSnapshot().value).toBe('diagnosis');
    expect(actor.getSnapshot().context.answers.diagnosis?.cancerType).toBe('melanoma');
    actor.stop();
  });

  it('says there is nothing to restore when nothing was saved', () => {
    expect(loadSession({ session: new MemoryStorage(), local: new MemoryStorage() }, { machine, parse: parseAnswers })).toEqual({
      kind: 'empty',
    });
  });

  it('falls back to the copy kept between visits when this tab has none', () => {
    const local = new MemoryStorage();
    saveSession(local, persistedAfterOneStep(), undefined, KEPT_KEY);
    expect(isKept(local)).toBe(true);
    const result = loadSession({ session: new MemoryStorage(), local }, { machine, parse: parseAnswers });
    expect(result.kind).toBe('restored');

    stopKeeping(local);
    expect(isKept(local)).toBe(false);
    expect(local.length).toBe(0);
  });
});

describe('a stored session that cannot be trusted is set aside, never dropped', () => {
  const valid = JSON.stringify(wrapSnapshot(persistedAfterOneStep()));
  const withSnapshot = (change: (snapshot: Record<string, unknown>) => void) => {
    const wrapped = JSON.parse(valid) as { snapshot: Record<string, unknown> };
    change(wrapped.snapshot);
    return JSON.stringify(wrapped);
  };

  it.each([
    ['text that is not JSON', '{"format":1,"schemaVer', 'not-json'],
    ['JSON that is not our wrapper', '[1,2,3]', 'unknown-format'],
    ['a wrapper of another format', valid.replace('"format":1', '"format":7'), 'unknown-format'],
    ['a schema version from the future', valid.replace(`"schemaVersion":${SCHEMA_VERSION},"snapshot"`, '"schemaVersion":99,"snapshot"'), 'future-version'],
    ['a state this machine does not have', withSnapshot((s) => (s.value = 'nowhere')), 'invalid-state'],
    ['a finished actor', withSnapshot((s) => (s.status = 'done')), 'invalid-state'],
    ['a context without answers', withSnapshot((s) => (s.context = { returnToReview: false })), 'invalid-answers'],
    [
      'answers that break the schema',
      withSnapshot((s) => (s.context = { answers: { schemaVersion: 1, diagnosis: { stage: 'stage-9' } }, returnToReview: false })),
      'invalid-answers',
    ],
  ])('%s', (_name, raw, reason) => {
    expect(readStoredSession(raw, { machine, parse: parseAnswers })).toEqual({ kind: 'set-aside', raw, reason });
  });

  it('moves the raw text to its own key, so that the next save cannot overwrite it', () => {
    const session = new MemoryStorage();
    session.setItem(SESSION_KEY, 'not json at all');
    const result = loadSession({ session, local: new MemoryStorage() }, { machine, parse: parseAnswers });

    expect(result).toEqual({ kind: 'set-aside', raw: 'not json at all', reason: 'not-json', stored: true });
    expect(session.getItem(SESSION_KEY)).toBeNull();
    expect(readSetAside(session)).toBe('not json at all');
    discardSetAside(session);
    expect(session.getItem(SET_ASIDE_KEY)).toBeNull();
  });
});

describe('a stored value of any size gives a result, never an error', () => {
  it('sets aside 3 MB of garbage in a 5 MB storage: the original goes first, then the copy is written', () => {
    const session = new QuotaStorage(5_000_000);
    const garbage = 'x'.repeat(3_000_000);
    session.setItem(SESSION_KEY, garbage);

    const result = loadSession({ session, local: new MemoryStorage() }, { machine, parse: parseAnswers });
    expect(result).toEqual({ kind: 'set-aside', raw: garbage, reason: 'not-json', stored: true });
    expect(session.getItem(SESSION_KEY)).toBeNull();
    expect(readSetAside(session)).toBe(garbage);
  });

  it('keeps the text on screen only (stored: false) when even the copy alone does not fit', () => {
    const session = new QuotaStorage(5_000_000);
    const garbage = 'x'.repeat(3_000_000);
    const local = new MemoryStorage();
    local.setItem(KEPT_KEY, garbage);
    session.setItem('someone-else', 'y'.repeat(2_500_000));

    const result = loadSession({ session, local }, { machine, parse: parseAnswers });
    expect(result).toEqual({ kind: 'set-aside', raw: garbage, reason: 'not-json', stored: false });
    expect(local.getItem(KEPT_KEY)).toBeNull();
    expect(session.getItem('someone-else')).toHaveLength(2_500_000);
  });

  it('writes the set-aside copy before removing the original when there is room for both', () => {
    const session = new MemoryStorage();
    const writes: string[] = [];
    const watched = { ...session, getItem: (k: string) => session.getItem(k), removeItem: (k: string) => (writes.push(`remove ${k}`), session.removeItem(k)), setItem: (k: string, v: string) => (writes.push(`set ${k}`), session.setItem(k, v)) };
    session.setItem(SESSION_KEY, 'not json');
    loadSession({ session: watched, local: new MemoryStorage() }, { machine, parse: parseAnswers });
    expect(writes).toEqual([`set ${SET_ASIDE_KEY}`, `remove ${SESSION_KEY}`]);
  });
});

describe('the kept copy and the other tabs', () => {
  it('is not written back once another tab removed it after this tab last wrote it', () => {
    const local = new MemoryStorage();
    const first = writeKeptCopy(local, persistedAfterOneStep(), new Date(), null);
    expect(first.kind).toBe('written');
    if (first.kind !== 'written') return;
    expect(local.getItem(KEPT_KEY)).toBe(first.raw);

    // Another tab: "Finish and clear" (or keeping turned off) removes it.
    local.removeItem(KEPT_KEY);
    expect(writeKeptCopy(local, persistedAfterOneStep(), new Date(), first.raw)).toEqual({ kind: 'removed-elsewhere' });
    expect(local.getItem(KEPT_KEY)).toBeNull();
  });

  it('throws when the storage is full, so the caller can say so', () => {
    const local = new QuotaStorage(10);
    expect(() => writeKeptCopy(local, persistedAfterOneStep(), new Date(), null)).toThrow(/quota/);
    expect(local.getItem(KEPT_KEY)).toBeNull();
  });

  it('announces the end of a session with a storage write that leaves no key behind', () => {
    const local = new MemoryStorage();
    const seen: (string | null)[] = [];
    const watched = { ...local, getItem: (k: string) => local.getItem(k), removeItem: (k: string) => local.removeItem(k), setItem: (k: string, v: string) => (seen.push(v), local.setItem(k, v)) };
    announceEnd(watched, 'timeout', new Date('2026-11-30T10:00:00Z'));
    expect(local.getItem(ENDED_KEY)).toBeNull();
    expect(seen.map(readEndSignal)).toEqual(['timeout']);
    expect(readEndSignal('x'.repeat(3_000_000))).toBeNull();
    expect(readEndSignal('{"reason":"other"}')).toBeNull();
  });

  it('announces even when the storage is full (the write fails, nothing throws)', () => {
    expect(() => announceEnd(new QuotaStorage(0), 'finished', new Date())).not.toThrow();
  });

  it('after a time-out with a kept copy, a reload of this tab shows the welcome page, not the kept answers', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveSession(local, persistedAfterOneStep(), undefined, KEPT_KEY);
    park(session);
    expect(isParked(session, local)).toBe(true);
    expect(loadSession({ session, local }, { machine, parse: parseAnswers })).toEqual({ kind: 'empty' });
    expect(local.getItem(KEPT_KEY)).not.toBeNull();

    unpark(session);
    expect(session.getItem(PARKED_KEY)).toBeNull();
    expect(loadSession({ session, local }, { machine, parse: parseAnswers }).kind).toBe('restored');
  });
});

describe('a session saved by an older schema version', () => {
  const older = (answers: unknown) =>
    JSON.stringify({ format: 1, schemaVersion: 0, snapshot: { status: 'active', value: 'diagnosis', context: { answers, returnToReview: false }, children: {} } });

  /** A fake version 0 that called the cancer type `kind`, and the engine's step from it to the current version. */
  const fromZero: Migration = {
    from: 0,
    to: SCHEMA_VERSION,
    description: 'test only: version 0 named the cancer type `kind`',
    migrate: ({ kind }) => ({ schemaVersion: SCHEMA_VERSION, diagnosis: { cancerType: kind } }),
  };

  it('is migrated through the engine registry before it is trusted', () => {
    const result = readStoredSession(older({ schemaVersion: 0, kind: 'melanoma' }), { machine, parse: parseAnswers, migrations: [fromZero] });
    expect(result).toMatchObject({ kind: 'restored', migratedFrom: 0 });
    if (result.kind !== 'restored') return;
    const actor = createActor(machine, { snapshot: result.snapshot }).start();
    expect(actor.getSnapshot().value).toBe('diagnosis');
    expect(actor.getSnapshot().context.answers).toEqual({ schemaVersion: SCHEMA_VERSION, diagnosis: { cancerType: 'melanoma' } });
    actor.stop();
  });

  it('is set aside when migrated answers still break the schema', () => {
    const raw = older({ schemaVersion: 0, kind: 'not-a-cancer-type' });
    expect(readStoredSession(raw, { machine, parse: parseAnswers, migrations: [fromZero] })).toEqual({ kind: 'set-aside', raw, reason: 'invalid-answers' });
  });

  it('is set aside when no migration leads from its version', () => {
    const raw = older({ schemaVersion: 0, kind: 'melanoma' });
    expect(readStoredSession(raw, { machine, parse: parseAnswers, migrations: [] })).toEqual({ kind: 'set-aside', raw, reason: 'unmigratable' });
  });

  it('is set aside when a migration step fails on odd old data', () => {
    const raw = older({ schemaVersion: 0 });
    const throwing: Migration = { ...fromZero, migrate: () => { throw new Error('odd data'); } };
    expect(readStoredSession(raw, { machine, parse: parseAnswers, migrations: [throwing] })).toEqual({ kind: 'set-aside', raw, reason: 'unmigratable' });
  });
});

describe('clearing', () => {
  it('removes every key of ours and leaves other keys alone', () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    saveSession(session, persistedAfterOneStep());
    session.setItem(SET_ASIDE_KEY, 'x');
    saveSession(local, persistedAfterOneStep(), undefined, KEPT_KEY);
    session.setItem('treatment-access-navigator.lang', 'es');
    local.setItem('someone-else', 'kept');

    removeOurKeys(session, local);
    expect(session.length).toBe(0);
    expect(local.length).toBe(1);
    expect(local.getItem('someone-else')).toBe('kept');
  });
});
