/**
 * ClinicalTrials.gov API v2 lookups: trials near the person, a study by its NCT number, and the
 * expanded-access records for a drug. Each is `(query, { fetch, signal, today }) => Promise<Result>`:
 * no React, no clock, no storage; the browser passes window.fetch, the command line the global
 * fetch, the tests a recording. Requests, schemas and parsing: ctgov-search.ts and ctgov-study.ts.
 */
import type { ExpandedAccessLookup } from '../domain/answers.schema';
import { expandedAccessLookupFrom } from './ctgov-saved-trial';
import { expandedAccessUrl, studyRecordUrl, trialSearchUrl, type TrialSearch } from './ctgov-search';
import { NCT_ID_PATTERN, parseStudy, readSearchPage, type SearchPage, type StudySummary } from './ctgov-study';
import { requestJson, type LookupDeps, type LookupResult } from './lookup';

/**
 * The most characters of one response that are read. A page of 100 studies, each with hundreds of
 * sites and their contacts, stays well under this; anything bigger is refused as unreadable.
 */
const MAX_RESPONSE_CHARS = 20_000_000;
const READ = { maxChars: MAX_RESPONSE_CHARS };

/**
 * One page of a trial search. The first page carries the total count; the next page is asked with
 * the previous page's nextPageToken and every other parameter unchanged. An empty search is a
 * result (no studies), not a failure. `retrievedOn` is the day of the lookup, for what is kept.
 */
export async function searchTrials(
  search: TrialSearch,
  deps: LookupDeps,
  page: { pageToken?: string; pageSize?: number } = {},
): Promise<LookupResult<SearchPage & { retrievedOn: string }>> {
  const response = await requestJson(trialSearchUrl(search, page), deps, READ);
  if (!response.ok) return response;
  const read = readSearchPage(response.value);
  if (!read) return { ok: false, failure: 'unreadable' };
  return { ok: true, value: { ...read, retrievedOn: deps.today } };
}

/**
 * One study by its NCT number (a number the person pasted from the registry's website). The number
 * is checked before anything is sent; the registry answers 404 for a number it does not know.
 */
export async function lookUpStudy(nctId: string, deps: LookupDeps): Promise<LookupResult<StudySummary & { retrievedOn: string }>> {
  if (!NCT_ID_PATTERN.test(nctId)) return { ok: false, failure: 'not-found' };
  const response = await requestJson(studyRecordUrl(nctId), deps, READ);
  if (!response.ok) return response;
  const study = parseStudy(response.value);
  if (!study || study.nctId !== nctId) return { ok: false, failure: 'unreadable' };
  return { ok: true, value: { ...study, retrievedOn: deps.today } };
}

/**
 * The expanded-access records listed for a drug name (study type EXPANDED_ACCESS), as the answers
 * keep them. None listed is a result worth keeping (records: []): the rules then say so.
 */
export async function lookUpExpandedAccess(drugName: string, deps: LookupDeps): Promise<LookupResult<ExpandedAccessLookup>> {
  const query = drugName.trim();
  if (query === '') return { ok: false, failure: 'not-found' };
  const response = await requestJson(expandedAccessUrl(query), deps, READ);
  if (!response.ok) return response;
  const read = readSearchPage(response.value);
  if (!read) return { ok: false, failure: 'unreadable' };
  return { ok: true, value: expandedAccessLookupFrom(read.studies, { query, retrievedOn: deps.today }) };
}
