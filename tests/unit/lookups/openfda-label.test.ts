/**
 * The openFDA label lookup on the recordings in tests/fixtures/openfda/ (see its SOURCE.md), and on
 * every failure of spec/lookups.md. Responses that are not recordings are made by hand here, from
 * the recordings, and say so.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelLookupSchema } from '../../../src/domain/answers.schema';
import { isStaleLookup, LOOKUP_TIMEOUT_MS, lookupAgeDays, requestJson } from '../../../src/lookups/lookup';
import {
  dailyMedLabelUrl,
  dailyMedSearchUrl,
  labelSearchUrl,
  labelTextSearchUrl,
  lookUpLabel,
  noLabelFound,
  parseLabelResponse,
  PURPLE_BOOK_URL,
} from '../../../src/lookups/openfda-label';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/openfda/${name}`, import.meta.url), 'utf8');
const OSIMERTINIB = fixture('label_osimertinib_fulltext_20261007.json');
const GEFITINIB = fixture('label_gefitinib_20261007.json');
const KEYTRUDA = fixture('label_keytruda_20260811.json');
const IMATINIB_DRUGSFDA = fixture('drugsfda_imatinib_20260811.json');
const TAGRISSO_SET_ID = '5e81b4a7-b971-45e1-9c31-29cea8c87ce7';
/** The TAGRISSO record of the osimertinib recording, to change by hand. */
type RawRecord = Record<string, unknown>;
const tagrissoRecord = (): RawRecord => (JSON.parse(OSIMERTINIB) as { results: RawRecord[] }).results[2]!;
const NOT_FOUND_BODY = JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No matches found!' } });

const today = '2026-11-30';
type Reply = () => Response | Promise<Response>;

/** A fetch that answers each request in turn, and remembers every URL asked for. */
function stubFetch(...replies: Reply[]) {
  const urls: string[] = [];
  const inits: (RequestInit | undefined)[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : input.toString());
    inits.push(init);
    const reply = replies[urls.length - 1];
    if (!reply) throw new Error(`unexpected request ${urls.length}: ${urls.at(-1)}`);
    return reply();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, urls, inits };
}
const json = (body: string, status = 200) => () => new Response(body, { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.useRealTimers();
});

describe('the request', () => {
  it('is the URL of spec/lookups.md: the quoted, URL-encoded name as a generic or brand name, 5 labels', () => {
    expect(labelSearchUrl('osimertinib')).toBe(
      'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22osimertinib%22+OR+openfda.brand_name:%22osimertinib%22&limit=5',
    );
  });

  it('encodes spaces, ampersands and plus signs in the name, and drops quotes that would break the search', () => {
    const url = labelSearchUrl(' trastuzumab "deruxtecan" & co+ ');
    expect(url).toContain('openfda.generic_name:%22trastuzumab%20deruxtecan%20%26%20co%2B%22+OR+');
    expect(new URL(url).searchParams.get('limit')).toBe('5');
  });

  it('has a text search for labels with no openFDA names, and DailyMed and Purple Book links', () => {
    expect(labelTextSearchUrl('osimertinib')).toBe('https://api.fda.gov/drug/label.json?search=%22osimertinib%22&limit=5');
    expect(dailyMedLabelUrl(TAGRISSO_SET_ID)).toBe(`https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${TAGRISSO_SET_ID}`);
    expect(dailyMedSearchUrl('nab paclitaxel & co')).toBe('https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=nab%20paclitaxel%20%26%20co');
    expect(PURPLE_BOOK_URL).toBe('https://purplebooksearch.fda.gov/');
  });
});

