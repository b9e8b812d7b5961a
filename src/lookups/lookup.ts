/**
 * The lookup home (docs/decisions/0008-lookups.md): what every outside service's module shares.
 *
 * A lookup is a plain function `(query, { fetch, signal?, today }) => Promise<LookupResult<T>>`.
 * The browser passes window.fetch, the command line the global fetch, the tests a recording. No
 * React, no clock (today's date is passed in), no storage: what is kept is decided by the caller.
 * Every way a lookup can go wrong comes back as one of the failures of spec/lookups.md, never as a
 * thrown error; the words for each live in templates/.
 */

/** Why a lookup gave nothing to show (spec/lookups.md, "Failure is normal"). */
export type LookupFailure = 'offline' | 'not-found' | 'rate-limited' | 'server-error' | 'unreadable';

export const LOOKUP_FAILURES = ['offline', 'not-found', 'rate-limited', 'server-error', 'unreadable'] as const satisfies readonly LookupFailure[];

export type LookupResult<T> = { ok: true; value: T } | { ok: false; failure: LookupFailure };

/** What every lookup is given: a fetch, an optional signal to stop it, and today's date (YYYY-MM-DD). */
export type LookupDeps = { fetch: typeof fetch; signal?: AbortSignal; today: string };

/** The shape of every lookup. */
export type Lookup<Q, T> = (query: Q, deps: LookupDeps) => Promise<LookupResult<T>>;

/** A lookup gives up after this long; the person is then offered the same search on the website. */
export const LOOKUP_TIMEOUT_MS = 15_000;

/** Options of one request: the most characters of a response that are read (a bigger one is refused). */
export type RequestOptions = { maxChars: number; timeoutMs?: number };

/**
 * GETs a URL and parses its JSON. Sends no cookies and no referrer. Offline, DNS, a refused
 * connection, a CORS refusal (all a TypeError from fetch), the time limit and a cancel are
 * 'offline'; 404 is 'not-found'; 429 'rate-limited'; 5xx 'server-error'; any other status, a body
 * over `maxChars` (refused as it streams in, never read whole) or text that is not JSON is 'unreadable'.
 */
export async function requestJson(url: string, deps: LookupDeps, options: RequestOptions): Promise<LookupResult<unknown>> {
  // A timer of our own (not AbortSignal.timeout), so the limit also covers the body and is cleared after.
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(new DOMException('The lookup took too long.', 'TimeoutError')), options.timeoutMs ?? LOOKUP_TIMEOUT_MS);
  const signal = deps.signal ? AbortSignal.any([deps.signal, limit.signal]) : limit.signal;
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'omit', referrerPolicy: 'no-referrer' });
    } catch {
      return { ok: false, failure: 'offline' };
    }
    if (response.status === 404) return { ok: false, failure: 'not-found' };
    if (response.status === 429) return { ok: false, failure: 'rate-limited' };
    if (response.status >= 500) return { ok: false, failure: 'server-error' };
    if (!response.ok) return { ok: false, failure: 'unreadable' };
    const text = await readCapped(response, options.maxChars, signal);
    if (!text.ok) return text;
    try {
      return { ok: true, value: JSON.parse(text.value) as unknown };
    } catch {
      return { ok: false, failure: 'unreadable' };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body as text, stopping (and refusing) as soon as it passes `maxChars`. */
async function readCapped(response: Response, maxChars: number, signal: AbortSignal): Promise<LookupResult<string>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxChars * 4) return { ok: false, failure: 'unreadable' };
  try {
    if (!response.body) {
      const whole = await response.text();
      return whole.length > maxChars ? { ok: false, failure: 'unreadable' } : { ok: true, value: whole };
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    for (;;) {
      if (signal.aborted) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, failure: 'offline' };
      }
      const { done, value } = await reader.read();
      if (done) return { ok: true, value: text };
      text += value;
      if (text.length > maxChars) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, failure: 'unreadable' };
      }
    }
  } catch {
    // The connection broke, or the time limit struck, while the body was coming in.
    return { ok: false, failure: signal.aborted ? 'offline' : 'unreadable' };
  }
}

/** A saved lookup older than this many days says so and offers to look again (spec/lookups.md). */
export const LOOKUP_STALE_DAYS = 30;

/** Whole days from `retrievedOn` to `today` (both YYYY-MM-DD); undefined when either is not a date. */
export function lookupAgeDays(retrievedOn: string, today: string): number | undefined {
  const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN);
  const from = day(retrievedOn);
  const to = day(today);
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
  return Math.round((to - from) / 86_400_000);
}

/** Whether a saved lookup is older than LOOKUP_STALE_DAYS on `today`. */
export function isStaleLookup(retrievedOn: string, today: string): boolean {
  const age = lookupAgeDays(retrievedOn, today);
  return age !== undefined && age > LOOKUP_STALE_DAYS;
}
