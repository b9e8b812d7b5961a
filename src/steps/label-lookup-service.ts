/*
 * The page's side of the FDA label lookup: the label lookup machine's actor, calling the lookup
 * home's openFDA module with the fetch the page gives it. A thin adapter: the lookup's result
 * ({ ok, value } | { ok: false, failure }) becomes the machine's outcome ({ ok, lookup }).
 */
import type { LabelLookupInput, LabelLookupOutcome } from '../../flows/label-lookup.machine';
import { lookUpLabel as lookUpOpenFdaLabel } from '../lookups/openfda-label';

/** Looks the drug's label up on openFDA; every failure comes back as one of spec/lookups.md's, never thrown. */
export async function lookUpLabel(
  { query, today }: LabelLookupInput,
  deps: { fetch: typeof fetch; signal?: AbortSignal },
): Promise<LabelLookupOutcome> {
  const result = await lookUpOpenFdaLabel(query, { fetch: deps.fetch, signal: deps.signal, today });
  return result.ok ? { ok: true, lookup: result.value } : { ok: false, failure: result.failure };
}
