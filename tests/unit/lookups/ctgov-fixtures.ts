import { readFileSync } from 'node:fs';

/** A ClinicalTrials.gov recording (tests/fixtures/ctgov/, see SOURCE.md), or a hand-made one (hand-made/). */
export function ctgovFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/ctgov/${name}`, import.meta.url), 'utf8')) as unknown;
}

/** The raw text of a fixture, for answering a fetch as the service would. */
export function ctgovFixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/ctgov/${name}`, import.meta.url), 'utf8');
}

export const RECORDED_SEARCH_PAGES = [
  'search-melanoma-recruiting.json',
  'search_keytruda_limit3_20260811.json',
  'search_nsclc_egfr_l858r_20260811.json',
  'search_phelan_limit5_20260811.json',
  'search_phelan_next_20260811.json',
] as const;

export const RECORDED_STUDIES = [
  'study-NCT02576665.json',
  'get_nct02576665_full_20260903.json',
  'get_nct06131398_full_20260903.json',
  'get_nct00791778_20260902.json',
  'get_nct06604689_20260811.json',
] as const;
