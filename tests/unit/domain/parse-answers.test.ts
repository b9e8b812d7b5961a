import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/domain/answer-problems';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { MIGRATIONS, type Migration } from '../../../src/domain/migrate-answers';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { en } from '../../../templates/en/bundle';
import { investigationalReady } from '../../fixtures/personas';
import { invalidMutation, setAt, validAnswers } from './answers-arbitrary';

function problemsOf(input: unknown): Problem[] {
  const result = parseAnswers(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}

function messagesOf(input: unknown): string[] {
  return problemsOf(input).map((p) => formatProblem(p, en.problems));
}

describe('parseAnswers: usable answers', () => {
  it('accepts a complete file and returns it unchanged', () => {
    const result = parseAnswers(structuredClone(investigationalReady));
    expect(result).toEqual({ ok: true, answers: investigationalReady });
  });

  it('accepts a file with only the version', () => {
    expect(parseAnswers({ schemaVersion: 2 })).toEqual({ ok: true, answers: { schemaVersion: 2 } });
  });

  it('reads a version-1 file, never refusing it, and returns it as version 2', () => {
    expect(parseAnswers({ schemaVersion: 1 })).toEqual({ ok: true, answers: { schemaVersion: 2 } });
  });

  it('accepts every valid answers object (property)', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(parseAnswers(answers).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseAnswers: refusals name the field and what was expected', () => {
  it.each([
    ['not an object', 'hello', 'the answers file: expected a group of answers in curly braces, like { "schemaVersion": 2 }, but found "hello".'],
    ['a list', [1, 2], 'the answers file: expected a group of answers in curly braces, like { "schemaVersion": 2 }, but found a list.'],
    ['null', null, 'the answers file: expected a group of answers in curly braces, like { "schemaVersion": 2 }, but found null.'],
    ['no version', { insurance: {} }, 'schemaVersion: the version is missing. Add "schemaVersion": 2.'],
    ['version as text', { schemaVersion: '1' }, 'schemaVersion: expected a whole number, like 2, but found "1".'],
    ['version not whole', { schemaVersion: 1.5 }, 'schemaVersion: expected a whole number, like 2, but found 1.5.'],
  ])('%s', (_name, input, message) => {
    expect(messagesOf(input)).toEqual([message]);
  });

  it('refuses a file from a newer version, never guessing', () => {
    const problems = problemsOf({ schemaVersion: SCHEMA_VERSION + 1, insurance: { coverage: 'private' } });
    expect(problems).toEqual([{ path: 'schemaVersion', kind: 'version-newer', found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION }]);
    expect(formatProblem(problems[0]!, en.problems)).toMatch(/made by a newer version of this tool/);
  });

  it('refuses an older version it has no migration for', () => {
    expect(messagesOf({ schemaVersion: 0 })).toEqual(['schemaVersion: this file is from version 0, which this tool cannot update to version 2.']);
  });

  it('names the insurance type and the ZIP code in the words of the brief', () => {
    expect(messagesOf({ schemaVersion: 1, insurance: { coverage: 'blue-cross' }, trials: { zip: '9021' } })).toEqual([
      'insurance.coverage: "blue-cross" is not a type of insurance this tool knows. Expected one of: private, marketplace, medicare, medicare-advantage, medicaid, military-va, uninsured, other.',
      'trials.zip: expected a five-digit ZIP code, like 43210.',
    ]);
  });

  it('names every offending field, not only the first', () => {
    const paths = problemsOf({
      schemaVersion: 1,
      residenceState: 'XX',
      diagnosis: { cancerType: 'lungs', stage: 'IV' },
      treatments: { tried: [{ name: 'ok', outcome: 'did-not-work' }, { name: '', outcome: 'maybe' }] },
      insurance: { householdSize: 0, yearlyIncome: -5, deniedBefore: 'no' },
      appointment: { date: '2026-02-30' },
      notes: 'x'.repeat(2001),
      extra: true,
    }).map((p) => p.path);
    expect(paths.sort()).toEqual(
      [
        'appointment.date',
        'diagnosis.cancerType',
        'diagnosis.stage',
        'extra',
        'insurance.deniedBefore',
        'insurance.householdSize',
        'insurance.yearlyIncome',
        'notes',
        'residenceState',
        'treatments.tried.1.name',
        'treatments.tried.1.outcome',
      ].sort(),
    );
  });

  it.each([
    [{ schemaVersion: 1, residenceState: 'XX' }, 'residenceState: "XX" is not one this tool knows. Expected a two-letter US state or territory code, like OH.'],
    [{ schemaVersion: 1, treatments: { tried: [{ name: 'a', outcome: 'cured' }] } }, 'treatments.tried.0.outcome: "cured" is not a treatment outcome this tool knows. Expected one of: stopped-working, did-not-work, side-effects, still-taking.'],
    [{ schemaVersion: 1, treatments: { tried: [{ outcome: 'did-not-work' }] } }, 'treatments.tried.0.name: this is missing. Fill it in, or remove the whole entry.'],
    [{ schemaVersion: 1, treatments: { tried: [{ name: '', outcome: 'did-not-work' }] } }, 'treatments.tried.0.name: this is empty. Type something, or remove it.'],
    [{ schemaVersion: 1, drugOfInterest: { name: 'x'.repeat(201) } }, 'drugOfInterest.name: this is too long. Use at most 200 characters.'],
    [{ schemaVersion: 1, insurance: { householdSize: 21 } }, 'insurance.householdSize: this number is too big. Use 20 or less.'],
    [{ schemaVersion: 1, insurance: { householdSize: 2.5 } }, 'insurance.householdSize: expected a whole number, but found 2.5.'],
    [{ schemaVersion: 1, insurance: { yearlyIncome: -1 } }, 'insurance.yearlyIncome: this number is too small. Use 0 or more.'],
    [{ schemaVersion: 1, insurance: { deniedBefore: 'yes' } }, 'insurance.deniedBefore: expected true or false, but found "yes".'],
    [{ schemaVersion: 1, appointment: { date: '01/12/2026' } }, 'appointment.date: expected a real date from 1900 to 2100, written as year-month-day, like 2026-12-01.'],
    [{ schemaVersion: 1, treatments: { tried: Array.from({ length: 31 }, () => ({ name: 'a', outcome: 'did-not-work' })) } }, 'treatments.tried: this list is too long. Use at most 30 entries.'],
    [{ schemaVersion: 1, insurance: { plan: 'gold' } }, 'insurance.plan: this tool does not know this field. Check the spelling, or remove it.'],
    [{ schemaVersion: 1, diagnosis: 'lung' }, 'diagnosis: expected a group of fields in curly braces, but found "lung".'],
  ])('%j', (input, message) => {
    expect(messagesOf(input)).toEqual([message]);
  });

  it('shows a long value cut short, so a message stays readable', () => {
    const [message] = messagesOf({ schemaVersion: 1, insurance: { coverage: 'y'.repeat(500) } });
    expect(message!.length).toBeLessThan(260);
  });

  it('names the mutated field for any single invalid change to a valid file (property)', () => {
    fc.assert(
      fc.property(validAnswers, invalidMutation, (answers, mutation) => {
        const base = mutation.prepare ? mutation.prepare(answers) : (answers as Record<string, unknown>);
        const broken = setAt(base, mutation.path, mutation.value);
        const result = parseAnswers(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(mutation.path);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseAnswers: older versions are migrated', () => {
  // A made-up version 0 that called the insurance section "cover"; the real 1 -> 2 step follows it.
  const fromZero: Migration = {
    from: 0,
    to: 1,
    description: 'version 0 called the insurance section "cover"',
    migrate: ({ cover, ...rest }) => ({ ...rest, schemaVersion: 1, ...(cover === undefined ? {} : { insurance: cover }) }),
  };

  it('brings a version 0 file up to version 2, one registered step at a time', () => {
    const result = parseAnswers({ schemaVersion: 0, cover: { coverage: 'medicare' } }, { migrations: [fromZero, ...MIGRATIONS] });
    expect(result).toEqual({ ok: true, answers: { schemaVersion: 2, insurance: { coverage: 'medicare' } } });
  });

  it('refuses a version 0 file when a step in the chain is missing', () => {
    expect(parseAnswers({ schemaVersion: 0 }, { migrations: [fromZero] })).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', kind: 'version-unsupported', found: 0, supported: SCHEMA_VERSION }],
    });
  });

  it('still checks the migrated file, naming fields by their new paths', () => {
    const result = parseAnswers({ schemaVersion: 0, cover: { coverage: 'gold' } }, { migrations: [fromZero, ...MIGRATIONS] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['insurance.coverage']);
  });

  it('refuses, without throwing, when a migration step fails', () => {
    const broken: Migration = { ...fromZero, migrate: () => { throw new Error('odd data'); } };
    const result = parseAnswers({ schemaVersion: 0 }, { migrations: [broken] });
    expect(result).toEqual({ ok: false, problems: [{ path: 'schemaVersion', kind: 'migration-failed', from: 0, to: 1 }] });
  });

  it('leaves the input untouched', () => {
    const input = { schemaVersion: 0, cover: { coverage: 'medicare' } };
    parseAnswers(input, { migrations: [fromZero, ...MIGRATIONS] });
    expect(input).toEqual({ schemaVersion: 0, cover: { coverage: 'medicare' } });
  });
});
