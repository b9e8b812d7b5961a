/**
 * GET a JSON document with a time limit, mapping what went wrong onto the lookup failures of
 * spec/lookups.md. Provisional for ClinicalTrials.gov until the shared lookup helpers exist.
 */

/** Why a lookup gave nothing to show; the words for each live in templates/. */
export type LookupFailure = 'offline' | 'not-found' | 'rate-limited' | 'server-error' | 'unreadable';

export type LookupResult<T> = { ok: true; value: T } | { ok: false; failure: LookupFailure };

/** What every lookup is given: a fetch, an optional signal to stop it, and today's date (YYYY-MM-DD; no clock inside). */
export type LookupDeps = { fetch: typeof fetch; signal?: AbortSignal; today: string };

/** A lookup gives up after this long: the person is then offered the same search on the website. */
export const LOOKUP_TIMEOUT_MS = 15_000;

/** At most this many characters of a response are read: a real page is far smaller. */
const MAX_RESPONSE_CHARS = 20_000_000;

/** GETs a URL and parses its JSON; every way it can fail comes back as a failure, never thrown. */
export async function requestJson(url: string, deps: LookupDeps): Promise<LookupResult<unknown>> {
  const timeout = AbortSignal.timeout(LOOKUP_TIMEOUT_MS);
  const signal = deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await deps.fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    // Offline, DNS, refused, a CORS refusal (all TypeError), the time limit or a cancel (AbortError).
    return { ok: false, failure: 'offline' };
  }
  if (response.status === 404) return { ok: false, failure: 'not-found' };
  if (response.status === 429) return { ok: false, failure: 'rate-limited' };
  if (response.status >= 500) return { ok: false, failure: 'server-error' };
  if (!response.ok) return { ok: false, failure: 'unreadable' };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, failure: 'offline' };
  }
  if (text.length > MAX_RESPONSE_CHARS) return { ok: false, failure: 'unreadable' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, failure: 'unreadable' };
  }
}
