import { describe, expect, it } from 'vitest';
import { lookUpExpandedAccess, lookUpStudy, searchTrials } from '../../../src/lookups/ctgov';
import type { TrialSearch } from '../../../src/lookups/ctgov-search';
import { ctgovFixtureText } from './ctgov-fixtures';

type Answer = { status?: number; body?: string; throws?: Error };

/** A fetch that answers from recordings and remembers every URL asked for. */
function recordedFetch(answers: Answer[]) {
  const asked: string[] = [];
  const fetch = ((input: string | URL, init?: RequestInit) => {
    asked.push(input.toString());
    if (init?.signal?.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
    const answer = answers[Math.min(asked.length - 1, answers.length - 1)]!;
    if (answer.throws) return Promise.reject(answer.throws);
    return Promise.resolve(new Response(answer.body ?? '', { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json' } }));
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

const today = '2026-11-30';
const phelan: TrialSearch = { conditionWords: 'Phelan-McDermid Syndrome', area: { kind: 'anywhere' } };

describe('trial search', () => {
  it('pages with nextPageToken: the total on the first page only, the same parameters plus the token on the next', async () => {
    const { fetch, asked } = recordedFetch([
      { body: ctgovFixtureText('search_phelan_limit5_20260811.json') },
      { body: ctgovFixtureText('search_phelan_next_20260811.json') },
    ]);
    const first = await searchTrials(phelan, { fetch, today }, { pageSize: 5 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.totalCount).toBe(21);
    expect(first.value.studies).toHaveLength(5);
    expect(first.value.retrievedOn).toBe(today);
    const next = await searchTrials(phelan, { fetch, today }, { pageSize: 5, pageToken: first.value.nextPageToken! });
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    expect(next.value.totalCount).toBeUndefined();
    expect(next.value.studies).toHaveLength(5);
    const [a, b] = asked.map((u) => new URL(u));
    expect(b!.searchParams.get('pageToken')).toBe('ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw');
    b!.searchParams.delete('pageToken');
    expect(b!.toString()).toBe(a!.toString());
    expect(a!.origin).toBe('https://clinicaltrials.gov');
  });

  it('an empty search is a result with no studies, not a failure', async () => {
    const { fetch } = recordedFetch([{ body: '{"studies":[],"totalCount":0}' }]);
    const result = await searchTrials(phelan, { fetch, today });
    expect(result).toEqual({ ok: true, value: { studies: [], unreadable: 0, totalCount: 0, retrievedOn: today } });
  });

  it('the last page has no nextPageToken', async () => {
    const { fetch } = recordedFetch([{ body: ctgovFixtureText('search_nsclc_egfr_l858r_20260811.json') }]);
    const result = await searchTrials({ conditionWords: 'non-small cell lung cancer', area: { kind: 'anywhere' } }, { fetch, today });
    expect(result.ok && result.value.nextPageToken).toBe(undefined);
    expect(result.ok && result.value.studies.length).toBe(2);
  });

  it.each([
    ['the network fails or the browser blocks the answer (TypeError, as a CORS refusal looks)', { throws: new TypeError('Failed to fetch') }, 'offline'],
    ['HTTP 404', { status: 404, body: '' }, 'not-found'],
    ['HTTP 429', { status: 429, body: '' }, 'rate-limited'],
    ['HTTP 500', { status: 500, body: 'oops' }, 'server-error'],
    ['HTTP 503', { status: 503, body: '<html>down</html>' }, 'server-error'],
    ['HTTP 400 (a query the registry refuses)', { status: 400, body: '{"message":"bad"}' }, 'unreadable'],
    ['a garbled page (not JSON)', { body: '{"studies": [' }, 'unreadable'],
    ['JSON of another shape', { body: '{"hello":"world"}' }, 'unreadable'],
  ] as const)('%s -> %s', async (_name, answer, failure) => {
    const { fetch } = recordedFetch([answer]);
    expect(await searchTrials(phelan, { fetch, today })).toEqual({ ok: false, failure });
  });

  it('a lookup stopped (cancel or the 15-second limit) is "could not be reached"', async () => {
    const { fetch } = recordedFetch([{ body: '{}' }]);
    const controller = new AbortController();
    controller.abort();
    expect(await searchTrials(phelan, { fetch, today, signal: controller.signal })).toEqual({ ok: false, failure: 'offline' });
  });
});

describe('a study by its NCT number', () => {
  it('reads the record with sites and contacts', async () => {
    const { fetch, asked } = recordedFetch([{ body: ctgovFixtureText('hand-made/study_NCT99999901_recruiting_contacts_handmade.json') }]);
    const result = await lookUpStudy('NCT99999901', { fetch, today });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sites).toHaveLength(3);
    expect(result.value.retrievedOn).toBe(today);
    expect(asked[0]).toMatch(/^https:\/\/clinicaltrials\.gov\/api\/v2\/studies\/NCT99999901\?/);
  });

  it('sends nothing for a number that is not an NCT number', async () => {
    const { fetch, asked } = recordedFetch([{ body: '{}' }]);
    expect(await lookUpStudy('NCT123', { fetch, today })).toEqual({ ok: false, failure: 'not-found' });
    expect(asked).toEqual([]);
  });

  it('a record for another study than asked is refused', async () => {
    const { fetch } = recordedFetch([{ body: ctgovFixtureText('study-NCT02576665.json') }]);
    expect(await lookUpStudy('NCT06131398', { fetch, today })).toEqual({ ok: false, failure: 'unreadable' });
  });

  it('the registry’s 404 for an unknown number is "not found"', async () => {
    const { fetch } = recordedFetch([{ status: 404 }]);
    expect(await lookUpStudy('NCT99999999', { fetch, today })).toEqual({ ok: false, failure: 'not-found' });
  });
});

describe('expanded-access records for a drug', () => {
  it('saves the records with the day and the name looked up', async () => {
    const { fetch, asked } = recordedFetch([{ body: ctgovFixtureText('hand-made/search_expanded_access_examplinib_handmade.json') }]);
    const result = await lookUpExpandedAccess(' examplinib ', { fetch, today });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.query).toBe('examplinib');
    expect(result.value.retrievedOn).toBe(today);
    expect(result.value.records[0]).toEqual({ nctId: 'NCT99999911', title: '(made by hand) Expanded Access Program for Examplinib', status: 'AVAILABLE' });
    expect(new URL(asked[0]!).searchParams.get('filter.advanced')).toBe('AREA[StudyType]EXPANDED_ACCESS');
  });

  it('none listed is a result to keep (records: [])', async () => {
    const { fetch } = recordedFetch([{ body: '{"studies":[],"totalCount":0}' }]);
    expect(await lookUpExpandedAccess('olaparib', { fetch, today })).toEqual({
      ok: true,
      value: { retrievedOn: today, query: 'olaparib', records: [] },
    });
  });

  it('a blank name sends nothing', async () => {
    const { fetch, asked } = recordedFetch([{ body: '{}' }]);
    expect((await lookUpExpandedAccess('  ', { fetch, today })).ok).toBe(false);
    expect(asked).toEqual([]);
  });

  it('fails like the trial search: offline, garbled', async () => {
    expect(await lookUpExpandedAccess('x', { fetch: recordedFetch([{ throws: new TypeError('x') }]).fetch, today })).toEqual({ ok: false, failure: 'offline' });
    expect(await lookUpExpandedAccess('x', { fetch: recordedFetch([{ body: '[1,2' }]).fetch, today })).toEqual({ ok: false, failure: 'unreadable' });
  });
});
