import type { LookupFailure } from '../lookups/lookup';

/** How the person's age sits against a study's age limits (src/lookups/ctgov-study.ts `ageFit`). */
export type TrialAgeFit = 'within' | 'below-minimum' | 'above-maximum' | 'unknown';

/**
 * The words of the ClinicalTrials.gov search in the browser (issue 11): the trial-search panel on
 * the trials page and in the clinical-trials road of the results page, the trials kept, and the
 * expanded-access lookup on the drug page and in the expanded-access road. Written in a neutral
 * voice (no "you"), so navigator mode reads them about the patient as they are. What the registry
 * returns (titles, sites, names) is English text shown as it is, never translated.
 */
export type TrialSearchContent = {
  heading: string;
  intro: string;
  /** Opens the panel; nothing is sent. */
  open: string;
  /** What will be sent, editable. */
  sentHeading: string;
  sentIntro: string;
  conditionLabel: string;
  conditionHint: string;
  conditionRequired: string;
  findingsLegend: string;
  findingsHint: string;
  /** A checkbox: add the drug to the search. */
  drugLabel: (name: string) => string;
  placeLegend: string;
  placeNear: (p: { lat: string; lon: string; miles: number }) => string;
  placeState: (stateName: string) => string;
  placeAnywhere: string;
  /** Under the place: where the point comes from, and that the ZIP code stays on the device. */
  pointSource: (zip: string) => string;
  zipLoading: string;
  unknownZip: (zip: string) => string;
  noZip: string;
  noState: string;
  statusNote: string;
  /** The button: says what is sent and to whom. */
  search: string;
  waiting: string;
  cancel: string;
  /** The results. */
  resultsHeading: string;
  total: (count: number) => string;
  shown: (shown: number) => string;
  sortNote: string;
  unreadableStudies: (count: number) => string;
  empty: string;
  more: string;
  lastPage: string;
  phase: Record<'EARLY_PHASE1' | 'PHASE1' | 'PHASE2' | 'PHASE3' | 'PHASE4' | 'NA', string>;
  noPhase: string;
  status: (status: string) => string;
  phaseLabel: string;
  statusLabel: string;
  nearestLabel: string;
  nearest: (p: { place: string; miles?: number }) => string;
  noSite: string;
  sitesLabel: string;
  sites: (count: number) => string;
  ageLabel: string;
  ageLimits: (p: { min?: string; max?: string }) => string;
  ageFit: Record<TrialAgeFit, (age: number) => string>;
  expandedAccessNote: string;
  studyPage: (nctId: string) => string;
  newTab: string;
  /** Keeping: a checkbox per study. */
  keep: (nctId: string) => string;
  keptCount: (count: number, max: number) => string;
  atLimit: (max: number) => string;
  /** When the registry cannot be reached: the same search on its website, and pasted NCT numbers. */
  failures: Record<LookupFailure, string>;
  websiteSearch: string;
  pasteLabel: string;
  pasteHint: string;
  pasteError: string;
  pasteNone: string;
  pasteButton: string;
  pasteNotFound: (ids: string) => string;
  /** Pasted numbers the registry could not be asked about, kept as not looked up. */
  pasteKeptNotLookedUp: (ids: string) => string;
  /** The trials kept (trials page and results page). */
  keptHeading: string;
  keptNone: string;
  keptIntro: string;
  keptLookedUp: (date: string) => string;
  /** A kept trial not looked up (registry unreachable): what is not known, and where to check it. */
  keptNotLookedUp: string;
  keptOn: (date: string) => string;
  /** A kept lookup older than 30 days says so (spec/lookups.md). */
  stale: (days: number) => string;
  remove: (nctId: string) => string;
  contactLabel: string;
  decide: string;
  /** The expanded-access lookup (drug page and the expanded-access road). */
  ea: {
    heading: string;
    intro: string;
    typeNameFirst: string;
    lookUp: (name: string) => string;
    lookAgain: (name: string) => string;
    waiting: (name: string) => string;
    noneListed: (name: string) => string;
    found: (name: string, count: number) => string;
    statuses: Record<'AVAILABLE' | 'NO_LONGER_AVAILABLE' | 'TEMPORARILY_NOT_AVAILABLE' | 'APPROVED_FOR_MARKETING', string>;
    keep: string;
    kept: (name: string, date: string) => string;
    websiteSearch: (name: string) => string;
    nextSteps: string;
  };
};