describe('parseLabelResponse on every recording', () => {
  it('osimertinib: keeps only TAGRISSO, whose openfda block is empty, and never another drug that mentions it', () => {
    const result = parseLabelResponse(JSON.parse(OSIMERTINIB), 'osimertinib');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((l) => l.setId)).toEqual([TAGRISSO_SET_ID]);
    const [tagrisso] = result.value;
    expect(tagrisso).toMatchObject({ effectiveDate: '2024-09-25', brandNames: [], genericNames: [], applicationNumbers: [] });
    expect(tagrisso!.indications).toMatch(/^1 INDICATIONS AND USAGE TAGRISSO is a kinase inhibitor indicated for: • adjuvant therapy/);
    expect(tagrisso!.indications).toContain('non-small cell lung cancer (NSCLC)');
    expect(tagrisso!.indications).not.toMatch(/Rybrevant|DATROWAY|LAZCLUZE/i);
  });

  it('osimertinib searched as TAGRISSO (the brand on its product data) finds the same label', () => {
    const result = parseLabelResponse(JSON.parse(OSIMERTINIB), 'Tagrisso');
    expect(result.ok && result.value.map((l) => l.setId)).toEqual([TAGRISSO_SET_ID]);
  });

  it('gefitinib: all four labels (three generics and IRESSA), newest first, with names, numbers and the bullet character', () => {
    const result = parseLabelResponse(JSON.parse(GEFITINIB), 'gefitinib');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((l) => l.effectiveDate)).toEqual(['2026-03-10', '2023-12-28', '2023-02-28', '2023-02-22']);
    const iressa = result.value.find((l) => l.brandNames.includes('IRESSA'))!;
    expect(iressa).toMatchObject({ setId: '827d60e8-7e07-41b7-c28b-49ef1c4a5a41', genericNames: ['GEFITINIB'], applicationNumbers: ['NDA206995'] });
    expect(iressa.indications).toMatch(/metastatic non-small cell lung cancer \(NSCLC\)/);
    const all = result.value.map((l) => l.indications).join(' ');
    expect(all).not.toContain('\\u2022');
    for (const label of result.value) expect(labelLookupSchema.shape.labels.element.safeParse(label).success).toBe(true);
  });

  it('keytruda (minimal records): both labels, with no date, no application number and no indications text', () => {
    const result = parseLabelResponse(JSON.parse(KEYTRUDA), 'Keytruda');
    expect(result).toEqual({
      ok: true,
      value: [
        { setId: '097d166f-b73b-41d3-9b37-7653cd2a0c41', brandNames: ['KEYTRUDA QLEX'], genericNames: ['PEMBROLIZUMAB AND BERAHYALURONIDASE ALFA-PMPH'], applicationNumbers: [], indications: '' },
        { setId: '9333c79b-d487-4538-a9f0-71b91a02b287', brandNames: ['KEYTRUDA'], genericNames: ['PEMBROLIZUMAB'], applicationNumbers: [], indications: '' },
      ],
    });
  });

  it('a Drugs@FDA record (another endpoint: no set_id) is unreadable, not a label', () => {
    expect(parseLabelResponse(JSON.parse(IMATINIB_DRUGSFDA), 'imatinib mesylate')).toEqual({ ok: false, failure: 'unreadable' });
  });

  it('another drug’s labels only: not found, never shown as this drug’s', () => {
    expect(parseLabelResponse(JSON.parse(GEFITINIB), 'erlotinib')).toEqual({ ok: false, failure: 'not-found' });
    expect(parseLabelResponse(JSON.parse(OSIMERTINIB), 'amivantamab-vmjw osimertinib')).toEqual({ ok: false, failure: 'not-found' });
  });

  it('made by hand from the TAGRISSO record: literal escapes become characters, markup stays text, control characters go', () => {
    const record = tagrissoRecord();
    record.indications_and_usage = ['TAGRISSO is indicated for: \\u2022 <b>NSCLC</b> <script>alert(1)</script>\u0007 & more'];
    const result = parseLabelResponse({ results: [record] }, 'osimertinib');
    expect(result.ok && result.value[0]!.indications).toBe('TAGRISSO is indicated for: • <b>NSCLC</b> <script>alert(1)</script> & more');
  });

  it('made by hand: an indications text over 40,000 characters is cut at a sentence, and says it was cut', () => {
    const record = tagrissoRecord();
    record.indications_and_usage = [`TAGRISSO is indicated for NSCLC. ${'More words here. '.repeat(5000)}`];
    const result = parseLabelResponse({ results: [record] }, 'osimertinib');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]!.indications.length).toBeLessThanOrEqual(40_000);
    expect(result.value[0]!.indications).toMatch(/here\. \[…\]$/);
  });

  it('refuses the wrong shapes: no results list, results not a list, a list too long, records with the wrong types', () => {
    for (const body of [{}, { results: 'x' }, { results: Array.from({ length: 101 }, () => ({ set_id: 'x' })) }, { results: [{ set_id: 5 }, { openfda: {} }] }, [], null, 'text']) {
      expect(parseLabelResponse(body, 'osimertinib')).toEqual({ ok: false, failure: 'unreadable' });
    }
  });

  it('an empty results list is not found', () => {
    expect(parseLabelResponse({ results: [] }, 'osimertinib')).toEqual({ ok: false, failure: 'not-found' });
  });
});

