/**
 * The ClinicalTrials.gov lookups the command line makes for `--lookup expanded-access,trials`:
 * the expanded-access records for the drug, and the nearest five recruiting trials (by distance,
 * then phase) for the cancer type around the ZIP code's point. Returns the answers with what was
 * found saved into them, and the failures, so the caller can say them and go on.
 *
 * What is sent is what the wizard would show: the drug name; the condition words for the cancer
 * type and either a point rounded to 2 decimals with a 50-mile radius (near home), the state's name
 * (in my state) or no place (anywhere). Never the ZIP code itself, the age, or any other answer.
 */
import type { Answers, SavedTrial } from '../domain/answers.schema';
import { states } from '../../templates/en/states';
import { lookUpExpandedAccess, searchTrials } from './ctgov';
import { conditionWordsFor } from './ctgov-conditions';
import { savedTrialFrom } from './ctgov-saved-trial';
import { areaFor, expandedAccessWebsiteUrl, trialSearchWebsiteUrl, type TrialSearch } from './ctgov-search';
import { sortByDistanceThenPhase } from './ctgov-study';
import type { GeoPoint } from './geo-distance';
import type { LookupDeps, LookupFailure } from './lookup';
import { zipToPoint, type ZipPoint } from './zip-point';

/** The ClinicalTrials.gov lookups the command line can make. */
export type CtgovLookupKind = 'expanded-access' | 'trials';

/** How many trials the command line keeps: the nearest five recruiting ones. */
export const CLI_TRIALS_KEPT = 5;
/** The contract's cap on trials.saved. */
const SAVED_TRIALS_MAX = 20;

/** Why one lookup did not happen or gave nothing; the command line says each in words. */
export type CtgovBatchProblem =
  /** The lookup failed; `websiteUrl` is the same search on the registry's website, the way on. */
  | { lookup: CtgovLookupKind; kind: 'failed'; failure: LookupFailure; websiteUrl: string }
  /** The answers do not hold what the lookup needs (no drug name; no cancer type to search for). */
  | { lookup: CtgovLookupKind; kind: 'nothing-to-search' }
  /** The ZIP code is not in the table: the search went on without distance. */
  | { lookup: 'trials'; kind: 'unknown-zip'; zip: string };

export type CtgovBatchOutcome = {
  answers: Answers;
  problems: CtgovBatchProblem[];
  /** What was saved, for the summary line. */
  saved: { expandedAccessRecords?: number; trials?: number; totalCount?: number };
};

/** The trial search the answers imply, and the person's point when the ZIP code is known. */
export async function trialSearchFor(
  answers: Answers,
  zipPoint: (zip: string) => Promise<ZipPoint> = zipToPoint,
): Promise<{ search?: TrialSearch; point?: GeoPoint; unknownZip?: string }> {
  const conditionWords = conditionWordsFor(answers.diagnosis);
  const zip = answers.trials?.zip;
  const found = zip ? await zipPoint(zip) : undefined;
  const point = found?.kind === 'found' ? found.point : undefined;
  const unknownZip = found?.kind === 'unknown-zip' ? found.zip : undefined;
  if (!conditionWords) return { ...(point ? { point } : {}), ...(unknownZip ? { unknownZip } : {}) };
  const state = answers.residenceState;
  const area = areaFor(answers.trials?.travel, { ...(point ? { point } : {}), ...(state ? { stateName: states[state] } : {}) });
  return { search: { conditionWords, area }, ...(point ? { point } : {}), ...(unknownZip ? { unknownZip } : {}) };
}

/** Puts newly found trials after the ones already kept (a fresh copy replaces an old one), at most 20. */
export function mergeSavedTrials(kept: readonly SavedTrial[], found: readonly SavedTrial[]): SavedTrial[] {
  const fresh = new Map(found.map((t) => [t.nctId, t]));
  const merged = kept.map((t) => fresh.get(t.nctId) ?? t);
  const keptIds = new Set(kept.map((t) => t.nctId));
  return [...merged, ...found.filter((t) => !keptIds.has(t.nctId))].slice(0, SAVED_TRIALS_MAX);
}

/** Makes the lookups asked for, in order; one failing never stops the other. */
export async function runCtgovLookups(
  answers: Answers,
  kinds: readonly CtgovLookupKind[],
  deps: LookupDeps,
  zipPoint: (zip: string) => Promise<ZipPoint> = zipToPoint,
): Promise<CtgovBatchOutcome> {
  let next: Answers = answers;
  const problems: CtgovBatchProblem[] = [];
  const saved: CtgovBatchOutcome['saved'] = {};

  if (kinds.includes('expanded-access')) {
    const name = next.drugOfInterest?.name?.trim();
    if (!name) problems.push({ lookup: 'expanded-access', kind: 'nothing-to-search' });
    else {
      const result = await lookUpExpandedAccess(name, deps);
      if (!result.ok) problems.push({ lookup: 'expanded-access', kind: 'failed', failure: result.failure, websiteUrl: expandedAccessWebsiteUrl(name) });
      else {
        next = { ...next, drugOfInterest: { ...next.drugOfInterest, expandedAccess: result.value } };
        saved.expandedAccessRecords = result.value.records.length;
      }
    }
  }

  if (kinds.includes('trials')) {
    const { search, point, unknownZip } = await trialSearchFor(next, zipPoint);
    if (unknownZip) problems.push({ lookup: 'trials', kind: 'unknown-zip', zip: unknownZip });
    if (!search) problems.push({ lookup: 'trials', kind: 'nothing-to-search' });
    else {
      const result = await searchTrials(search, deps, { pageSize: 100 });
      if (!result.ok) problems.push({ lookup: 'trials', kind: 'failed', failure: result.failure, websiteUrl: trialSearchWebsiteUrl(search) });
      else {
        const recruiting = result.value.studies.filter((s) => s.status === 'RECRUITING');
        const nearest = sortByDistanceThenPhase(recruiting, point).slice(0, CLI_TRIALS_KEPT);
        const found = nearest.map((s) => savedTrialFrom(s, { retrievedOn: result.value.retrievedOn, ...(point ? { from: point } : {}) }));
        next = { ...next, trials: { ...next.trials, saved: mergeSavedTrials(next.trials?.saved ?? [], found) } };
        saved.trials = found.length;
        if (result.value.totalCount !== undefined) saved.totalCount = result.value.totalCount;
      }
    }
  }
  return { answers: next, problems, saved };
}
