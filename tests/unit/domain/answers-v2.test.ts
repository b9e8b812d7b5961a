/** Version 2 of the answers contract: the new fields, their values and every cap (spec: answers.md). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/answers-constants';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { notLookedUpTrial } from '../../../src/domain/saved-trial';

const label = (over: Record<string, unknown> = {}) => ({
  setId: '5e81b4a7-b971-45e1-9c31-29cea8c87ce7',
  effectiveDate: '2024-09-25',
  brandNames: [],
  genericNames: [],
  applicationNumbers: [],
  indications: 'TAGRISSO is a kinase inhibitor indicated for ...',
  ...over,
});
const trial = (over: Record<string, unknown> = {}) => ({
  nctId: 'NCT06970236',
  title: 'Resistance Exercise in Patients With Ocular Melanoma',
  status: 'RECRUITING',
  retrievedOn: '2026-11-27',
  ...over,
});

/** Every field version 2 adds, filled. */
const FULL_V2 = {
  schemaVersion: 2,
  age: 67,
  biomarkers: { testing: 'done', findings: ['EGFR exon 19 deletion'], germlineTesting: 'done', germlineFindings: ['BRCA2'] },
  drugOfInterest: {
    name: 'osimertinib',
    approval: 'approved-outside-us-only',
    givenHow: 'at-home',
    label: { retrievedOn: '2026-11-27', query: 'osimertinib', labels: [label()] },
    expandedAccess: { retrievedOn: '2026-11-27', query: 'osimertinib', records: [{ nctId: 'NCT01234567', title: 'Expanded access', status: 'AVAILABLE' }] },
  },
  insurance: { coverage: 'medicare', secondary: 'medigap', deniedBefore: true, deniedOn: '2026-06-01' },
  trials: {
    status: 'looking',
    saved: [trial({ phases: ['NA'], nearestSite: { city: 'Boston', state: 'Massachusetts', zip: '02115', distanceMiles: 1 }, contact: { name: 'A', phone: '617-555-0100' } })],
  },
};

function pathsOf(input: unknown): string[] {
  const result = parseAnswers(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
}

describe('answers version 2', () => {
  it('accepts every new field and the new approval value, unchanged', () => {
    expect(parseAnswers(structuredClone(FULL_V2))).toEqual({ ok: true, answers: FULL_V2 });
  });

  it('accepts the osimertinib example with its real label text (40,000 characters at most)', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v2-osimertinib-label.json', import.meta.url), 'utf8')) as { answers: unknown };
    expect(parseAnswers(scenario.answers).ok).toBe(true);
  });

  it.each([
    ['age', { age: 121 }],
    ['age', { age: -1 }],
    ['age', { age: 40.5 }],
    ['biomarkers.germlineTesting', { biomarkers: { germlineTesting: 'yes' } }],
    ['biomarkers.findings', { biomarkers: { findings: Array.from({ length: LIMITS.findings + 1 }, (_, i) => `f${i}`) } }],
    ['biomarkers.germlineFindings', { biomarkers: { germlineFindings: Array.from({ length: LIMITS.germlineFindings + 1 }, (_, i) => `g${i}`) } }],
    ['biomarkers.germlineFindings.0', { biomarkers: { germlineFindings: ['x'.repeat(101)] } }],
    ['drugOfInterest.givenHow', { drugOfInterest: { givenHow: 'by-mouth' } }],
    ['drugOfInterest.approval', { drugOfInterest: { approval: 'approved-abroad' } }],
    ['drugOfInterest.label.retrievedOn', { drugOfInterest: { label: { retrievedOn: '2026-02-30', query: 'x', labels: [] } } }],
    ['drugOfInterest.label.query', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x'.repeat(201), labels: [] } } }],
    ['drugOfInterest.label.labels', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: Array.from({ length: 6 }, () => label()) } } }],
    ['drugOfInterest.label.labels.0.indications', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [label({ indications: 'x'.repeat(40_001) })] } } }],
    ['drugOfInterest.label.labels.0.effectiveDate', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [label({ effectiveDate: '20240925' })] } } }],
    ['drugOfInterest.label.labels.0.brandNames', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [label({ brandNames: 'TAGRISSO' })] } } }],
    ['drugOfInterest.label.labels.0.setId', { drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [label({ setId: '' })] } } }],
    ['drugOfInterest.expandedAccess.records', { drugOfInterest: { expandedAccess: { retrievedOn: '2026-11-27', query: 'x', records: Array.from({ length: 21 }, () => ({ nctId: 'NCT01234567', title: 't', status: 'AVAILABLE' })) } } }],
    ['drugOfInterest.expandedAccess.records.0.nctId', { drugOfInterest: { expandedAccess: { retrievedOn: '2026-11-27', query: 'x', records: [{ nctId: 'NCT123', title: 't', status: 'AVAILABLE' }] } } }],
    ['insurance.secondary', { insurance: { secondary: 'medicare' } }],
    ['insurance.deniedOn', { insurance: { deniedOn: '2026-13-01' } }],
    ['insurance.deniedOn', { insurance: { deniedOn: '06/01/2026' } }],
    ['trials.saved', { trials: { saved: Array.from({ length: LIMITS.savedTrials + 1 }, () => trial()) } }],
    ['trials.saved.0.title', { trials: { saved: [trial({ title: 'x'.repeat(301) })] } }],
    ['trials.saved.0.nctId', { trials: { saved: [trial({ nctId: 'nct06970236' })] } }],
    ['trials.saved.0.retrievedOn', { trials: { saved: [trial({ retrievedOn: '2026-11-31' })] } }],
    ['trials.saved.0.colour', { trials: { saved: [trial({ colour: 'red' })] } }],
  ])('refuses a bad %s, naming it', (path, part) => {
    expect(pathsOf({ schemaVersion: 2, ...part })).toContain(path);
  });

  it('accepts a trial kept without being looked up (empty title, status NOT_LOOKED_UP), unchanged', () => {
    const answers = { schemaVersion: 2, trials: { saved: [notLookedUpTrial('NCT01234567', '2026-11-30')] } };
    expect(parseAnswers(structuredClone(answers))).toEqual({ ok: true, answers });
    expect(answers.trials.saved[0]).toEqual({ nctId: 'NCT01234567', title: '', status: 'NOT_LOOKED_UP', retrievedOn: '2026-11-30' });
  });

  it('keeps a saved lookup strict: an unknown field inside a label is named', () => {
    expect(pathsOf({ schemaVersion: 2, drugOfInterest: { label: { retrievedOn: '2026-11-27', query: 'x', labels: [label({ html: '<b>' })] } } })).toEqual([
      'drugOfInterest.label.labels.0.html',
    ]);
  });

  it('refuses the version-2 fields nowhere else: 50 findings and 30 treatments are still fine', () => {
    const result = parseAnswers({
      schemaVersion: 2,
      biomarkers: { findings: Array.from({ length: 50 }, (_, i) => `f${i}`) },
      treatments: { tried: Array.from({ length: 30 }, () => ({ name: 'a', outcome: 'did-not-work' })) },
    });
    expect(result.ok).toBe(true);
  });
});
