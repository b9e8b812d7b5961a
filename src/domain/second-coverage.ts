/** The coverages that open the question about a second coverage (Medigap, Medicaid, a job or retiree plan). */
export const MEDICARE_COVERAGES = ['medicare', 'medicare-advantage'] as const;

/**
 * Whether the first coverage is Medicare (Original or Advantage), so a second coverage is asked.
 * Apart from the page schemas so the check page and the rules can ask without loading zod.
 */
export function asksSecondCoverage(coverage: string | null | undefined): boolean {
  return (MEDICARE_COVERAGES as readonly (string | null | undefined)[]).includes(coverage);
}
