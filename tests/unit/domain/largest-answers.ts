/**
 * The largest answers the contract allows: every list at its cap, every text at its longest, made
 * of hostile pieces (terminal escapes, direction overrides, a letter with fifty accents, emoji the
 * font lacks, markup, template placeholders, replacement patterns, lone surrogates). Used to prove
 * that evaluate, the checklist PDF and the command line stay correct and fast at the limits.
 */
import fc from 'fast-check';
import type { Answers } from '../../../src/domain/answers.schema';
import { LIMITS } from '../../../src/domain/answers-constants';

/** Pieces of text that have broken text handling somewhere. Each is valid in any free-text field. */
export const HOSTILE_PIECES = [
  '\u001b[31mred\u001b[0m\u001b]0;title\u0007',
  '\u0000\u0008\u000b\u000c\u007f\u0085\u009b',
  '\u202eevil\u202c \u2066isolated\u2069 \u200f',
  `z${'\u0301\u0302\u0303\u0304\u0305'.repeat(10)}`,
  '👨‍👩‍👧 🇺🇸 1️⃣ 👍🏽 😀',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '{drug} {findings} {appealBy} $& $1 $$ $` $\'',
  '__proto__ constructor prototype toString',
  '\r\n\t\u2028\u2029 \n\n',
  '\ud800 \udfff',
  '肺癌 Ñúñez Łódź Đặng',
  '"quotes" \\backslash\\ \'single\'',
] as const;

/** `piece` repeated and cut to exactly `length` UTF-16 units (zod counts those). */
export function fill(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

const NCT = (n: number) => `NCT${String(10_000_000 + n).padStart(8, '0')}`;

/** The largest valid answers, with every text made of `pick(i)` for a different i per field. */
export function largestAnswers(pick: (index: number) => string = (index) => HOSTILE_PIECES[index % HOSTILE_PIECES.length]!): Answers {
  let counter = 0;
  const text = (length: number) => fill(pick(counter++), length);
  const list = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));
  const note = () => text(LIMITS.sectionNote);
  return {
    schemaVersion: 2,
    filledBy: 'navigator',
    residenceState: 'OH',
    age: LIMITS.ageMax,
    diagnosis: { cancerType: 'other', cancerTypeOther: text(LIMITS.cancerTypeOther), stage: 'metastatic' },
    biomarkers: {
      testing: 'done',
      findings: list(LIMITS.findings, () => text(LIMITS.finding)),
      germlineTesting: 'done',
      germlineFindings: list(LIMITS.germlineFindings, () => text(LIMITS.finding)),
    },
    treatments: {
      tried: list(LIMITS.treatments, (index) => ({ name: text(LIMITS.treatmentName), outcome: index % 2 ? 'stopped-working' : 'side-effects' })),
      standardOptionsLeft: 'unsure',
    },
    drugOfInterest: {
      name: text(LIMITS.drugName),
      approval: 'approved-for-other-use',
      givenHow: 'in-clinic',
      label: {
        retrievedOn: '2026-11-30',
        query: text(LIMITS.lookupQuery),
        labels: list(LIMITS.labels, () => ({
          setId: text(LIMITS.lookupId),
          effectiveDate: '2026-01-31',
          brandNames: list(LIMITS.lookupList, () => text(LIMITS.lookupText)),
          genericNames: list(LIMITS.lookupList, () => text(LIMITS.lookupText)),
          applicationNumbers: list(LIMITS.lookupList, () => text(LIMITS.lookupText)),
          indications: text(LIMITS.labelIndications),
        })),
      },
      expandedAccess: {
        retrievedOn: '2026-11-30',
        query: text(LIMITS.lookupQuery),
        records: list(LIMITS.expandedAccessRecords, (index) => ({ nctId: NCT(index), title: text(LIMITS.trialTitle), status: text(LIMITS.lookupId) })),
      },
    },
    insurance: {
      coverage: 'medicare',
      secondary: 'unsure',
      deniedBefore: true,
      deniedOn: '2026-11-01',
      costConcern: 'major',
      householdSize: LIMITS.householdMax,
      yearlyIncome: Number.MAX_SAFE_INTEGER,
    },
    trials: {
      status: 'looking',
      travel: 'anywhere-in-us',
      zip: '43210',
      saved: list(LIMITS.savedTrials, (index) => ({
        nctId: NCT(100 + index),
        title: text(LIMITS.trialTitle),
        status: text(LIMITS.lookupId),
        phases: list(LIMITS.lookupList, () => text(LIMITS.lookupId)),
        retrievedOn: '2026-11-30',
        nearestSite: {
          facility: text(LIMITS.lookupText),
          city: text(LIMITS.lookupText),
          state: text(LIMITS.lookupText),
          zip: text(LIMITS.lookupText),
          distanceMiles: 100_000,
        },
        contact: { name: text(LIMITS.lookupText), phone: text(LIMITS.lookupText), email: text(LIMITS.lookupText) },
      })),
    },
    careTeam: { oncologistOpenToHelp: 'unsure', setting: 'unsure' },
    appointment: { date: '2100-12-31', clinician: text(LIMITS.clinician) },
    notes: text(LIMITS.notes),
    sectionNotes: {
      welcome: note(),
      diagnosis: note(),
      biomarkers: note(),
      biomarkerFindings: note(),
      treatmentsTried: note(),
      drugOfInterest: note(),
      insurance: note(),
      household: note(),
      trialStatus: note(),
      trialTravel: note(),
      careTeam: note(),
      appointment: note(),
    },
  };
}

/** Largest answers whose texts are drawn from the hostile pieces in a random order. */
export const largestAnswersArbitrary: fc.Arbitrary<Answers> = fc
  .array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 40 })
  .map((pieces) => largestAnswers((index) => pieces[index % pieces.length]!));
