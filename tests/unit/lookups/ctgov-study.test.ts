import { describe, expect, it } from 'vitest';
import {
  ageFit,
  ageInYears,
  nctIdsIn,
  nearestSite,
  normaliseNctId,
  parseStudy,
  phaseRank,
  readSearchPage,
  sortByDistanceThenPhase,
} from '../../../src/lookups/ctgov-study';
import { milesBetween, roundPoint } from '../../../src/lookups/geo-distance';
import { ctgovFixture, RECORDED_SEARCH_PAGES, RECORDED_STUDIES } from './ctgov-fixtures';

const COLUMBUS = { lat: 39.96, lon: -83.0 };
const BOSTON = { lat: 42.36, lon: -71.06 };
const LOS_ANGELES = { lat: 34.05, lon: -118.24 };

describe('search pages recorded from ClinicalTrials.gov', () => {
  it.each([
    ['search-melanoma-recruiting.json', 3, 480, true],
    ['search_keytruda_limit3_20260811.json', 3, 2924, true],
    ['search_nsclc_egfr_l858r_20260811.json', 2, 2, false],
    ['search_phelan_limit5_20260811.json', 5, 21, true],
  ] as const)('%s: %i studies, total %i, next page %s', (file, studies, total, hasNext) => {
    const page = readSearchPage(ctgovFixture(file));
    expect(page).toBeDefined();
    expect(page!.studies).toHaveLength(studies);
    expect(page!.unreadable).toBe(0);
    expect(page!.totalCount).toBe(total);
    expect(page!.nextPageToken !== undefined).toBe(hasNext);
  });

  it('reads every study of every recorded page with an NCT number, a title and a status, and a link to its page', () => {
    for (const file of RECORDED_SEARCH_PAGES) {
      const page = readSearchPage(ctgovFixture(file))!;
      for (const s of page.studies) {
        expect(s.nctId).toMatch(/^NCT\d{8}$/);
        expect(s.title.length).toBeGreaterThan(0);
        expect(s.status).toMatch(/^[A-Z_]+$/);
        expect(s.url).toBe(`https://clinicaltrials.gov/study/${s.nctId}`);
        // The search projection holds no contactsLocationsModule: no sites, no contacts.
        expect(s.sites).toEqual([]);
        expect(s.centralContacts).toEqual([]);
      }
    }
  });

  it('keeps phases and age limits as the registry writes them', () => {
    const page = readSearchPage(ctgovFixture('search_phelan_limit5_20260811.json'))!;
    const first = page.studies[0]!;
    expect(first.nctId).toBe('NCT02710084');
    expect(first.title).toBe('Piloting Treatment With Intranasal Oxytocin in Phelan-McDermid Syndrome');
    expect(first.status).toBe('COMPLETED');
    expect(first.phases).toEqual(['PHASE2']);
    expect(first.studyType).toBe('INTERVENTIONAL');
  });

  it('the page pair: the first page has the total and a token; the next has five other studies, its own token and no total', () => {
    const first = readSearchPage(ctgovFixture('search_phelan_limit5_20260811.json'))!;
    const next = readSearchPage(ctgovFixture('search_phelan_next_20260811.json'))!;
    expect(first.nextPageToken).toBe('ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw');
    expect(first.totalCount).toBe(21);
    expect(next.totalCount).toBeUndefined();
    expect(next.studies).toHaveLength(5);
    expect(next.nextPageToken).toBeDefined();
    expect(next.nextPageToken).not.toBe(first.nextPageToken);
    const firstIds = new Set(first.studies.map((s) => s.nctId));
    expect(next.studies.some((s) => firstIds.has(s.nctId))).toBe(false);
  });
});