describe('lookUpLabel: the lookup, with a fetch passed in', () => {
  it('gefitinib: one request, to api.fda.gov only, carrying only the name; the lookup dated today', async () => {
    const { fetch, urls, inits } = stubFetch(json(GEFITINIB));
    const result = await lookUpLabel('gefitinib', { fetch, today });
    expect(urls).toEqual([labelSearchUrl('gefitinib')]);
    expect(inits[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(inits[0]?.signal).toBeInstanceOf(AbortSignal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.retrievedOn).toBe(today);
    expect(result.value.query).toBe('gefitinib');
    expect(result.value.labels).toHaveLength(4);
    expect(labelLookupSchema.safeParse(result.value).success).toBe(true);
  });

  it('osimertinib: the field search finds nothing (404), the text search finds TAGRISSO, and only TAGRISSO is kept', async () => {
    const { fetch, urls } = stubFetch(json(NOT_FOUND_BODY, 404), json(OSIMERTINIB));
    const result = await lookUpLabel('osimertinib', { fetch, today });
    expect(urls).toEqual([labelSearchUrl('osimertinib'), labelTextSearchUrl('osimertinib')]);
    for (const url of urls) {
      expect(new URL(url).origin).toBe('https://api.fda.gov');
      expect(decodeURIComponent(new URL(url).search)).not.toMatch(/cancer|lung|insurance|\d{5}/i);
    }
    expect(result.ok && result.value.labels.map((l) => l.setId)).toEqual([TAGRISSO_SET_ID]);
  });

  it('not found by either search: not-found; the person may keep "none found"', async () => {
    const { fetch, urls } = stubFetch(json(NOT_FOUND_BODY, 404), json(NOT_FOUND_BODY, 404));
    expect(await lookUpLabel('notadrugatall', { fetch, today })).toEqual({ ok: false, failure: 'not-found' });
    expect(urls).toHaveLength(2);
    expect(noLabelFound(' notadrugatall ', today)).toEqual({ retrievedOn: today, query: 'notadrugatall', labels: [] });
  });

  it('other drugs’ labels from both searches: not found', async () => {
    const { fetch } = stubFetch(json(GEFITINIB), json(OSIMERTINIB));
    expect(await lookUpLabel('erlotinib', { fetch, today })).toEqual({ ok: false, failure: 'not-found' });
  });

  it('sends nothing for an empty name', async () => {
    const { fetch, urls } = stubFetch();
    expect(await lookUpLabel('  ""  ', { fetch, today })).toEqual({ ok: false, failure: 'not-found' });
    expect(urls).toEqual([]);
  });

  it.each([
    ['a network error (TypeError: offline, DNS, refused, or CORS)', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ['HTTP 429', json('{"error":{"code":"OVER_RATE_LIMIT"}}', 429), 'rate-limited'],
    ['HTTP 500', json('{}', 500), 'server-error'],
    ['HTTP 503 with an HTML page', () => new Response('<html>down</html>', { status: 503 }), 'server-error'],
    ['HTTP 403', json('{}', 403), 'unreadable'],
    ['garbage (not JSON)', () => new Response('\u0000\u00ff garbage {{{', { status: 200 }), 'unreadable'],
    ['HTML instead of JSON', () => new Response('<!doctype html><p>Hi</p>', { status: 200 }), 'unreadable'],
    ['JSON of the wrong shape', json('{"results":{"set_id":"x"}}'), 'unreadable'],
    ['a Drugs@FDA answer', json(IMATINIB_DRUGSFDA), 'unreadable'],
  ] as [string, Reply, string][])('%s: the matching failure, and no second request', async (_name, reply, failure) => {
    const { fetch, urls } = stubFetch(reply);
    expect(await lookUpLabel('gefitinib', { fetch, today })).toEqual({ ok: false, failure });
    expect(urls).toHaveLength(1);
  });

  it('a huge body is refused as it streams in, without reading it all', async () => {
    let pulled = 0;
    const chunk = 'x'.repeat(1_000_000);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1000) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });
    const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
    expect(await lookUpLabel('gefitinib', { fetch, today })).toEqual({ ok: false, failure: 'unreadable' });
    expect(pulled).toBeLessThan(20);
  });

  it('a body that declares a huge length is refused unread', async () => {
    const { fetch } = stubFetch(() => new Response('{}', { status: 200, headers: { 'content-length': String(500_000_000) } }));
    expect(await lookUpLabel('gefitinib', { fetch, today })).toEqual({ ok: false, failure: 'unreadable' });
  });

  it('a connection that breaks while the body comes in: unreadable', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"results": ['));
        controller.error(new TypeError('network error'));
      },
    });
    const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
    expect(await lookUpLabel('gefitinib', { fetch, today })).toEqual({ ok: false, failure: 'unreadable' });
  });
});

