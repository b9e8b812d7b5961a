import type { LabelLookupFailure } from '../../flows/label-lookup.machine';
import type { FactSource } from './pathway-content.types';

/** What a condition found in a label sentence is about: the words that explain it live in templates/. */
export type LabelConditionKind =
  | 'biomarker'
  | 'exon-insertion'
  | 'exon-deletion'
  | 'exon-skipping'
  | 'inherited'
  | 'first-line'
  | 'after-earlier-treatment'
  | 'adjuvant'
  | 'neoadjuvant'
  | 'maintenance';

/**
 * The words of the FDA label lookup on the drug page (and the results page). The label itself is
 * English text from openFDA: it is shown as it is, never translated; these words frame it.
 */
export type LabelLookupContent = {
  heading: string;
  intro: string;
  /** Shown instead of the button until a drug name is typed. */
  typeNameFirst: string;
  /** The button: says what is sent and to whom. */
  lookUp: (name: string) => string;
  lookAgain: (name: string) => string;
  waiting: (name: string) => string;
  cancel: string;
  /** Where the label comes from, with its source. */
  sourceNote: string;
  /** The label is English text shown as the FDA wrote it; in other languages, says so. */
  labelLanguage: string;
  foundHeading: (name: string, count: number) => string;
  brandNames: string;
  genericNames: string;
  labelDate: string;
  applicationNumbers: string;
  notListed: string;
  indicationsHeading: string;
  /** The sentences that name the person's cancer come first, under this. */
  matchedHeading: (cancerName: string) => string;
  noMatch: (cancerName: string) => string;
  /** No cancer type, or "another type", so nothing can be matched. */
  noCancerToMatch: string;
  /** Under a matched sentence: what it names, in the language on screen. */
  explainNamesCancer: (cancerName: string) => string;
  /** A tissue-agnostic sentence: it names any solid tumour, not the cancer itself. */
  explainAnySolidTumor: string;
  explainConditions: string;
  conditions: Record<LabelConditionKind, (term: string) => string>;
  wholeText: string;
  noIndications: string;
  dailyMedLabel: (name: string) => string;
  keep: string;
  keepNothingFound: string;
  keptNote: (date: string) => string;
  keptNothingFound: (name: string, date: string) => string;
  stale: (days: number) => string;
  thenAnswer: string;
  failures: Record<LabelLookupFailure, (name: string) => string>;
  websiteSearch: (name: string) => string;
  /** Cell and gene therapies are licensed by another FDA centre: where to look when nothing is found. */
  purpleBook: string;
  newTab: string;
  /** On the results page: the way to the lookup on the drug page. */
  resultsHeading: string;
  resultsNone: (name: string) => string;
  resultsKept: (name: string, date: string) => string;
  resultsGoToLookup: string;
  /** Fact sources behind the links and statements above. */
  sources: { openFda: FactSource; dailyMed: FactSource; purpleBook: FactSource };
};