describe('full study records recorded from ClinicalTrials.gov', () => {
  it.each(RECORDED_STUDIES)('%s reads as one study', (file) => {
    const study = parseStudy(ctgovFixture(file));
    expect(study).toBeDefined();
    expect(study!.nctId).toMatch(/^NCT\d{8}$/);
  });

  it('NCT06131398: 25 sites, 23 with a geoPoint, no expanded access, phase 1, completed', () => {
    const s = parseStudy(ctgovFixture('get_nct06131398_full_20260903.json'))!;
    expect(s.sites).toHaveLength(25);
    expect(s.sites.filter((x) => x.point)).toHaveLength(23);
    expect(s.hasExpandedAccess).toBe(false);
    expect(s.phases).toEqual(['PHASE1']);
    expect(s.status).toBe('COMPLETED');
    expect(s.centralContacts).toEqual([]);
    expect(s.sites[0]).toMatchObject({ facility: 'City of Hope National Medical Center', city: 'Duarte', state: 'California', zip: '91010' });
  });

  it('NCT00791778: 59 sites, 55 with a geoPoint, city names in UTF-8 kept as written', () => {
    const s = parseStudy(ctgovFixture('get_nct00791778_20260902.json'))!;
    expect(s.sites).toHaveLength(59);
    expect(s.sites.filter((x) => x.point)).toHaveLength(55);
    expect(s.sites.map((x) => x.city)).toEqual(expect.arrayContaining(['La Louvière', 'Jyväskylä']));
    expect(s.minimumAge).toBe('18 Years');
    expect(s.maximumAge).toBeUndefined();
  });

  it('NCT02576665 (terminated): 3 sites, no site status, no contacts', () => {
    const s = parseStudy(ctgovFixture('study-NCT02576665.json'))!;
    expect(s.status).toBe('TERMINATED');
    expect(s.sites).toHaveLength(3);
    expect(s.sites.every((x) => x.status === undefined && x.contacts.length === 0)).toBe(true);
  });

  it('NCT06604689 (observational, no sites): read, with no sites', () => {
    const s = parseStudy(ctgovFixture('get_nct06604689_20260811.json'))!;
    expect(s.status).toBe('RECRUITING');
    expect(s.studyType).toBe('OBSERVATIONAL');
    expect(s.sites).toEqual([]);
    expect(nearestSite(s, COLUMBUS)).toBeUndefined();
  });
});

describe('distance and the nearest site', () => {
  it('haversine: JFK to LAX is about 2,475 miles', () => {
    const miles = milesBetween({ lat: 40.6413, lon: -73.7781 }, { lat: 33.9416, lon: -118.4085 });
    expect(miles).toBeGreaterThan(2465);
    expect(miles).toBeLessThan(2485);
    expect(milesBetween(BOSTON, BOSTON)).toBe(0);
  });

  it('rounds the point that is sent to 2 decimals', () => {
    expect(roundPoint({ lat: 39.961176, lon: -82.998794 })).toEqual({ lat: 39.96, lon: -83 });
  });

  it('25 sites (NCT06131398): the nearest to Boston is Dana-Farber, from Los Angeles City of Hope, from Columbus Winston-Salem', () => {
    const s = parseStudy(ctgovFixture('get_nct06131398_full_20260903.json'))!;
    expect(nearestSite(s, BOSTON)).toMatchObject({ site: { facility: 'Dana-Farber Cancer Institute' }, distanceMiles: 0 });
    expect(nearestSite(s, LOS_ANGELES)).toMatchObject({ site: { city: 'Duarte' }, distanceMiles: 16 });
    expect(nearestSite(s, COLUMBUS)).toMatchObject({ site: { city: 'Winston-Salem', state: 'North Carolina' }, distanceMiles: 306 });
  });

  it('59 sites in no order (NCT00791778): the nearest is not the first listed, and sites without a geoPoint are passed over', () => {
    const s = parseStudy(ctgovFixture('get_nct00791778_20260902.json'))!;
    expect(s.sites[0]!.city).toBe('La Jolla');
    expect(nearestSite(s, COLUMBUS)).toMatchObject({ site: { city: 'London', state: 'Ontario' }, distanceMiles: 228 });
    expect(nearestSite(s, BOSTON)).toMatchObject({ site: { city: 'Scarborough', state: 'Maine' }, distanceMiles: 92 });
    expect(nearestSite(s, LOS_ANGELES)).toMatchObject({ site: { city: 'La Jolla' }, distanceMiles: 100 });
  });

  it('no geoPoint on any site: no nearest site, and the study sorts after those with one', () => {
    const page = readSearchPage(ctgovFixture('hand-made/search_recruiting_sites_handmade.json'))!;
    const noPoint = page.studies.find((s) => s.nctId === 'NCT99999902')!;
    expect(noPoint.sites).toHaveLength(1);
    expect(nearestSite(noPoint, COLUMBUS)).toBeUndefined();
  });
});

