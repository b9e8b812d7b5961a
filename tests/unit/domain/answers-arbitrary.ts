/** fast-check arbitraries for valid answers, built from the schema's enums and limits. */
import fc from 'fast-check';
import type { Answers } from '../../../src/domain/answers.schema';
import {
  APPROVALS,
  COST_CONCERNS,
  COVERAGES,
  FILLED_BY,
  GIVEN_HOW,
  LIMITS,
  OUTCOMES,
  SECONDARY_COVERAGES,
  SETTINGS,
  STAGES,
  TESTING,
  TRAVEL,
  TRIAL_STATUSES,
  YES_NO_UNSURE,
} from '../../../src/domain/answers-constants';
import { CANCER_TYPE_IDS } from '../../../src/domain/cancer-types';
import { US_STATE_CODES } from '../../../src/domain/us-states';
import { fill, HOSTILE_PIECES } from './largest-answers';

/**
 * Any text of `min` to `max` UTF-16 units: random graphemes mostly, and sometimes hostile pieces
 * (controls, direction overrides, emoji, markup, placeholders, lone surrogates) or one of them
 * repeated to the field's full length.
 */
const text = (max: number, min = 0) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PIECES).map((piece) => fill(piece, max)) },
  ).filter((s) => s.length >= min && s.length <= max);
const optional = { requiredKeys: [] as never[] };

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any answers object the schema accepts, from empty to complete. */
export const validAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    schemaVersion: fc.constant(2 as const),
    filledBy: fc.constantFrom(...FILLED_BY),
    residenceState: fc.constantFrom(...US_STATE_CODES),
    age: fc.integer({ min: 0, max: LIMITS.ageMax }),
    diagnosis: fc.record(
      { cancerType: fc.constantFrom(...CANCER_TYPE_IDS), cancerTypeOther: text(LIMITS.cancerTypeOther), stage: fc.constantFrom(...STAGES) },
      optional,
    ),
    biomarkers: fc.record(
      {
        testing: fc.constantFrom(...TESTING),
        findings: fc.array(text(LIMITS.finding, 1), { maxLength: 6 }),
        germlineTesting: fc.constantFrom(...TESTING),
        germlineFindings: fc.array(text(LIMITS.finding, 1), { maxLength: 3 }),
      },
      optional,
    ),
    treatments: fc.record(
      {
        tried: fc.array(fc.record({ name: text(LIMITS.treatmentName, 1), outcome: fc.constantFrom(...OUTCOMES) }), {
          maxLength: LIMITS.treatments,
        }),
        standardOptionsLeft: fc.constantFrom(...YES_NO_UNSURE),
      },
      optional,
    ),
    drugOfInterest: fc.record(
      {
        name: text(LIMITS.drugName),
        approval: fc.constantFrom(...APPROVALS),
        givenHow: fc.constantFrom(...GIVEN_HOW),
        label: fc.record({
          retrievedOn: isoDate,
          query: text(LIMITS.lookupQuery, 1),
          labels: fc.array(
            fc.record(
              {
                setId: text(LIMITS.lookupId, 1),
                effectiveDate: isoDate,
                brandNames: fc.array(text(40), { maxLength: 2 }),
                genericNames: fc.array(text(40), { maxLength: 2 }),
                applicationNumbers: fc.array(text(12), { maxLength: 2 }),
                indications: text(400),
              },
              { requiredKeys: ['setId', 'brandNames', 'genericNames', 'applicationNumbers', 'indications'] },
            ),
            { maxLength: LIMITS.labels },
          ),
        }),
        expandedAccess: fc.record({
          retrievedOn: isoDate,
          query: text(LIMITS.lookupQuery, 1),
          records: fc.array(fc.record({ nctId: fc.stringMatching(/^NCT\d{8}$/), title: text(LIMITS.trialTitle), status: text(30, 1) }), {
            maxLength: 3,
          }),
        }),
      },
      optional,
    ),
    insurance: fc.record(
      {
        coverage: fc.constantFrom(...COVERAGES),
        secondary: fc.constantFrom(...SECONDARY_COVERAGES),
        deniedBefore: fc.boolean(),
        deniedOn: isoDate,
        costConcern: fc.constantFrom(...COST_CONCERNS),
        householdSize: fc.integer({ min: LIMITS.householdMin, max: LIMITS.householdMax }),
        yearlyIncome: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
      },
      optional,
    ),
    trials: fc.record(
      {
        status: fc.constantFrom(...TRIAL_STATUSES),
        travel: fc.constantFrom(...TRAVEL),
        zip: fc.stringMatching(/^\d{5}$/),
        saved: fc.array(
          fc.record(
            {
              nctId: fc.stringMatching(/^NCT\d{8}$/),
              title: text(LIMITS.trialTitle),
              status: text(30, 1),
              phases: fc.array(fc.constantFrom('PHASE1', 'PHASE2', 'NA'), { maxLength: 2 }),
              retrievedOn: isoDate,
              nearestSite: fc.record({ city: text(40), state: text(40), distanceMiles: fc.integer({ min: 0, max: 3000 }) }, optional),
              contact: fc.record({ name: text(40), phone: text(20) }, optional),
            },
            { requiredKeys: ['nctId', 'title', 'status', 'retrievedOn'] },
          ),
          { maxLength: 3 },
        ),
      },
      optional,
    ),
    careTeam: fc.record({ oncologistOpenToHelp: fc.constantFrom(...YES_NO_UNSURE), setting: fc.constantFrom(...SETTINGS) }, optional),
    appointment: fc.record({ date: isoDate, clinician: text(LIMITS.clinician) }, optional),
    notes: text(LIMITS.notes),
  },
  { requiredKeys: ['schemaVersion'] },
);

