import type { Answers } from '../domain/answers.schema';
import { labelVerdict, type LabelVerdict } from '../domain/label-sentences';
import { BLOOD_CANCER_IDS } from '../domain/cancer-types';
import { povertyLevel, type PovertyBand } from './poverty-guidelines';
import { lookupFacetsOf, type LookupFacetValues } from './lookup-facets';
import type { APPROVALS, COST_CONCERNS, COVERAGES, GIVEN_HOW, SECONDARY_COVERAGES, SETTINGS, STAGES, TESTING, TRAVEL, TRIAL_STATUSES, YES_NO_UNSURE } from '../domain/answers-constants';

/** The value of a facet whose answer is missing. Kept apart from "unsure", which is an answer. */
export const NOT_ANSWERED = 'not-answered' as const;
type NA = typeof NOT_ANSWERED;

/**
 * What the rules can look at, one entry per answer path. Most are the answer itself; free-text
 * and list answers are reduced to "given" / "listed" so that rules never depend on what a person typed.
 */
export type FacetValues = {
  /** The cancer type, grouped: some programmes are for blood cancers only. */
  'diagnosis.cancerType': 'blood-cancer' | 'solid-tumor' | 'other' | NA;
  'diagnosis.stage': (typeof STAGES)[number] | NA;
  'biomarkers.testing': (typeof TESTING)[number] | NA;
  /** Version 2: inherited (germline) testing, from blood or saliva. */
  'biomarkers.germlineTesting': (typeof TESTING)[number] | NA;
  /** Derived from diagnosis.cancerType: a cancer where inherited testing can change treatment (pancreatic, ovarian, breast, prostate). */
  'diagnosis.inheritedTestingMatters': 'yes' | 'no' | NA;
  'biomarkers.findings': 'listed' | 'none-listed' | NA;
  'treatments.tried': 'listed' | 'none-listed' | NA;
  'treatments.standardOptionsLeft': (typeof YES_NO_UNSURE)[number] | NA;
  'drugOfInterest.name': 'given' | NA;
  'drugOfInterest.approval': (typeof APPROVALS)[number] | NA;
  'insurance.coverage': (typeof COVERAGES)[number] | NA;
  'insurance.deniedBefore': 'yes' | 'no' | NA;
  'insurance.costConcern': (typeof COST_CONCERNS)[number] | NA;
  'insurance.householdSize': 'given' | NA;
  /**
   * The income as a share of the HHS poverty guideline for the household and state (see
   * poverty-guidelines.ts); 'given' when it cannot be computed (no household size, or a territory).
   */
  'insurance.yearlyIncome': PovertyBand | 'given' | NA;
  'trials.status': (typeof TRIAL_STATUSES)[number] | NA;
  'trials.travel': (typeof TRAVEL)[number] | NA;
  'trials.zip': 'given' | NA;
  'careTeam.oncologistOpenToHelp': (typeof YES_NO_UNSURE)[number] | NA;
  'careTeam.setting': (typeof SETTINGS)[number] | NA;
  /** Version 2: what a saved FDA label lookup says about the person's cancer (src/domain/label-sentences.ts). */
  'drugOfInterest.label': LabelVerdict;
  /** Read by the poverty-guideline percent (Alaska and Hawaii have their own tables). */
  residenceState: 'given' | NA;
  /** Version 2: a child (under 18) gets no Medicare or adult-only content. */
  age: 'under-18' | '18-or-over' | NA;
  /** Version 2: in the clinic (Medicare Part B) or at home (Part D). */
  'drugOfInterest.givenHow': (typeof GIVEN_HOW)[number] | NA;
  /** Version 2: a second coverage beside Medicare. */
  'insurance.secondary': (typeof SECONDARY_COVERAGES)[number] | NA;
  /** Version 2: the date on the refusal letter; the day itself is read only by the deadlines (deadlines.ts). */
  'insurance.deniedOn': 'given' | NA;
} & LookupFacetValues;

/** Cancers where an inherited (germline) change such as BRCA1/2 can change treatment (see pathways.rules.ts, FS-8). */
export const INHERITED_TESTING_CANCERS = ['pancreatic', 'ovarian', 'breast', 'prostate'] as const;

export type FacetPath = keyof FacetValues;
export type Facets = { [K in FacetPath]: FacetValues[K] };

function given(value: string | number | undefined): 'given' | NA {
  return value === undefined || value === '' ? NOT_ANSWERED : 'given';
}

function listed(list: readonly unknown[] | undefined): 'listed' | 'none-listed' | NA {
  if (list === undefined) return NOT_ANSWERED;
  return list.length > 0 ? 'listed' : 'none-listed';
}

