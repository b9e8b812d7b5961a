/**
 * ClinicalTrials.gov API v2: the trial search request, exactly what is sent, and the same search as
 * a link to the registry's own website (the way on when the service cannot be reached from here).
 *
 * What is sent is only what the person is shown and can edit: condition words, other words (the
 * biomarker findings they tick), a drug if they tick it, and either a point rounded to 2 decimals
 * with a radius in miles, or the name of their state. Never the ZIP code, age, insurance or any
 * other answer.
 */
import { roundPoint, type GeoPoint } from './geo-distance';
import { CTGOV_LIMITS } from './ctgov-study';

export const CTGOV_ORIGIN = 'https://clinicaltrials.gov';
export const CTGOV_STUDIES_ENDPOINT = `${CTGOV_ORIGIN}/api/v2/studies`;

/** Only studies a person could still join. */
export const OPEN_STATUSES = ['RECRUITING', 'NOT_YET_RECRUITING'] as const;

/** Ask only for what is shown (title, phase, status, age limits, expanded access, contacts, sites). */
export const TRIAL_SEARCH_FIELDS = [
  'NCTId',
  'BriefTitle',
  'OverallStatus',
  'Phase',
  'StudyType',
  'MinimumAge',
  'MaximumAge',
  'HasExpandedAccess',
  'CentralContactName',
  'CentralContactRole',
  'CentralContactPhone',
  'CentralContactEMail',
  'LocationFacility',
  'LocationStatus',
  'LocationCity',
  'LocationState',
  'LocationZip',
  'LocationCountry',
  'LocationGeoPoint',
  'LocationContactName',
  'LocationContactRole',
  'LocationContactPhone',
  'LocationContactEMail',
] as const;

/** "Near home" is this far. */
export const NEAR_HOME_MILES = 50;

/** Where to look: around a point, in a state, or anywhere (no place is sent). */
export type SearchArea =
  | { kind: 'distance'; point: GeoPoint; radiusMiles: number }
  | { kind: 'state'; stateName: string }
  | { kind: 'anywhere' };

/** A trial search as the person sees and edits it before it is sent. */
export type TrialSearch = {
  /** query.cond: the cancer type in the registry's words. */
  conditionWords: string;
  /** query.term: other words, e.g. the biomarker findings the person ticked. */
  otherWords?: string;
  /** query.intr: the drug, only when the person ticks it. */
  drug?: string;
  area: SearchArea;
};

/** How many studies a page asks for (the schema refuses more than 100). */
export const DEFAULT_PAGE_SIZE = 20;

