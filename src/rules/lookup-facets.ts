/**
 * What the rules read from saved lookups (contract version 2): the expanded-access records found for
 * the drug (drugOfInterest.expandedAccess) and the trials the person kept (trials.saved). Reduced
 * to a few values so the decision table stays reviewable, plus the words a reason names (the NCT
 * number and the day it was looked up). Pure: "how old is this lookup" is said by the page, not here.
 */
import type { Answers, SavedTrial } from '../domain/answers.schema';
import { isNotLookedUp } from '../domain/saved-trial';
// ClinicalTrials.gov writes a site's state as its English name, e.g. "Ohio".
import { states } from '../../templates/en/states';

/** "Near home" is within this many miles (the same radius the trial search uses). */
const NEAR_HOME_MILES = 50;

type NA = 'not-answered';
const NA: NA = 'not-answered';

export type LookupFacetValues = {
  /** available: a record with status AVAILABLE; listed-not-available: records, none AVAILABLE; none-listed: looked up, none found. */
  'drugOfInterest.expandedAccess': 'available' | 'listed-not-available' | 'none-listed' | NA;
  /**
   * The best of the kept trials that were looked up: one RECRUITING within the travel range, one
   * RECRUITING elsewhere (or range unknown), or none recruiting. A trial kept without being looked
   * up has no status to read: it never counts here.
   */
  'trials.saved': 'recruiting-in-range' | 'recruiting-elsewhere' | 'none-recruiting' | NA;
  /** Whether any kept trial that was looked up is no longer open (neither RECRUITING nor NOT_YET_RECRUITING). */
  'trials.savedClosed': 'some' | 'none';
  /** Whether any kept trial was kept without being looked up (its status is not known). */
  'trials.savedNotLookedUp': 'some' | 'none';
};

const OPEN = ['RECRUITING', 'NOT_YET_RECRUITING'];

/** Within the person's travel range: near home is 50 miles; in my state, a site in the state of residence; anywhere in the US, any site. */
export function withinTravelRange(trial: SavedTrial, answers: Answers): boolean {
  const travel = answers.trials?.travel;
  const site = trial.nearestSite;
  if (travel === 'anywhere-in-us') return true;
  if (travel === 'near-home') return site?.distanceMiles !== undefined && site.distanceMiles <= NEAR_HOME_MILES;
  if (travel === 'in-my-state') {
    const state = answers.residenceState;
    if (!state || !site?.state) return false;
    const name = states[state].toLowerCase();
    return site.state.trim().toLowerCase() === name || site.state.trim().toUpperCase() === state;
  }
  return false;
}

/** The kept trials that were looked up on the registry (each with the status it gave). */
function lookedUpSavedTrials(answers: Answers): SavedTrial[] {
  return (answers.trials?.saved ?? []).filter((t) => !isNotLookedUp(t));
}

/** The kept trial a strong reason names: the first RECRUITING one within range. */
export function savedTrialInRange(answers: Answers): SavedTrial | undefined {
  return lookedUpSavedTrials(answers).find((t) => t.status === 'RECRUITING' && withinTravelRange(t, answers));
}

/** Kept trials that are no longer open (a trial not looked up is not known to be closed). */
export function closedSavedTrials(answers: Answers): SavedTrial[] {
  return lookedUpSavedTrials(answers).filter((t) => !OPEN.includes(t.status));
}

/** Kept trials whose status is not known: kept while the registry could not be reached. */
export function notLookedUpSavedTrials(answers: Answers): SavedTrial[] {
  return (answers.trials?.saved ?? []).filter(isNotLookedUp);
}

/** The facets for the saved lookups. */
export function lookupFacetsOf(answers: Answers): LookupFacetValues {
  const ea = answers.drugOfInterest?.expandedAccess;
  const saved = lookedUpSavedTrials(answers);
  let eaFacet: LookupFacetValues['drugOfInterest.expandedAccess'] = NA;
  if (ea) {
    if (ea.records.some((r) => r.status === 'AVAILABLE')) eaFacet = 'available';
    else eaFacet = ea.records.length > 0 ? 'listed-not-available' : 'none-listed';
  }
  let savedFacet: LookupFacetValues['trials.saved'] = NA;
  if (saved.length > 0) {
    const recruiting = saved.filter((t) => t.status === 'RECRUITING');
    if (savedTrialInRange(answers)) savedFacet = 'recruiting-in-range';
    else savedFacet = recruiting.length > 0 ? 'recruiting-elsewhere' : 'none-recruiting';
  }
  return {
    'drugOfInterest.expandedAccess': eaFacet,
    'trials.saved': savedFacet,
    'trials.savedClosed': closedSavedTrials(answers).length > 0 ? 'some' : 'none',
    'trials.savedNotLookedUp': notLookedUpSavedTrials(answers).length > 0 ? 'some' : 'none',
  };
}

/** Words the reasons that rest on a saved lookup name (part of TextParams); empty when there is nothing to name. */
export type LookupTextParams = {
  /** The first AVAILABLE expanded-access record: "NCT… (title)". */
  expandedAccessRecord: string;
  /** The records listed but not available now: "NCT… (title)", joined. */
  expandedAccessRecords: string;
  /** The drug name the expanded-access lookup searched for. */
  expandedAccessQuery: string;
  /** The day the expanded-access lookup was made, in words. */
  expandedAccessOn: string;
  /** The kept trial within the travel range: "NCT… (title)". */
  savedTrial: string;
  /** The day that trial was looked up, in words. */
  savedTrialOn: string;
  /** Kept trials no longer open: "NCT… (title)", joined. */
  closedTrials: string;
  /** The day the first of them was looked up, in words. */
  closedTrialsOn: string;
  /** Kept trials not looked up (status not known): their NCT numbers, joined. */
  notLookedUpTrials: string;
};

const named = (r: { nctId: string; title: string }) => `${r.nctId} (${r.title})`;

/** The words for the lookup reasons, with days in the language's words (formatDay). */
export function lookupTextParams(answers: Answers, formatDay: (isoDay: string) => string): LookupTextParams {
  const ea = answers.drugOfInterest?.expandedAccess;
  const available = ea?.records.find((r) => r.status === 'AVAILABLE');
  const inRange = savedTrialInRange(answers);
  const closed = closedSavedTrials(answers);
  return {
    expandedAccessRecord: available ? named(available) : '',
    expandedAccessRecords: (ea?.records ?? []).filter((r) => r.status !== 'AVAILABLE').map(named).join('; '),
    expandedAccessQuery: ea?.query ?? '',
    expandedAccessOn: ea ? formatDay(ea.retrievedOn) : '',
    savedTrial: inRange ? named(inRange) : '',
    savedTrialOn: inRange ? formatDay(inRange.retrievedOn) : '',
    closedTrials: closed.map(named).join('; '),
    closedTrialsOn: closed[0] ? formatDay(closed[0].retrievedOn) : '',
    notLookedUpTrials: notLookedUpSavedTrials(answers)
      .map((t) => t.nctId)
      .join(', '),
  };
}