describe('the time limit and stopping', () => {
  /** A fetch that never answers, and rejects as fetch does when its signal aborts. */
  const hanging = () =>
    vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    ) as unknown as typeof globalThis.fetch;

  it('gives up after 15 seconds: offline, so the person gets the website instead', async () => {
    expect(LOOKUP_TIMEOUT_MS).toBe(15_000);
    vi.useFakeTimers();
    try {
      let settled = false;
      const pending = lookUpLabel('gefitinib', { fetch: hanging(), today }).then((r) => {
        settled = true;
        return r;
      });
      await vi.advanceTimersByTimeAsync(14_900);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(await pending).toEqual({ ok: false, failure: 'offline' });
    } finally {
      // The unit tests share one module registry and one clock (isolate: false in vite.config.ts).
      vi.useRealTimers();
    }
  });

  it('a shorter limit given to requestJson is kept (the same code path, measured in real time)', async () => {
    const started = Date.now();
    expect(await requestJson('https://api.fda.gov/x', { fetch: hanging(), today }, { maxChars: 10, timeoutMs: 50 })).toEqual({ ok: false, failure: 'offline' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops when the caller aborts (the person pressed Stop)', async () => {
    const controller = new AbortController();
    const pending = lookUpLabel('gefitinib', { fetch: hanging(), today, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, failure: 'offline' });
  });
});

describe('how old a saved lookup is (said by the page, not by evaluate)', () => {
  it('counts whole days and calls a lookup over 30 days old stale', () => {
    expect(lookupAgeDays('2026-10-31', '2026-11-30')).toBe(30);
    expect(isStaleLookup('2026-10-31', '2026-11-30')).toBe(false);
    expect(isStaleLookup('2026-10-30', '2026-11-30')).toBe(true);
    expect(lookupAgeDays('2026-02-28', '2026-03-01')).toBe(1);
    expect(lookupAgeDays('yesterday', '2026-11-30')).toBeUndefined();
  });
});