/** Sets a value at a dotted path, creating groups on the way (a copy: the input is not changed). */
export function setAt(root: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  const keys = path.split('.');
  let here: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = here[key];
    if (typeof next !== 'object' || next === null) here[key] = /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
    here = here[key] as Record<string, unknown>;
  }
  here[keys.at(-1)!] = value;
  return copy;
}

/** One way to break a valid answers file, and the field path the refusal must name. */
export type Mutation = { path: string; value: unknown; prepare?: (a: Record<string, unknown>) => Record<string, unknown> };

const notIn = (allowed: readonly string[]) => fc.string({ maxLength: 20 }).filter((s) => !allowed.includes(s));

const ENUM_FIELDS: [string, readonly string[]][] = [
  ['filledBy', FILLED_BY],
  ['residenceState', US_STATE_CODES],
  ['diagnosis.cancerType', CANCER_TYPE_IDS],
  ['diagnosis.stage', STAGES],
  ['biomarkers.testing', TESTING],
  ['biomarkers.germlineTesting', TESTING],
  ['drugOfInterest.givenHow', GIVEN_HOW],
  ['insurance.secondary', SECONDARY_COVERAGES],
  ['treatments.standardOptionsLeft', YES_NO_UNSURE],
  ['drugOfInterest.approval', APPROVALS],
  ['insurance.coverage', COVERAGES],
  ['insurance.costConcern', COST_CONCERNS],
  ['trials.status', TRIAL_STATUSES],
  ['trials.travel', TRAVEL],
  ['careTeam.oncologistOpenToHelp', YES_NO_UNSURE],
  ['careTeam.setting', SETTINGS],
];

const TEXT_LIMITS: [string, number][] = [
  ['diagnosis.cancerTypeOther', LIMITS.cancerTypeOther],
  ['drugOfInterest.name', LIMITS.drugName],
  ['appointment.clinician', LIMITS.clinician],
  ['notes', LIMITS.notes],
  ['biomarkers.findings.0', LIMITS.finding],
  ['biomarkers.germlineFindings.0', LIMITS.finding],
  ['treatments.tried.0.name', LIMITS.treatmentName],
];

/** Any single change that makes an otherwise valid file invalid. */
export const invalidMutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A value outside an enum.
  fc.constantFrom(...ENUM_FIELDS).chain(([path, allowed]) => notIn(allowed).map((value) => ({ path, value }))),
  // A string one or more characters too long.
  fc.constantFrom(...TEXT_LIMITS).chain(([path, max]) =>
    fc.integer({ min: 1, max: 50 }).map((extra) => ({
      path,
      value: 'x'.repeat(max + extra),
      prepare: (a: Record<string, unknown>) =>
        path.startsWith('treatments.tried.0') ? setAt(a, 'treatments.tried', [{ name: 'x', outcome: 'did-not-work' }]) : a,
    })),
  ),
  // A number out of range, or not whole.
  fc.oneof(
    fc.integer({ max: LIMITS.householdMin - 1 }),
    fc.integer({ min: LIMITS.householdMax + 1 }),
    fc.double({ min: 1.01, max: 19.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
  ).map((value) => ({ path: 'insurance.householdSize', value })),
  fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: LIMITS.ageMax + 1 }), fc.constant(40.5)).map((value) => ({ path: 'age', value })),
  fc.double({ max: -0.01, noNaN: true, noDefaultInfinity: true }).map((value) => ({ path: 'insurance.yearlyIncome', value })),
  // A ZIP code that is not five digits.
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{5}$/.test(s)).map((value) => ({ path: 'trials.zip', value })),
  // A date that is not a real YYYY-MM-DD date.
  fc.constantFrom('2026-02-30', '2026-13-01', '2026/01/01', 'tomorrow', '26-1-1', '2026-1-1', '').chain((value) =>
    fc.constantFrom('appointment.date', 'insurance.deniedOn').map((path) => ({ path, value })),
  ),
  // The wrong type.
  fc.constantFrom<[string, unknown]>(
    ['insurance.deniedBefore', 'yes'],
    ['insurance.yearlyIncome', '38000'],
    ['biomarkers.findings', 'BRAF'],
    ['treatments.tried', { name: 'x' }],
    ['diagnosis', 'lung'],
    ['notes', 42],
  ).map(([path, value]) => ({ path, value })),
  // A field this tool does not know.
  fc.constantFrom('colour', 'insurance.plan', 'trials.distance', 'diagnosis.grade').map((path) => ({ path, value: 'x' })),
);
