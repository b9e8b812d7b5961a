/**
 * A kept trial that was not looked up (issue 11, item 7): an NCT number pasted while ClinicalTrials.gov
 * could not be reached. It is kept in trials.saved with an empty title and this status, so nothing
 * typed is lost; no title, status or site is made up. The rules, the results page and the checklist
 * ask `isNotLookedUp` and say it was not looked up (docs/decisions/0009-clinicaltrials-gov.md).
 */
import type { SavedTrial } from './answers.schema';

/** The status a kept trial has when the registry could not be asked about it. Never a registry status. */
export const TRIAL_NOT_LOOKED_UP = 'NOT_LOOKED_UP';

/** Whether a kept trial was kept without its details (never looked up on the registry). */
export function isNotLookedUp(trial: Pick<SavedTrial, 'status'>): boolean {
  return trial.status === TRIAL_NOT_LOOKED_UP;
}

/** The trial kept for a pasted NCT number that could not be looked up, on the day it was kept. */
export function notLookedUpTrial(nctId: string, keptOn: string): SavedTrial {
  return { nctId, title: '', status: TRIAL_NOT_LOOKED_UP, retrievedOn: keptOn };
}
