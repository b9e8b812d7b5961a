/**
 * `--lookup expanded-access,trials` on the command line: asks ClinicalTrials.gov for the drug's
 * expanded-access records and the nearest five recruiting trials (src/lookups/ctgov-batch.ts), and
 * says on stderr what was saved and what failed, with the same search on the registry's website as
 * the way on. A failure never stops the rest: the caller saves what was found and exits with 3.
 */
import type { Answers } from '../domain/answers.schema';
import { runCtgovLookups, type CtgovBatchProblem, type CtgovLookupKind } from '../lookups/ctgov-batch';
import type { LookupDeps } from '../lookups/lookup';
import type { CtgovLookupContent } from '../content/ctgov-lookup-content.types';
import { ctgovLookups as enWords } from '../../templates/en/ctgov-lookups';
import { ctgovLookups as esWords } from '../../templates/es/ctgov-lookups';
import { showInline } from './terminal-text';

const WORDS: Record<'en' | 'es', CtgovLookupContent> = { en: enWords, es: esWords };

/** The lookups this module answers for, as written after --lookup. */
export const CTGOV_LOOKUP_KINDS = ['expanded-access', 'trials'] as const satisfies readonly CtgovLookupKind[];

function sentence(problem: CtgovBatchProblem, words: CtgovLookupContent): string {
  const name = words.lookupNames[problem.lookup];
  switch (problem.kind) {
    case 'failed':
      return `${name}: ${words.failures[problem.failure]} ${words.websiteSearch(problem.websiteUrl)}`;
    case 'nothing-to-search':
      return `${name}: ${problem.lookup === 'expanded-access' ? words.noDrugName : words.noCancerType}`;
    case 'unknown-zip':
      return `${name}: ${words.unknownZip(showInline(problem.zip))}`;
  }
}

/**
 * Makes the ClinicalTrials.gov lookups asked for and writes what happened to stderr. Resolves to
 * the answers with what was found, and whether any lookup failed (exit 3). Never throws.
 */
export async function lookUpOnClinicalTrialsGov(options: {
  answers: Answers;
  kinds: readonly CtgovLookupKind[];
  deps: LookupDeps;
  lang: 'en' | 'es';
  stderr: (text: string) => void;
}): Promise<{ answers: Answers; failed: boolean }> {
  const words = WORDS[options.lang];
  let outcome;
  try {
    outcome = await runCtgovLookups(options.answers, options.kinds, options.deps);
  } catch {
    // A lookup never throws; this only guards the promise that nothing is lost.
    options.stderr(`${words.failures.unreadable}\n`);
    return { answers: options.answers, failed: true };
  }
  for (const problem of outcome.problems) options.stderr(`${showInline(sentence(problem, words))}\n`);
  const ea = outcome.answers.drugOfInterest?.expandedAccess;
  if (outcome.saved.expandedAccessRecords !== undefined && ea) {
    options.stderr(`${showInline(words.savedExpandedAccess({ name: ea.query, count: outcome.saved.expandedAccessRecords }))}\n`);
  }
  if (outcome.saved.trials !== undefined) {
    options.stderr(`${words.savedTrials({ count: outcome.saved.trials, ...(outcome.saved.totalCount === undefined ? {} : { total: outcome.saved.totalCount }) })}\n`);
  }
  const failed = outcome.problems.some((p) => p.kind === 'failed' || p.kind === 'nothing-to-search');
  return { answers: outcome.answers, failed };
}
