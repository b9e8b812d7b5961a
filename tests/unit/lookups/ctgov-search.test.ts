import { describe, expect, it } from 'vitest';
import {
  areaFor,
  expandedAccessUrl,
  expandedAccessWebsiteUrl,
  findingsToWords,
  studyRecordUrl,
  TRIAL_SEARCH_FIELDS,
  trialSearchUrl,
  trialSearchWebsiteUrl,
  type TrialSearch,
} from '../../../src/lookups/ctgov-search';

const COLUMBUS_EXACT = { lat: 39.961176, lon: -82.998794 };

const search: TrialSearch = {
  conditionWords: 'pancreatic cancer',
  otherWords: findingsToWords(['KRAS G12C', 'BRCA2']),
  drug: 'olaparib',
  area: { kind: 'distance', point: COLUMBUS_EXACT, radiusMiles: 50 },
};

function paramsOf(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe('the trial search request', () => {
  it('sends exactly the shown words, open statuses, a rounded point with the mi unit, the fields shown, a page size and countTotal', () => {
    const url = trialSearchUrl(search);
    expect(url.startsWith('https://clinicaltrials.gov/api/v2/studies?')).toBe(true);
    const p = paramsOf(url);
    expect([...p.keys()]).toEqual([
      'query.cond',
      'query.term',
      'query.intr',
      'filter.overallStatus',
      'filter.geo',
      'fields',
      'pageSize',
      'countTotal',
    ]);
    expect(p.get('query.cond')).toBe('pancreatic cancer');
    expect(p.get('query.term')).toBe('"KRAS G12C" OR "BRCA2"');
    expect(p.get('query.intr')).toBe('olaparib');
    expect(p.get('filter.overallStatus')).toBe('RECRUITING,NOT_YET_RECRUITING');
    expect(p.get('filter.geo')).toBe('distance(39.96,-83,50mi)');
    expect(p.get('fields')).toBe(TRIAL_SEARCH_FIELDS.join(','));
    expect(p.get('pageSize')).toBe('20');
    expect(p.get('countTotal')).toBe('true');
    expect(url).not.toContain('39.961176');
  });

  it('the next page sends the previous page’s token and every other parameter unchanged', () => {
    const first = paramsOf(trialSearchUrl(search));
    const next = paramsOf(trialSearchUrl(search, { pageToken: 'ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw' }));
    expect(next.get('pageToken')).toBe('ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw');
    next.delete('pageToken');
    expect(next.toString()).toBe(first.toString());
  });

  it('leaves out what the person did not tick: no other words, no drug', () => {
    const p = paramsOf(trialSearchUrl({ conditionWords: 'melanoma', area: { kind: 'anywhere' } }));
    expect(p.has('query.term')).toBe(false);
    expect(p.has('query.intr')).toBe(false);
    expect(p.has('filter.geo')).toBe(false);
    expect(p.has('query.locn')).toBe(false);
  });

  it('in my state: the state’s name, and no point', () => {
    const p = paramsOf(trialSearchUrl({ conditionWords: 'melanoma', area: { kind: 'state', stateName: 'Ohio' } }));
    expect(p.get('query.locn')).toBe('Ohio');
    expect(p.has('filter.geo')).toBe(false);
  });

  it('never asks for more than 100 studies a page', () => {
    expect(paramsOf(trialSearchUrl(search, { pageSize: 500 })).get('pageSize')).toBe('100');
  });

  it('the travel answer sets the area: near home 50 miles around the rounded point; in my state the state; anywhere no place', () => {
    expect(areaFor('near-home', { point: COLUMBUS_EXACT, stateName: 'Ohio' })).toEqual({
      kind: 'distance',
      point: { lat: 39.96, lon: -83 },
      radiusMiles: 50,
    });
    expect(areaFor('in-my-state', { point: COLUMBUS_EXACT, stateName: 'Ohio' })).toEqual({ kind: 'state', stateName: 'Ohio' });
    expect(areaFor('anywhere-in-us', { point: COLUMBUS_EXACT, stateName: 'Ohio' })).toEqual({ kind: 'anywhere' });
    expect(areaFor(undefined, {})).toEqual({ kind: 'anywhere' });
    expect(areaFor(undefined, { point: COLUMBUS_EXACT })).toEqual({ kind: 'anywhere' });
    expect(areaFor('near-home', {})).toEqual({ kind: 'anywhere' });
    expect(areaFor('in-my-state', { point: COLUMBUS_EXACT })).toEqual({ kind: 'anywhere' });
  });

  it('quotes each finding and drops quotes typed inside one', () => {
    expect(findingsToWords(['BRAF "V600E"', ' ', 'MSI-H'])).toBe('"BRAF V600E" OR "MSI-H"');
    expect(findingsToWords([])).toBe('');
  });
});

describe('the same search on the registry’s website (the way on when the service cannot be reached)', () => {
  it('fills in condition, other terms, intervention, the rounded point and radius, and open statuses', () => {
    const url = trialSearchWebsiteUrl(search);
    expect(url.startsWith('https://clinicaltrials.gov/search?')).toBe(true);
    const p = paramsOf(url);
    expect(p.get('cond')).toBe('pancreatic cancer');
    expect(p.get('term')).toBe('"KRAS G12C" OR "BRCA2"');
    expect(p.get('intr')).toBe('olaparib');
    expect(p.get('lat')).toBe('39.96');
    expect(p.get('lng')).toBe('-83');
    expect(p.get('distance')).toBe('50');
    expect(p.get('aggFilters')).toBe('status:not rec');
  });

  it('fills in the state for "in my state"', () => {
    const p = paramsOf(trialSearchWebsiteUrl({ conditionWords: 'melanoma', area: { kind: 'state', stateName: 'Ohio' } }));
    expect(p.get('state')).toBe('Ohio');
    expect(p.get('country')).toBe('United States');
    expect(p.has('lat')).toBe(false);
  });
});

describe('the expanded-access lookup request', () => {
  it('asks for expanded-access records of the drug, and only the fields shown', () => {
    const p = paramsOf(expandedAccessUrl('  examplinib '));
    expect(p.get('query.intr')).toBe('examplinib');
    expect(p.get('filter.advanced')).toBe('AREA[StudyType]EXPANDED_ACCESS');
    expect(p.get('fields')).toBe('NCTId,BriefTitle,OverallStatus,StudyType');
    expect(p.has('filter.overallStatus')).toBe(false);
  });

  it('has a website fallback filtered to expanded-access records', () => {
    const p = paramsOf(expandedAccessWebsiteUrl('examplinib'));
    expect(p.get('intr')).toBe('examplinib');
    expect(p.get('aggFilters')).toBe('studyType:exp');
  });

  it('looks up one pasted study by its NCT number', () => {
    expect(studyRecordUrl('NCT02576665')).toMatch(/^https:\/\/clinicaltrials\.gov\/api\/v2\/studies\/NCT02576665\?fields=NCTId%2C/);
  });
});
