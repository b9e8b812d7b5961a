import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { MIGRATE_1_TO_2, MIGRATIONS, migrateAnswers, type Migration } from '../../../src/domain/migrate-answers';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { evaluate } from '../../../src/rules/evaluate-en';

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
  it('knows one step today: version 1 to version 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(MIGRATIONS).toEqual([MIGRATE_1_TO_2]);
    expect(MIGRATE_1_TO_2).toMatchObject({ from: 1, to: 2 });
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

/** Every version-1 file the project holds: the example scenarios and the files of the end-to-end tests. */
const V1_FOLDERS = ['../../fixtures/scenarios/', '../../e2e/scenarios/'].map((f) => new URL(f, import.meta.url));
const v1Files = V1_FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const data = JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as { answers?: unknown };
      return [f, data.answers ?? data] as [string, Record<string, unknown>];
    })
    .filter(([, answers]) => answers.schemaVersion === 1),
);

/** A version-1 file as the release before version 2 exported it (every field of version 1 filled). */
const EXPORTED_V1 = {
  schemaVersion: 1,
  filledBy: 'navigator',
  residenceState: 'OH',
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  biomarkers: { testing: 'done', findings: ['BRCA2'] },
  treatments: { tried: [{ name: 'FOLFIRINOX', outcome: 'stopped-working' }], standardOptionsLeft: 'unsure' },
  drugOfInterest: { name: 'olaparib', approval: 'approved-for-other-use' },
  insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major', householdSize: 2, yearlyIncome: 30000 },
  trials: { status: 'looking', travel: 'in-my-state', zip: '43210' },
  careTeam: { oncologistOpenToHelp: 'yes', setting: 'community-practice' },
  appointment: { date: '2026-12-03', clinician: 'Dr. Rivera' },
  notes: 'Ask about cost.',
  sectionNotes: { insurance: 'Medicare card seen.' },
};

describe('migration 1 -> 2 on every version-1 file', () => {
  it('finds the version-1 files (the list is not empty)', () => {
    expect(v1Files.length).toBeGreaterThanOrEqual(7);
  });

  it.each([...v1Files, ['an exported file', EXPORTED_V1] as [string, Record<string, unknown>]])(
    '%s: raises the version and changes nothing else',
    (_name, answers) => {
      const migrated = migrateAnswers(answers, 1);
      expect(migrated).toEqual({ ok: true, answers: { ...answers, schemaVersion: 2 } });
    },
  );

  it.each([...v1Files, ['an exported file', EXPORTED_V1] as [string, Record<string, unknown>]])(
    '%s: reads and evaluates exactly as the same answers written as version 2',
    (_name, answers) => {
      const fromV1 = parseAnswers(answers);
      const asV2 = parseAnswers({ ...answers, schemaVersion: 2 });
      expect(fromV1).toEqual(asV2);
      if (fromV1.ok && asV2.ok) expect(evaluate(fromV1.answers)).toEqual(evaluate(asV2.answers));
    },
  );
});
