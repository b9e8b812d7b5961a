/*
 * The page's side of the ClinicalTrials.gov trial search (issue 11): what the panel starts from
 * (the answers, as the person may edit them), and the search as it is sent. Pure: no React, no
 * clock; the lookups themselves live in src/lookups/ (a fetch passed in).
 */
import type { Answers, SavedTrial } from '../domain/answers.schema';
import { isNotLookedUp } from '../domain/saved-trial';
import { LIMITS } from '../domain/answers-constants';
import { conditionWordsFor } from '../lookups/ctgov-conditions';
import { findingsToWords, NEAR_HOME_MILES, type SearchArea, type TrialSearch } from '../lookups/ctgov-search';
import { nctIdsIn, type StudyNearby } from '../lookups/ctgov-study';
import { roundPoint, type GeoPoint } from '../lookups/geo-distance';
import { states } from '../../templates/en/states';

/** The most trials kept (the contract's cap on trials.saved). */
export const KEPT_TRIALS_MAX = LIMITS.savedTrials;

export type PlaceChoice = 'distance' | 'state' | 'anywhere';

/** What the panel shows and the person edits before anything is sent. */
export type TrialSearchDraft = {
  conditionWords: string;
  /** The biomarker findings on the answers, and which are ticked. */
  findings: { text: string; ticked: boolean }[];
  drug?: { name: string; ticked: boolean };
  place: PlaceChoice;
};

/** The draft the answers imply: the registry's words for the cancer type, nothing ticked, the place from the travel answer. */
/** The travel answer as a page holds it ("unsure" on the trials page's form). */
export type TravelAnswer = NonNullable<Answers['trials']>['travel'] | 'unsure';

export function draftFrom(answers: Answers, travel: TravelAnswer): TrialSearchDraft {
  const name = answers.drugOfInterest?.name?.trim();
  const place: PlaceChoice = travel === 'near-home' ? 'distance' : travel === 'in-my-state' && answers.residenceState ? 'state' : 'anywhere';
  return {
    conditionWords: conditionWordsFor(answers.diagnosis) ?? '',
    findings: (answers.biomarkers?.findings ?? []).map((text) => ({ text, ticked: false })),
    ...(name ? { drug: { name, ticked: false } } : {}),
    place,
  };
}

/** The state's name as the registry writes it (English), for "in my state". */
export function stateNameOf(answers: Answers): string | undefined {
  return answers.residenceState ? states[answers.residenceState] : undefined;
}

/** The search exactly as it will be sent, from the draft. The point is rounded to 2 decimals. */
export function searchFrom(draft: TrialSearchDraft, place: { point?: GeoPoint; stateName?: string }): TrialSearch {
  let area: SearchArea = { kind: 'anywhere' };
  if (draft.place === 'distance' && place.point) area = { kind: 'distance', point: roundPoint(place.point), radiusMiles: NEAR_HOME_MILES };
  if (draft.place === 'state' && place.stateName) area = { kind: 'state', stateName: place.stateName };
  const otherWords = findingsToWords(draft.findings.filter((f) => f.ticked).map((f) => f.text));
  return {
    conditionWords: draft.conditionWords.trim(),
    ...(otherWords ? { otherWords } : {}),
    ...(draft.drug?.ticked ? { drug: draft.drug.name } : {}),
    area,
  };
}

/** Pasted NCT numbers, checked: the numbers found, or why the box cannot be read. */
export function readPastedNctIds(text: string): { ok: true; ids: string[] } | { ok: false; problem: 'none' | 'format' } {
  const ids = nctIdsIn(text);
  // Whatever is left once the numbers and their separators are taken out must be nothing.
  const rest = text.toUpperCase().replace(/NCT\s?\d{8}(?!\d)/g, '').replace(/[\s,;]+/g, '');
  if (rest !== '') return { ok: false, problem: 'format' };
  if (ids.length === 0) return { ok: false, problem: 'none' };
  return { ok: true, ids };
}

/**
 * Adds or replaces kept trials, at most KEPT_TRIALS_MAX; says how many could not be added. A trial
 * kept without its details (not looked up) never replaces one already kept with them.
 */
export function withKept(kept: readonly SavedTrial[], added: readonly SavedTrial[]): { kept: SavedTrial[]; refused: number } {
  const next = [...kept];
  let refused = 0;
  for (const trial of added) {
    const at = next.findIndex((t) => t.nctId === trial.nctId);
    if (at < 0) {
      if (next.length < KEPT_TRIALS_MAX) next.push(trial);
      else refused += 1;
    } else if (!isNotLookedUp(trial) || isNotLookedUp(next[at]!)) next[at] = trial;
  }
  return { kept: next, refused };
}

/** Studies of every page so far, one copy of each, for sorting together. */
export function addPage(shown: readonly StudyNearby[], page: readonly StudyNearby[]): StudyNearby[] {
  const seen = new Set(shown.map((s) => s.nctId));
  return [...shown, ...page.filter((s) => !seen.has(s.nctId))];
}