describe('hand-made records (recruiting sites with status and contacts, central contacts)', () => {
  const page = readSearchPage(ctgovFixture('hand-made/search_recruiting_sites_handmade.json'))!;

  it('reads site status and contacts, central contacts and the expanded-access flag', () => {
    const s = page.studies.find((x) => x.nctId === 'NCT99999901')!;
    expect(s.hasExpandedAccess).toBe(true);
    expect(s.centralContacts).toEqual([
      { name: '(made by hand) Central Study Contact', role: 'CONTACT', phone: '555-0100', email: 'central@example.org' },
    ]);
    expect(s.sites.map((x) => x.status)).toEqual(['RECRUITING', 'RECRUITING', 'NOT_YET_RECRUITING']);
    expect(s.sites[0]!.contacts).toHaveLength(2);
  });

  it('a study with no sites at all is read, with no sites', () => {
    const s = page.studies.find((x) => x.nctId === 'NCT99999903')!;
    expect(s.sites).toEqual([]);
  });

  it('sorts by distance, then the later phase first at the same distance; no measurable site last', () => {
    const sorted = sortByDistanceThenPhase(page.studies, COLUMBUS);
    expect(sorted.map((s) => s.nctId)).toEqual(['NCT99999904', 'NCT99999901', 'NCT99999902', 'NCT99999903']);
    expect(sorted[0]!.nearest).toMatchObject({ site: { city: 'Columbus' }, distanceMiles: 0 });
    expect(sorted[1]!.nearest).toMatchObject({ site: { city: 'Columbus' }, distanceMiles: 0 });
    expect(sorted[2]!.nearest).toBeUndefined();
    // Among the two without a measurable site: phase 3 before phase 1.
    expect(sorted[2]!.phases).toEqual(['PHASE3']);
  });

  it('without a point, sorts by phase only and measures nothing', () => {
    const sorted = sortByDistanceThenPhase(page.studies);
    expect(sorted.map((s) => s.nctId)).toEqual(['NCT99999902', 'NCT99999904', 'NCT99999901', 'NCT99999903']);
    expect(sorted.every((s) => s.nearest === undefined)).toBe(true);
  });

  it('from Boston, the phase 3 study with a Boston site comes first, then the Ohio ones', () => {
    const sorted = sortByDistanceThenPhase(page.studies, BOSTON);
    expect(sorted[0]!.nctId).toBe('NCT99999904');
    expect(sorted[0]!.nearest!.site.city).toBe('Boston');
    expect(sorted[1]!.nctId).toBe('NCT99999901');
    expect(sorted[1]!.nearest!.site.city).toBe('Cleveland');
  });
});

