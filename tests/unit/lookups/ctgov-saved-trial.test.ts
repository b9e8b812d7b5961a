import { describe, expect, it } from 'vitest';
import { expandedAccessLookupSchema, savedTrialSchema } from '../../../src/domain/answers.schema';
import { expandedAccessLookupFrom, savedTrialFrom } from '../../../src/lookups/ctgov-saved-trial';
import { parseStudy, readSearchPage } from '../../../src/lookups/ctgov-study';
import { ctgovFixture, RECORDED_SEARCH_PAGES } from './ctgov-fixtures';

const COLUMBUS = { lat: 39.96, lon: -83.0 };
const BOSTON = { lat: 42.36, lon: -71.06 };
const handMade = readSearchPage(ctgovFixture('hand-made/search_recruiting_sites_handmade.json'))!;
const study = (id: string) => handMade.studies.find((s) => s.nctId === id)!;

describe('a kept trial, as saved in the answers (trials.saved)', () => {
  it('keeps the nearest site with its distance and that site’s own contact', () => {
    const saved = savedTrialFrom(study('NCT99999901'), { retrievedOn: '2026-11-30', from: COLUMBUS });
    expect(saved).toEqual({
      nctId: 'NCT99999901',
      title: '(made by hand) A Study of Examplinib in Metastatic Pancreatic Cancer',
      status: 'RECRUITING',
      phases: ['PHASE2'],
      retrievedOn: '2026-11-30',
      nearestSite: { facility: '(made by hand) Example Cancer Center Columbus', city: 'Columbus', state: 'Ohio', zip: '43210', distanceMiles: 0 },
      contact: { name: '(made by hand) Site Coordinator Columbus', phone: '555-0102', email: 'columbus@example.org' },
    });
    expect(savedTrialSchema.safeParse(saved).success).toBe(true);
  });

  it('from Boston the nearest Ohio site is Cleveland, about 550 miles', () => {
    const saved = savedTrialFrom(study('NCT99999901'), { retrievedOn: '2026-11-30', from: BOSTON });
    expect(saved.nearestSite?.city).toBe('Cleveland');
    expect(saved.nearestSite?.distanceMiles).toBeGreaterThan(530);
    expect(saved.nearestSite?.distanceMiles).toBeLessThan(570);
  });

  it('a site with no contact of its own falls back to the central contact', () => {
    const saved = savedTrialFrom(study('NCT99999902'), { retrievedOn: '2026-11-30', from: COLUMBUS });
    expect(saved.nearestSite).toEqual({ facility: '(made by hand) Example Hospital Without Point', city: 'Dayton', state: 'Ohio', zip: '45409' });
    expect(saved.contact).toEqual({ name: '(made by hand) Central Contact Two', phone: '555-0103' });
  });

  it('a study with no sites and no contacts saves neither', () => {
    const saved = savedTrialFrom(study('NCT99999903'), { retrievedOn: '2026-11-30', from: COLUMBUS });
    expect(saved.nearestSite).toBeUndefined();
    expect(saved.contact).toBeUndefined();
    expect(savedTrialSchema.safeParse(saved).success).toBe(true);
  });

  it('every study of every recording saves as a valid SavedTrial', () => {
    for (const file of RECORDED_SEARCH_PAGES) {
      for (const s of readSearchPage(ctgovFixture(file))!.studies) {
        expect(savedTrialSchema.safeParse(savedTrialFrom(s, { retrievedOn: '2026-08-11', from: COLUMBUS })).success).toBe(true);
      }
    }
    const big = parseStudy(ctgovFixture('get_nct00791778_20260902.json'))!;
    const saved = savedTrialFrom(big, { retrievedOn: '2026-09-02', from: COLUMBUS });
    expect(saved.nearestSite).toMatchObject({ city: 'London', state: 'Ontario', distanceMiles: 228 });
    expect(savedTrialSchema.safeParse(saved).success).toBe(true);
  });
});

describe('expanded-access records for a drug, as saved (drugOfInterest.expandedAccess)', () => {
  const page = readSearchPage(ctgovFixture('hand-made/search_expanded_access_examplinib_handmade.json'))!;

  it('keeps NCT number, title and the registry’s status, available ones first', () => {
    const lookup = expandedAccessLookupFrom(page.studies, { query: ' examplinib ', retrievedOn: '2026-11-30' });
    expect(lookup.query).toBe('examplinib');
    expect(lookup.retrievedOn).toBe('2026-11-30');
    expect(lookup.records.map((r) => r.status)).toEqual(['AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING']);
    expect(lookup.records[0]).toEqual({ nctId: 'NCT99999911', title: '(made by hand) Expanded Access Program for Examplinib', status: 'AVAILABLE' });
    expect(expandedAccessLookupSchema.safeParse(lookup).success).toBe(true);
  });

  it('leaves out studies of another type the registry sent anyway, and saves none found as an empty list', () => {
    const interventional = readSearchPage(ctgovFixture('search_keytruda_limit3_20260811.json'))!.studies;
    const lookup = expandedAccessLookupFrom(interventional, { query: 'Keytruda', retrievedOn: '2026-08-11' });
    expect(lookup.records).toEqual([]);
    expect(expandedAccessLookupSchema.safeParse(lookup).success).toBe(true);
  });

  it('reads the hand-made full expanded-access record', () => {
    const record = parseStudy(ctgovFixture('hand-made/study_NCT99999911_expanded_access_handmade.json'))!;
    expect(record).toMatchObject({ nctId: 'NCT99999911', status: 'AVAILABLE', studyType: 'EXPANDED_ACCESS' });
  });
});
