/**
 * `--lookup label` on the command line: looks the drug's FDA label up on openFDA
 * (src/lookups/openfda-label.ts) with the fetch it is given (the platform's global fetch, or a
 * recording in tests), saves what was found into the answers, and says on stderr what happened in
 * the same words as the page (templates/<lang>/label-lookup.ts), with the same search on DailyMed
 * as the way on. A failure never stops the rest: the caller goes on and exits with 3.
 */
import type { Answers } from '../domain/answers.schema';
import type { LabelLookupContent } from '../content/label-lookup-content.types';
import type { LookupDeps } from '../lookups/lookup';
import { dailyMedSearchUrl, lookUpLabel, noLabelFound, PURPLE_BOOK_URL } from '../lookups/openfda-label';
import { labelLookup as enWords } from '../../templates/en/label-lookup';
import { labelLookup as esWords } from '../../templates/es/label-lookup';
import { showInline } from './terminal-text';

const WORDS: Record<'en' | 'es', LabelLookupContent> = { en: enWords, es: esWords };

/** The word after --lookup that asks for this lookup. */
export const LABEL_LOOKUP_KIND = 'label';

/**
 * Looks up the label of the drug in the answers. Resolves to the answers with the lookup saved in
 * `drugOfInterest.label` (a found label, or "none found" after openFDA's not-found), and whether
 * the lookup failed (no name, not found, offline, rate-limited, server error, unreadable). Never throws.
 */
export async function lookUpLabelOnOpenFda(options: {
  answers: Answers;
  deps: LookupDeps;
  lang: 'en' | 'es';
  stderr: (text: string) => void;
}): Promise<{ answers: Answers; failed: boolean }> {
  const words = WORDS[options.lang];
  const say = (text: string) => options.stderr(`${showInline(text)}\n`);
  const name = options.answers.drugOfInterest?.name?.trim() ?? '';
  if (name === '') {
    say(words.typeNameFirst);
    return { answers: options.answers, failed: true };
  }
  const keep = (label: NonNullable<NonNullable<Answers['drugOfInterest']>['label']>): Answers => ({
    ...options.answers,
    drugOfInterest: { ...options.answers.drugOfInterest, label },
  });
  let result: Awaited<ReturnType<typeof lookUpLabel>>;
  try {
    result = await lookUpLabel(name, options.deps);
  } catch {
    // A lookup never throws; this only guards the promise that nothing is lost.
    result = { ok: false, failure: 'unreadable' };
  }
  if (result.ok) {
    say(`${words.foundHeading(name, result.value.labels.length)}. ${words.keptNote(result.value.retrievedOn)}`);
    return { answers: keep(result.value), failed: false };
  }
  say(`${words.failures[result.failure](name)} ${words.websiteSearch(name)}: ${dailyMedSearchUrl(name)}`);
  if (result.failure !== 'not-found') return { answers: options.answers, failed: true };
  // openFDA answered "no such label": that is worth keeping, and the rules use it (OL-LB3, EA-LB2, RT-LB2).
  say(`${words.purpleBook} ${PURPLE_BOOK_URL}`);
  const none = noLabelFound(name, options.deps.today);
  say(words.keptNothingFound(none.query, none.retrievedOn));
  return { answers: keep(none), failed: true };
}
