import type { UsStateCode } from '../domain/us-states';

/**
 * The HHS poverty guidelines (100% of the guideline, yearly, US dollars), as data with their
 * source and year. A test fails once the calendar year is past `year`: the table must then be
 * replaced with the new year's figures (https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines).
 *
 * Every table is "the first person, then the same amount for each further person" (for the 48
 * states and DC that gives exactly the published figures: $15,960 for 1, $21,640 for 2, ...
 * $55,720 for 8, then $5,680 per person). Alaska and Hawaii have tables of their own. The
 * guidelines do not cover the territories: no percent is computed for them.
 */
export const POVERTY_GUIDELINES = {
  year: 2026,
  effective: '2026-01-13',
  sources: [
    'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines',
    'https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm',
  ],
  reviewed: '2026-11-30',
  tables: {
    contiguous: { firstPerson: 15_960, eachMore: 5_680 },
    AK: { firstPerson: 19_950, eachMore: 7_100 },
    HI: { firstPerson: 18_360, eachMore: 6_530 },
  },
} as const;

const TERRITORIES: readonly string[] = ['AS', 'GU', 'MP', 'PR', 'VI'];

/** The yearly guideline for a household, or undefined where the guidelines do not apply. */
export function povertyGuideline(householdSize: number, state: UsStateCode | undefined): number | undefined {
  if (!Number.isInteger(householdSize) || householdSize < 1) return undefined;
  if (state !== undefined && TERRITORIES.includes(state)) return undefined;
  const table = state === 'AK' || state === 'HI' ? POVERTY_GUIDELINES.tables[state] : POVERTY_GUIDELINES.tables.contiguous;
  return table.firstPerson + table.eachMore * (householdSize - 1);
}

/**
 * Where an income sits against the limits the rules name: Extra Help's full help (150%),
 * CancerCare (400%), HealthWell's highest funds (500%). Compared exactly (no rounding), so 150%
 * on the dot is "at most 150".
 */
export const POVERTY_BANDS = ['at-most-150-percent', 'at-most-400-percent', 'at-most-500-percent', 'over-500-percent'] as const;
export type PovertyBand = (typeof POVERTY_BANDS)[number];

export type PovertyLevel = { percent: number; band: PovertyBand };

/** The household's income as a share of the guideline; undefined when it cannot be computed. Pure. */
export function povertyLevel(
  householdSize: number | undefined,
  yearlyIncome: number | undefined,
  state: UsStateCode | undefined,
): PovertyLevel | undefined {
  if (householdSize === undefined || yearlyIncome === undefined || yearlyIncome < 0) return undefined;
  const guideline = povertyGuideline(householdSize, state);
  if (guideline === undefined) return undefined;
  const atMost = (pct: number) => yearlyIncome * 100 <= pct * guideline;
  const band: PovertyBand = atMost(150)
    ? 'at-most-150-percent'
    : atMost(400)
      ? 'at-most-400-percent'
      : atMost(500)
        ? 'at-most-500-percent'
        : 'over-500-percent';
  return { percent: Math.round((yearlyIncome * 100) / guideline), band };
}