function cancerGroup(type: string | undefined): FacetValues['diagnosis.cancerType'] {
  if (type === undefined || type === '') return NOT_ANSWERED;
  if (type === 'other') return 'other';
  return (BLOOD_CANCER_IDS as readonly string[]).includes(type) ? 'blood-cancer' : 'solid-tumor';
}

function incomeBand(a: Answers): FacetValues['insurance.yearlyIncome'] {
  const income = a.insurance?.yearlyIncome;
  if (income === undefined) return NOT_ANSWERED;
  return povertyLevel(a.insurance?.householdSize, income, a.residenceState)?.band ?? 'given';
}

/** Reduces answers to the facets the rule table reads. Pure. */
export function facetsOf(a: Answers): Facets {
  const denied = a.insurance?.deniedBefore;
  return {
    'diagnosis.cancerType': cancerGroup(a.diagnosis?.cancerType),
    'diagnosis.stage': a.diagnosis?.stage ?? NOT_ANSWERED,
    'biomarkers.testing': a.biomarkers?.testing ?? NOT_ANSWERED,
    'biomarkers.germlineTesting': a.biomarkers?.germlineTesting ?? NOT_ANSWERED,
    'diagnosis.inheritedTestingMatters':
      a.diagnosis?.cancerType === undefined ? NOT_ANSWERED : (INHERITED_TESTING_CANCERS as readonly string[]).includes(a.diagnosis.cancerType) ? 'yes' : 'no',
    'biomarkers.findings': listed(a.biomarkers?.findings),
    'treatments.tried': listed(a.treatments?.tried),
    'treatments.standardOptionsLeft': a.treatments?.standardOptionsLeft ?? NOT_ANSWERED,
    'drugOfInterest.name': given(a.drugOfInterest?.name?.trim()),
    'drugOfInterest.approval': a.drugOfInterest?.approval ?? NOT_ANSWERED,
    'insurance.coverage': a.insurance?.coverage ?? NOT_ANSWERED,
    'insurance.deniedBefore': denied === undefined ? NOT_ANSWERED : denied ? 'yes' : 'no',
    'insurance.costConcern': a.insurance?.costConcern ?? NOT_ANSWERED,
    'insurance.householdSize': given(a.insurance?.householdSize),
    'insurance.yearlyIncome': incomeBand(a),
    'trials.status': a.trials?.status ?? NOT_ANSWERED,
    'trials.travel': a.trials?.travel ?? NOT_ANSWERED,
    'trials.zip': given(a.trials?.zip),
    'careTeam.oncologistOpenToHelp': a.careTeam?.oncologistOpenToHelp ?? NOT_ANSWERED,
    'careTeam.setting': a.careTeam?.setting ?? NOT_ANSWERED,
    'drugOfInterest.label': labelVerdict(a.drugOfInterest?.label, a.diagnosis).verdict,
    residenceState: given(a.residenceState),
    age: a.age === undefined ? NOT_ANSWERED : a.age < 18 ? 'under-18' : '18-or-over',
    'drugOfInterest.givenHow': a.drugOfInterest?.givenHow ?? NOT_ANSWERED,
    'insurance.secondary': a.insurance?.secondary ?? NOT_ANSWERED,
    'insurance.deniedOn': given(a.insurance?.deniedOn),
    // Saved lookups (version 2): expanded-access records and kept trials (see lookup-facets.ts).
    ...lookupFacetsOf(a),
  };
}

/** For one facet: "is one of these values", or "is none of these values" ({ not: [...] }). */
export type FacetTest<V extends string> = readonly V[] | { readonly not: readonly V[] };

/** A row's condition: every facet it names must pass its test (AND across facets). */
export type Condition = { [K in FacetPath]?: FacetTest<FacetValues[K]> };

/** True when the value passes one facet's test. */
export function passes(test: FacetTest<string>, value: string): boolean {
  return isNegated(test) ? !test.not.includes(value) : test.includes(value);
}

/** Whether a facet test is written as "is none of". */
export function isNegated<V extends string>(test: FacetTest<V>): test is { readonly not: readonly V[] } {
  return !Array.isArray(test);
}

/** The facets a condition reads, in the order it names them. */
export function conditionPaths(condition: Condition): FacetPath[] {
  return Object.keys(condition) as FacetPath[];
}

/** True when every facet named in the condition passes its test. */
export function matches(condition: Condition, facets: Facets): boolean {
  return conditionPaths(condition).every((path) => {
    const test = condition[path] as FacetTest<string> | undefined;
    return test === undefined || passes(test, facets[path]);
  });
}
