import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Answers for the label lookup from the recordings in tests/fixtures/openfda/ (real openFDA
 * responses, see SOURCE.md there), chosen by the drug name in the request, as api.fda.gov would.
 */
const dir = path.resolve(import.meta.dirname, '../../fixtures/openfda');
export const recording = (file: string) => readFileSync(path.join(dir, file), 'utf8');

export const RECORDINGS: Record<string, string> = {
  gefitinib: 'label_gefitinib_20261007.json',
  osimertinib: 'label_osimertinib_fulltext_20261007.json',
  keytruda: 'label_keytruda_20260811.json',
};

/** The gefitinib recording with markup put into one label's text: made here by hand, to check it shows as text. */
export function gefitinibWithMarkup(markup: string): string {
  const json = JSON.parse(recording(RECORDINGS.gefitinib!)) as { results: { indications_and_usage: string[] }[] };
  json.results[0]!.indications_and_usage[0] = `${markup} ${json.results[0]!.indications_and_usage[0]}`;
  return JSON.stringify(json);
}

export type FetchCall = { url: string; init: RequestInit | undefined };

/** A fetch that answers from the recordings (404 for a name with none) and notes every call. */
export function recordingFetch(override?: (url: URL) => Response | Promise<Response> | undefined) {
  const calls: FetchCall[] = [];
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    calls.push({ url: url.href, init });
    const overridden = override?.(url);
    if (overridden) return Promise.resolve(overridden);
    const search = url.searchParams.get('search') ?? '';
    const name = Object.keys(RECORDINGS).find((drug) => search.toLowerCase().includes(`"${drug}"`));
    if (!name) return Promise.resolve(new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No matches found!' } }), { status: 404 }));
    return Promise.resolve(new Response(recording(RECORDINGS[name]!), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  }) as typeof fetch;
  return { fetchFn, calls };
}
