import type { LookupFailure } from '../lookups/lookup';

/**
 * Words for the ClinicalTrials.gov lookups (src/lookups/ctgov*.ts): what each failure means for
 * the person and the way on, and what the command line says about `--lookup expanded-access,trials`.
 */
export type CtgovLookupContent = {
  /** Each failure of spec/lookups.md, for the trial search and the expanded-access lookup. */
  failures: Record<LookupFailure, string>;
  /** The same search on the registry's website, with its filled-in address. */
  websiteSearch: (url: string) => string;
  /** The expanded-access lookup needs a drug name. */
  noDrugName: string;
  /** The trial search needs a cancer type (or the person's own words for "another type"). */
  noCancerType: string;
  /** The ZIP code is not in the table (Census ZCTA gazetteer, 2021): searched without distance. */
  unknownZip: (zip: string) => string;
  /** What was saved, for the command line. */
  savedExpandedAccess: (p: { name: string; count: number }) => string;
  savedTrials: (p: { count: number; total?: number }) => string;
  /** The name of each lookup, before its message. */
  lookupNames: { 'expanded-access': string; trials: string };
};
