import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateAnswers, type Migration } from '../../../src/domain/migrate-answers';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';

// A fake history of three versions: 1 -> 2 renamed "notes" to "comments"; 2 -> 3 made stage a list.
const FAKE: Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'notes became comments',
    migrate: ({ notes, ...rest }) => ({ ...rest, schemaVersion: 2, ...(notes === undefined ? {} : { comments: notes }) }),
  },
  {
    from: 2,
    to: 3,
    description: 'stage became a list of stages',
    migrate: (old) => ({ ...old, schemaVersion: 3, stages: old.stage === undefined ? [] : [old.stage] }),
  },
];

describe('migrateAnswers', () => {
  it('has no steps today: version 1 is the first version', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('walks every step in order, from any older version to the target', () => {
    expect(migrateAnswers({ schemaVersion: 1, notes: 'hi', stage: 'early' }, 1, FAKE, 3)).toEqual({
      ok: true,
      answers: { schemaVersion: 3, comments: 'hi', stage: 'early', stages: ['early'] },
    });
    expect(migrateAnswers({ schemaVersion: 2, comments: 'hi' }, 2, FAKE, 3)).toEqual({
      ok: true,
      answers: { schemaVersion: 3, comments: 'hi', stages: [] },
    });
  });

  it('returns the file unchanged when it is already at the target', () => {
    expect(migrateAnswers({ schemaVersion: 3, stages: [] }, 3, FAKE, 3)).toEqual({ ok: true, answers: { schemaVersion: 3, stages: [] } });
  });

  it('says so when a step is missing from the chain', () => {
    expect(migrateAnswers({ schemaVersion: 1 }, 1, [FAKE[1]!], 3)).toEqual({ ok: false, reason: 'no-path', from: 1 });
  });

  it('says so when a step throws or forgets to set the new version', () => {
    const throws: Migration = { ...FAKE[0]!, migrate: () => { throw new Error('bad'); } };
    const forgets: Migration = { ...FAKE[0]!, migrate: (old) => old };
    expect(migrateAnswers({ schemaVersion: 1 }, 1, [throws, FAKE[1]!], 3)).toEqual({ ok: false, reason: 'step-failed', from: 1, to: 2 });
    expect(migrateAnswers({ schemaVersion: 1 }, 1, [forgets, FAKE[1]!], 3)).toEqual({ ok: false, reason: 'step-failed', from: 1, to: 2 });
  });

  it('never changes the object it was given', () => {
    const input = { schemaVersion: 1, notes: 'hi' };
    migrateAnswers(input, 1, FAKE, 3);
    expect(input).toEqual({ schemaVersion: 1, notes: 'hi' });
  });
});