/** Joins ticked biomarker findings into the words sent as query.term: each quoted, any of them. */
export function findingsToWords(findings: readonly string[]): string {
  return findings
    .map((f) => f.replace(/"/g, '').trim())
    .filter((f) => f !== '')
    .map((f) => `"${f}"`)
    .join(' OR ');
}

/** Where to look, from the travel answer: near home is 50 miles around the rounded point; in my state, the state; else anywhere. */
export function areaFor(
  travel: 'near-home' | 'in-my-state' | 'anywhere-in-us' | undefined,
  place: { point?: GeoPoint; stateName?: string },
): SearchArea {
  if (travel === 'in-my-state' && place.stateName) return { kind: 'state', stateName: place.stateName };
  if (travel === 'near-home' && place.point) return { kind: 'distance', point: roundPoint(place.point), radiusMiles: NEAR_HOME_MILES };
  // Anywhere, no travel answer, or no point for near home: no place is sent (results still sort by distance on the device).
  return { kind: 'anywhere' };
}

function clean(words: string | undefined): string | undefined {
  const trimmed = words?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The query parameters of one page of a trial search, in the order sent. The point is rounded to
 * 2 decimals here too, whatever the caller passed; the radius carries its unit (without "mi" the
 * registry reads metres). `pageToken` is the previous page's nextPageToken; everything else stays the same.
 */
export function trialSearchParams(search: TrialSearch, page: { pageSize?: number; pageToken?: string } = {}): [string, string][] {
  const params: [string, string][] = [];
  const cond = clean(search.conditionWords);
  const term = clean(search.otherWords);
  const intr = clean(search.drug);
  if (cond) params.push(['query.cond', cond]);
  if (term) params.push(['query.term', term]);
  if (intr) params.push(['query.intr', intr]);
  if (search.area.kind === 'state') params.push(['query.locn', search.area.stateName]);
  params.push(['filter.overallStatus', OPEN_STATUSES.join(',')]);
  if (search.area.kind === 'distance') {
    const { lat, lon } = roundPoint(search.area.point);
    const radius = Math.max(1, Math.round(search.area.radiusMiles));
    params.push(['filter.geo', `distance(${lat},${lon},${radius}mi)`]);
  }
  params.push(['fields', TRIAL_SEARCH_FIELDS.join(',')]);
  const size = Math.min(CTGOV_LIMITS.studiesPerPage, Math.max(1, Math.round(page.pageSize ?? DEFAULT_PAGE_SIZE)));
  params.push(['pageSize', String(size)]);
  params.push(['countTotal', 'true']);
  if (page.pageToken) params.push(['pageToken', page.pageToken]);
  return params;
}

/** The full request URL of one page of a trial search. */
export function trialSearchUrl(search: TrialSearch, page: { pageSize?: number; pageToken?: string } = {}): string {
  return `${CTGOV_STUDIES_ENDPOINT}?${new URLSearchParams(trialSearchParams(search, page)).toString()}`;
}

/**
 * The same search on the registry's website (https://clinicaltrials.gov/search), filled in:
 * condition, other terms, intervention, place, and recruiting or not yet recruiting.
 */
export function trialSearchWebsiteUrl(search: TrialSearch): string {
  const params = new URLSearchParams();
  const cond = clean(search.conditionWords);
  const term = clean(search.otherWords);
  const intr = clean(search.drug);
  if (cond) params.set('cond', cond);
  if (term) params.set('term', term);
  if (intr) params.set('intr', intr);
  if (search.area.kind === 'distance') {
    const { lat, lon } = roundPoint(search.area.point);
    params.set('lat', String(lat));
    params.set('lng', String(lon));
    params.set('distance', String(Math.max(1, Math.round(search.area.radiusMiles))));
  } else if (search.area.kind === 'state') {
    params.set('country', 'United States');
    params.set('state', search.area.stateName);
  }
  params.set('aggFilters', 'status:not rec');
  return `${CTGOV_ORIGIN}/search?${params.toString()}`;
}

/** The query parameters of the expanded-access lookup for a drug name. */
export function expandedAccessParams(drugName: string): [string, string][] {
  return [
    ['query.intr', drugName.trim()],
    ['filter.advanced', 'AREA[StudyType]EXPANDED_ACCESS'],
    ['fields', 'NCTId,BriefTitle,OverallStatus,StudyType'],
    ['pageSize', '20'],
    ['countTotal', 'true'],
  ];
}

/** The request URL of the expanded-access lookup for a drug name. */
export function expandedAccessUrl(drugName: string): string {
  return `${CTGOV_STUDIES_ENDPOINT}?${new URLSearchParams(expandedAccessParams(drugName)).toString()}`;
}

/** The same expanded-access search on the registry's website. */
export function expandedAccessWebsiteUrl(drugName: string): string {
  const params = new URLSearchParams({ intr: drugName.trim(), aggFilters: 'studyType:exp' });
  return `${CTGOV_ORIGIN}/search?${params.toString()}`;
}

/** The request URL of one study record, for a pasted NCT number. */
export function studyRecordUrl(nctId: string): string {
  const params = new URLSearchParams({ fields: TRIAL_SEARCH_FIELDS.join(',') });
  return `${CTGOV_STUDIES_ENDPOINT}/${encodeURIComponent(nctId)}?${params.toString()}`;
}