describe('bad pages', () => {
  it.each([
    ['not an object', 'garbled'],
    ['null', null],
    ['studies not a list', { studies: 'none' }],
    ['HTML error page text', '<html>Service Unavailable</html>'],
    ['more than 100 studies', { studies: Array.from({ length: 101 }, () => ({})) }],
    ['a negative total', { studies: [], totalCount: -1 }],
  ])('a garbled page (%s) is refused as a whole', (_name, json) => {
    expect(readSearchPage(json)).toBeUndefined();
  });

  it('an empty search: no studies, total 0, no next page', () => {
    expect(readSearchPage({ studies: [], totalCount: 0 })).toEqual({ studies: [], unreadable: 0, totalCount: 0 });
  });

  it('a missing nextPageToken means the last page', () => {
    const page = readSearchPage(ctgovFixture('search_nsclc_egfr_l858r_20260811.json'))!;
    expect(page.nextPageToken).toBeUndefined();
  });

  it('one bad study is left out and counted, the others are kept', () => {
    const good = (ctgovFixture('search_phelan_limit5_20260811.json') as { studies: unknown[] }).studies;
    const longTitle = { protocolSection: { identificationModule: { nctId: 'NCT01234567', briefTitle: 'x'.repeat(301) }, statusModule: { overallStatus: 'RECRUITING' } } };
    const badId = { protocolSection: { identificationModule: { nctId: '<script>', briefTitle: 'A' }, statusModule: { overallStatus: 'RECRUITING' } } };
    const page = readSearchPage({ studies: [...good, longTitle, badId, 42], totalCount: 8 })!;
    expect(page.studies).toHaveLength(5);
    expect(page.unreadable).toBe(3);
  });

  it('a site with an impossible geoPoint makes the study unreadable, not a wrong distance', () => {
    const study = {
      protocolSection: {
        identificationModule: { nctId: 'NCT01234567', briefTitle: 'A' },
        statusModule: { overallStatus: 'RECRUITING' },
        contactsLocationsModule: { locations: [{ city: 'Nowhere', geoPoint: { lat: 200, lon: 0 } }] },
      },
    };
    expect(parseStudy(study)).toBeUndefined();
  });

  it('text stays text: markup in a title is kept as characters, never interpreted', () => {
    const study = { protocolSection: { identificationModule: { nctId: 'NCT01234567', briefTitle: '<b>Bold</b> & co' }, statusModule: { overallStatus: 'RECRUITING' } } };
    expect(parseStudy(study)!.title).toBe('<b>Bold</b> & co');
  });
});

describe('phases, ages and NCT numbers', () => {
  it('ranks later phases higher; none or NA lowest', () => {
    expect(phaseRank(['PHASE3'])).toBeGreaterThan(phaseRank(['PHASE2']));
    expect(phaseRank(['PHASE1', 'PHASE2'])).toBe(phaseRank(['PHASE2']));
    expect(phaseRank(['EARLY_PHASE1'])).toBeGreaterThan(phaseRank(['NA']));
    expect(phaseRank([])).toBe(0);
  });

  it('reads age limits in years, months, weeks and days', () => {
    expect(ageInYears('18 Years')).toBe(18);
    expect(ageInYears('6 Months')).toBe(0.5);
    expect(ageInYears('3 Months')).toBe(0.25);
    expect(ageInYears('N/A')).toBeUndefined();
    expect(ageInYears(undefined)).toBeUndefined();
  });

  it('sets the person’s age against the limits', () => {
    const adults = { minimumAge: '18 Years', maximumAge: '75 Years' };
    expect(ageFit(adults, 17)).toBe('below-minimum');
    expect(ageFit(adults, 18)).toBe('within');
    expect(ageFit(adults, 75)).toBe('within');
    expect(ageFit(adults, 76)).toBe('above-maximum');
    expect(ageFit(adults, undefined)).toBe('unknown');
    expect(ageFit({}, 40)).toBe('within');
  });

  it('checks pasted NCT numbers', () => {
    expect(normaliseNctId(' nct02576665 ')).toBe('NCT02576665');
    expect(normaliseNctId('NCT 0257-6665')).toBe('NCT02576665');
    expect(normaliseNctId('NCT0257666')).toBeUndefined();
    expect(normaliseNctId('NCT025766651')).toBeUndefined();
    expect(normaliseNctId('02576665')).toBeUndefined();
    expect(nctIdsIn('See NCT02576665, nct06131398 and NCT02576665 again; not NCT123.')).toEqual(['NCT02576665', 'NCT06131398']);
  });
});
