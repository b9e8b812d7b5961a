import { describe, expect, it } from 'vitest';
import type { Answers, SavedTrial } from '../../../src/domain/answers.schema';
import { answersSchema } from '../../../src/domain/answers.schema';
import { mergeSavedTrials, runCtgovLookups, trialSearchFor } from '../../../src/lookups/ctgov-batch';
import { ctgovFixtureText } from './ctgov-fixtures';

const today = '2026-11-30';
const columbus: Answers = {
  schemaVersion: 2,
  residenceState: 'OH',
  age: 61,
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  drugOfInterest: { name: 'examplinib', approval: 'not-approved' },
  insurance: { coverage: 'medicare' },
  trials: { status: 'looking', travel: 'near-home', zip: '43215' },
};

/** Answers each request from a recording chosen by what it asks for; remembers the URLs. */
function registry(overrides: { ea?: Response | Error; trials?: Response | Error } = {}) {
  const asked: URL[] = [];
  const fetch = ((input: string | URL) => {
    const url = new URL(input.toString());
    asked.push(url);
    const isEa = url.searchParams.get('filter.advanced') === 'AREA[StudyType]EXPANDED_ACCESS';
    const override = isEa ? overrides.ea : overrides.trials;
    if (override instanceof Error) return Promise.reject(override);
    if (override) return Promise.resolve(override);
    const file = isEa ? 'hand-made/search_expanded_access_examplinib_handmade.json' : 'hand-made/search_recruiting_sites_handmade.json';
    return Promise.resolve(new Response(ctgovFixtureText(file), { status: 200 }));
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('--lookup expanded-access,trials (the lookups behind it)', () => {
  it('saves the expanded-access records and the nearest recruiting trials, distance then phase', async () => {
    const { fetch, asked } = registry();
    const outcome = await runCtgovLookups(columbus, ['expanded-access', 'trials'], { fetch, today });
    expect(outcome.problems).toEqual([]);
    expect(outcome.answers.drugOfInterest?.expandedAccess?.records[0]).toMatchObject({ nctId: 'NCT99999911', status: 'AVAILABLE' });
    const saved = outcome.answers.trials!.saved!;
    // Only RECRUITING studies; NCT99999902 is not yet recruiting. Columbus sites first, phase 3 before phase 2; no sites last.
    expect(saved.map((t) => t.nctId)).toEqual(['NCT99999904', 'NCT99999901', 'NCT99999903']);
    expect(saved[0]!.nearestSite).toMatchObject({ city: 'Columbus', distanceMiles: 1 });
    expect(saved.every((t) => t.retrievedOn === today)).toBe(true);
    expect(outcome.saved).toEqual({ expandedAccessRecords: 4, trials: 3, totalCount: 4 });
    expect(answersSchema.safeParse(outcome.answers).success).toBe(true);
    // What was sent: the drug name; the condition words and a rounded point with 50 miles. Never the ZIP or the age.
    expect(asked).toHaveLength(2);
    const search = asked[1]!;
    expect(search.searchParams.get('query.cond')).toBe('Pancreatic Cancer');
    expect(search.searchParams.get('filter.geo')).toBe('distance(39.97,-83.01,50mi)');
    for (const url of asked) {
      expect(url.origin).toBe('https://clinicaltrials.gov');
      expect(url.toString()).not.toContain('43215');
      expect(url.toString()).not.toContain('61');
      expect(url.toString().toLowerCase()).not.toContain('medicare');
    }
  });

  it('keeps at most the nearest five from a page of recordings', async () => {
    const page = JSON.parse(ctgovFixtureText('hand-made/search_recruiting_sites_handmade.json')) as { studies: { protocolSection: { identificationModule: { nctId: string } } }[] };
    const many = Array.from({ length: 8 }, (_, i) => {
      const s = structuredClone(page.studies[2]!);
      s.protocolSection.identificationModule.nctId = `NCT9999980${i}`;
      return s;
    });
    const { fetch } = registry({ trials: new Response(JSON.stringify({ studies: many, totalCount: 8 })) });
    const outcome = await runCtgovLookups(columbus, ['trials'], { fetch, today });
    expect(outcome.answers.trials!.saved).toHaveLength(5);
  });

  it('one lookup failing does not stop the other, and is reported', async () => {
    const { fetch } = registry({ ea: new TypeError('Failed to fetch') });
    const outcome = await runCtgovLookups(columbus, ['expanded-access', 'trials'], { fetch, today });
    expect(outcome.problems).toEqual([
      { lookup: 'expanded-access', kind: 'failed', failure: 'offline', websiteUrl: 'https://clinicaltrials.gov/search?intr=examplinib&aggFilters=studyType%3Aexp' },
    ]);
    expect(outcome.answers.drugOfInterest?.expandedAccess).toBeUndefined();
    expect(outcome.answers.trials?.saved).toHaveLength(3);
  });

  it.each([
    [429, 'rate-limited'],
    [503, 'server-error'],
  ] as const)('HTTP %i on the trial search is reported as %s, and nothing is saved for it', async (status, failure) => {
    const { fetch } = registry({ trials: new Response('', { status }) });
    const outcome = await runCtgovLookups(columbus, ['trials'], { fetch, today });
    expect(outcome.problems).toMatchObject([{ lookup: 'trials', kind: 'failed', failure }]);
    expect((outcome.problems[0] as { websiteUrl: string }).websiteUrl).toMatch(/^https:\/\/clinicaltrials\.gov\/search\?cond=Pancreatic\+Cancer&lat=39\.97&lng=-83\.01&distance=50&/);
    expect(outcome.answers).toEqual(columbus);
  });

  it('a garbled page saves nothing', async () => {
    const { fetch } = registry({ trials: new Response('{"studies": "nope"}') });
    const outcome = await runCtgovLookups(columbus, ['trials'], { fetch, today });
    expect(outcome.problems).toMatchObject([{ lookup: 'trials', kind: 'failed', failure: 'unreadable' }]);
    expect(outcome.answers.trials?.saved).toBeUndefined();
  });

  it('no drug name and no cancer type: nothing is sent, each is reported', async () => {
    const { fetch, asked } = registry();
    const outcome = await runCtgovLookups({ schemaVersion: 2, trials: { zip: '43215' } }, ['expanded-access', 'trials'], { fetch, today });
    expect(asked).toEqual([]);
    expect(outcome.problems).toEqual([
      { lookup: 'expanded-access', kind: 'nothing-to-search' },
      { lookup: 'trials', kind: 'nothing-to-search' },
    ]);
  });

  it('an unknown ZIP code is reported and the search goes on without distance', async () => {
    const { fetch, asked } = registry();
    const outcome = await runCtgovLookups({ ...columbus, trials: { ...columbus.trials, zip: '00000' } }, ['trials'], { fetch, today });
    expect(outcome.problems).toEqual([{ lookup: 'trials', kind: 'unknown-zip', zip: '00000' }]);
    expect(asked[0]!.searchParams.has('filter.geo')).toBe(false);
    expect(outcome.answers.trials?.saved?.[0]?.nearestSite?.distanceMiles).toBeUndefined();
  });
});

describe('what the answers imply for the search', () => {
  it('in my state: the state’s name, no point sent', async () => {
    const { search } = await trialSearchFor({ ...columbus, trials: { ...columbus.trials, travel: 'in-my-state' } });
    expect(search?.area).toEqual({ kind: 'state', stateName: 'Ohio' });
  });

  it('kept trials stay; a fresh copy replaces an old one; at most 20', () => {
    const t = (id: string, status = 'RECRUITING'): SavedTrial => ({ nctId: id, title: id, status, retrievedOn: today });
    expect(mergeSavedTrials([t('NCT00000001', 'COMPLETED'), t('NCT00000002')], [t('NCT00000001'), t('NCT00000003')]).map((x) => [x.nctId, x.status])).toEqual([
      ['NCT00000001', 'RECRUITING'],
      ['NCT00000002', 'RECRUITING'],
      ['NCT00000003', 'RECRUITING'],
    ]);
    const many = Array.from({ length: 20 }, (_, i) => t(`NCT000001${String(i).padStart(2, '0')}`));
    expect(mergeSavedTrials(many, [t('NCT00000999')])).toHaveLength(20);
  });
});
