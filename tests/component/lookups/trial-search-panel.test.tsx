import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import type { Content } from '../../../src/content/types';
import type { Answers, ExpandedAccessLookup, SavedTrial } from '../../../src/domain/answers.schema';
import type { ZipPoint } from '../../../src/lookups/zip-point';
import ExpandedAccessPanel from '../../../src/steps/expanded-access-panel';
import { KeptTrials, TrialSearchSection } from '../../../src/steps/kept-trials';
import TrialSearchPanel from '../../../src/steps/trial-search-panel';
import { readPastedNctIds } from '../../../src/steps/trial-search-service';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

// The trial search panel and the expanded-access lookup (issue 11) on the recordings of
// tests/fixtures/ctgov/ (real, SOURCE.md) and hand-made/ (made by hand, its README), with a fetch
// passed in. The ZIP table is stubbed with one point (the real table is tested in tests/unit/lookups).

const TODAY = '2026-11-30';
const words = en.trialSearch;
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/ctgov', name), 'utf8');
const SITES_PAGE = fixture('hand-made/search_recruiting_sites_handmade.json');
const PHELAN_FIRST = JSON.parse(fixture('search_phelan_limit5_20260811.json')) as { nextPageToken: string };
const PHELAN_NEXT = fixture('search_phelan_next_20260811.json');
const STUDY_01 = fixture('hand-made/study_NCT99999901_recruiting_contacts_handmade.json');
const EA_PAGE = fixture('hand-made/search_expanded_access_examplinib_handmade.json');

const ANSWERS: Answers = {
  schemaVersion: 2,
  age: 63,
  residenceState: 'OH',
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  biomarkers: { testing: 'done', findings: ['KRAS G12D', 'BRCA2'] },
  drugOfInterest: { name: 'examplinib' },
  insurance: { coverage: 'private' },
  trials: { status: 'looking', travel: 'near-home', zip: '43215' },
};

/** One ZIP code the stub knows (a point near the middle of Columbus, Ohio); every other is unknown. */
const zipPoint = (zip: string): Promise<ZipPoint> =>
  Promise.resolve(zip === '43215' ? { kind: 'found', zip, point: { lat: 39.96459, lon: -83.00397 } } : { kind: 'unknown-zip', zip });

type Call = { url: URL; init: RequestInit | undefined };
/** A fetch answering from the recordings; `answer` decides per request. */
function fakeFetch(answer: (url: URL) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    calls.push({ url, init });
    return Promise.resolve(answer(url));
  }) as typeof fetch;
  return { fetchFn, calls };
}
const ok = (body: string) => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
/** The hand-made page with sites, and then (made here by hand: a token added) the real next page of the recorded pair. */
const pagedFetch = () =>
  fakeFetch((url) => {
    if (url.pathname.startsWith('/api/v2/studies/')) return ok(STUDY_01);
    if (url.searchParams.get('pageToken')) return ok(PHELAN_NEXT);
    return ok(JSON.stringify({ ...(JSON.parse(SITES_PAGE) as object), nextPageToken: PHELAN_FIRST.nextPageToken }));
  });

function renderPanel({
  answers = ANSWERS,
  kept = [],
  fetchFn = pagedFetch().fetchFn,
  content = en,
}: { answers?: Answers; kept?: SavedTrial[]; fetchFn?: typeof fetch; content?: Content } = {}) {
  const onKeep = vi.fn<(saved: SavedTrial[]) => void>();
  const user = userEvent.setup();
  render(
    <ContentProvider content={content}>
      <TrialSearchPanel
        answers={answers}
        travel={answers.trials?.travel}
        zip={answers.trials?.zip ?? ''}
        kept={kept}
        onKeep={onKeep}
        fetchFn={fetchFn}
        today={() => TODAY}
        zipPoint={zipPoint}
      />
    </ContentProvider>,
  );
  return { user, onKeep };
}

const searchButton = () => screen.getByRole('button', { name: words.search });

describe('the trial search panel', () => {
  it('shows what will be sent, editable, and sends nothing before the button', async () => {
    const { fetchFn, calls } = pagedFetch();
    renderPanel({ fetchFn });
    expect(screen.getByRole('textbox', { name: words.conditionLabel })).toHaveValue('Pancreatic Cancer');
    expect(screen.getByRole('checkbox', { name: 'KRAS G12D' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'BRCA2' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: words.drugLabel('examplinib') })).not.toBeChecked();
    // The point, rounded to 2 decimals, with the 50-mile radius of "near home", chosen from the travel answer.
    expect(await screen.findByRole('radio', { name: words.placeNear({ lat: '39.96', lon: '-83.00', miles: 50 }) })).toBeChecked();
    expect(screen.getByRole('radio', { name: words.placeState('Ohio') })).not.toBeChecked();
    expect(screen.getByText(words.pointSource('43215'))).toBeInTheDocument();
    expect(searchButton()).toHaveTextContent('Send these words and this place to ClinicalTrials.gov and search');
    expect(calls).toEqual([]);
  });

  it('sends only the words shown and the rounded point: never the ZIP code, age or insurance', async () => {
    const { fetchFn, calls } = pagedFetch();
    const { user } = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(screen.getByRole('checkbox', { name: 'KRAS G12D' }));
    await user.click(screen.getByRole('checkbox', { name: words.drugLabel('examplinib') }));
    await user.click(searchButton());
    await screen.findByRole('heading', { name: words.resultsHeading });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/api/v2/studies');
    expect(url.searchParams.get('query.cond')).toBe('Pancreatic Cancer');
    expect(url.searchParams.get('query.term')).toBe('"KRAS G12D"');
    expect(url.searchParams.get('query.intr')).toBe('examplinib');
    expect(url.searchParams.get('filter.geo')).toBe('distance(39.96,-83,50mi)');
    expect(url.searchParams.get('filter.overallStatus')).toBe('RECRUITING,NOT_YET_RECRUITING');
    expect(url.href).not.toContain('43215');
    expect(url.href).not.toContain('63');
    expect(url.href).not.toMatch(/private|insurance/i);
    expect(init?.credentials).toBe('omit');
  });

  it('lists the studies nearest first with phase in words, status, nearest site, sites, ages, expanded access and a link', async () => {
    const { user } = renderPanel();
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    expect(await screen.findByText(words.total(4))).toBeInTheDocument();
    const studies = screen.getAllByRole('article');
    // Both Columbus studies first (phase 3 before phase 2), then the ones with no measurable site.
    expect(studies.map((s) => within(s).getByRole('heading').textContent)).toEqual([
      '(made by hand) A Phase 3 Study at the Same Columbus Site',
      '(made by hand) A Study of Examplinib in Metastatic Pancreatic Cancer',
      '(made by hand) A Study Whose Sites Have No geoPoint',
      '(made by hand) A Study With No Sites Listed Yet',
    ]);
    const second = studies[1]!;
    expect(second).toHaveTextContent(words.phase.PHASE2);
    expect(second).toHaveTextContent(words.status('RECRUITING'));
    expect(second).toHaveTextContent(/Example Cancer Center Columbus, Columbus, [A-Za-z]+: about \d miles away/);
    expect(second).toHaveTextContent(words.sites(3));
    expect(second).toHaveTextContent(words.ageLimits({ min: '18 Years', max: '75 Years' }));
    expect(second).toHaveTextContent(words.ageFit.within(63));
    expect(second).toHaveTextContent(words.expandedAccessNote);
    expect(within(second).getByRole('link', { name: new RegExp(words.studyPage('NCT99999901')) })).toHaveAttribute(
      'href',
      'https://clinicaltrials.gov/study/NCT99999901',
    );
    expect(studies[3]).toHaveTextContent(words.noSite);
    expect(studies[3]).toHaveTextContent(words.ageFit['above-maximum'](63));
  });

  it('pages with nextPageToken, every other parameter unchanged', async () => {
    const { fetchFn, calls } = pagedFetch();
    const { user } = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    await user.click(await screen.findByRole('button', { name: words.more }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(9));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.url.searchParams.get('pageToken')).toBe(PHELAN_FIRST.nextPageToken);
    const withoutToken = (u: URL) => [...u.searchParams].filter(([k]) => k !== 'pageToken');
    expect(withoutToken(calls[1]!.url)).toEqual(withoutToken(calls[0]!.url));
    // The recorded next page has a token of its own: more can still be asked for.
    expect(screen.getByRole('button', { name: words.more })).toBeInTheDocument();
  });

  it('a next page that fails says so with the website link, and keeps the studies already shown', async () => {
    const { fetchFn } = fakeFetch((url) =>
      url.searchParams.get('pageToken') ? new Response('{}', { status: 500 }) : ok(JSON.stringify({ ...(JSON.parse(SITES_PAGE) as object), nextPageToken: 'next' })),
    );
    const { user } = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    await user.click(await screen.findByRole('button', { name: words.more }));
    expect(await screen.findByText(words.failures['server-error'])).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(words.websiteSearch) })).toHaveAttribute('href', expect.stringContaining('https://clinicaltrials.gov/search?'));
    expect(screen.getAllByRole('article')).toHaveLength(4);
  });

  it('keeps a ticked study with the day looked up and its nearest site', async () => {
    const { user, onKeep } = renderPanel();
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    await user.click(await screen.findByRole('checkbox', { name: words.keep('NCT99999901') }));
    expect(onKeep).toHaveBeenCalledTimes(1);
    const saved = onKeep.mock.calls[0]![0];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ nctId: 'NCT99999901', status: 'RECRUITING', retrievedOn: TODAY, nearestSite: { city: 'Columbus' } });
    expect(saved[0]!.nearestSite!.distanceMiles).toBeLessThanOrEqual(1);
  });

  it('at 20 kept, says so clearly and keeps no more', async () => {
    const twenty: SavedTrial[] = Array.from({ length: 20 }, (_, i) => ({
      nctId: `NCT0000${String(i).padStart(4, '0')}`,
      title: `Kept ${i}`,
      status: 'RECRUITING',
      retrievedOn: TODAY,
    }));
    const { user, onKeep } = renderPanel({ kept: twenty });
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    expect(await screen.findByText(words.atLimit(20))).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: words.keep('NCT99999901') }));
    expect(onKeep).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: words.keep('NCT99999901') })).not.toBeChecked();
  });

  it('an unknown ZIP code says so and searches without distance', async () => {
    const { fetchFn, calls } = pagedFetch();
    const { user } = renderPanel({ fetchFn, answers: { ...ANSWERS, trials: { status: 'looking', travel: 'near-home', zip: '00001' } } });
    expect(await screen.findByText(words.unknownZip('00001'))).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /map point/ })).toBeNull();
    expect(screen.getByRole('radio', { name: words.placeAnywhere })).toBeChecked();
    await user.click(searchButton());
    await screen.findByRole('heading', { name: words.resultsHeading });
    expect(calls[0]!.url.searchParams.has('filter.geo')).toBe(false);
    expect(calls[0]!.url.searchParams.has('query.locn')).toBe(false);
  });

  it('"in my state" sends the state name, not a point', async () => {
    const { fetchFn, calls } = pagedFetch();
    const { user } = renderPanel({ fetchFn, answers: { ...ANSWERS, trials: { status: 'looking', travel: 'in-my-state', zip: '43215' } } });
    expect(screen.getByRole('radio', { name: words.placeState('Ohio') })).toBeChecked();
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    await screen.findByRole('heading', { name: words.resultsHeading });
    expect(calls[0]!.url.searchParams.get('query.locn')).toBe('Ohio');
    expect(calls[0]!.url.searchParams.has('filter.geo')).toBe(false);
  });

  it('empty condition words: the error names the field, nothing is sent', async () => {
    const { fetchFn, calls } = pagedFetch();
    const { user } = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await user.clear(screen.getByRole('textbox', { name: words.conditionLabel }));
    await user.click(searchButton());
    expect(screen.getByText(words.conditionRequired)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: words.conditionLabel })).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  const failures = [
    ['a network error (or CORS)', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ['a 500', () => new Response('{}', { status: 500 }), 'server-error'],
    ['a 429', () => new Response('{}', { status: 429 }), 'rate-limited'],
    ['garbled JSON', () => ok('{"studies": "not a list"'), 'unreadable'],
  ] as const;
  for (const [what, answer, failure] of failures) {
    it(`on ${what}: says so and gives the same search as a link to clinicaltrials.gov`, async () => {
      const { fetchFn } = fakeFetch(answer);
      const { user } = renderPanel({ fetchFn });
      await screen.findByRole('radio', { name: /map point/ });
      await user.click(searchButton());
      expect(await screen.findByText(words.failures[failure])).toBeInTheDocument();
      const link = screen.getByRole('link', { name: new RegExp(words.websiteSearch) });
      const href = new URL(link.getAttribute('href')!);
      expect(href.origin + href.pathname).toBe('https://clinicaltrials.gov/search');
      expect(href.searchParams.get('cond')).toBe('Pancreatic Cancer');
      expect(href.searchParams.get('lat')).toBe('39.96');
      expect(href.searchParams.get('distance')).toBe('50');
      // What was typed stays.
      expect(screen.getByRole('textbox', { name: words.conditionLabel })).toHaveValue('Pancreatic Cancer');
    });
  }

  /** Renders the panel, runs the search, and returns the box for pasted NCT numbers (shown with any outcome). */
  async function searchThenPasteBox(fetchFn: typeof fetch) {
    const rendered = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await rendered.user.click(searchButton());
    return { ...rendered, box: await screen.findByRole('textbox', { name: words.pasteLabel }) };
  }

  it('pasted NCT numbers: the format is checked (the error names the field); good ones are looked up and kept', async () => {
    let online = false;
    const { fetchFn, calls } = fakeFetch((url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return url.pathname.endsWith('/NCT99999901') ? ok(STUDY_01) : new Response('{}', { status: 404 });
    });
    const { user, onKeep, box } = await searchThenPasteBox(fetchFn);
    await user.type(box, 'NCT123');
    await user.click(screen.getByRole('button', { name: words.pasteButton }));
    expect(screen.getByText(words.pasteError)).toBeInTheDocument();
    expect(words.pasteError.startsWith(words.pasteLabel.split(' of ')[0]!)).toBe(true);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('NCT123');
    expect(calls).toHaveLength(1);

    await user.clear(box);
    await user.type(box, 'NCT99999901, NCT99999999');
    online = true;
    await user.click(screen.getByRole('button', { name: words.pasteButton }));
    expect(await screen.findByText(words.pasteNotFound('NCT99999999'))).toBeInTheDocument();
    expect(onKeep).toHaveBeenCalledTimes(1);
    expect(onKeep.mock.calls[0]![0]).toMatchObject([{ nctId: 'NCT99999901', status: 'RECRUITING', retrievedOn: TODAY }]);
    expect(box).toHaveValue('NCT99999999');
  });

  const unreachable = [
    ['a network error (or CORS)', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a 503', () => new Response('{}', { status: 503 })],
  ] as const;
  for (const [what, answer] of unreachable) {
    it(`on ${what}: a pasted number is kept without its details (not looked up); a number the registry does not know stays in the box`, async () => {
      const { fetchFn } = fakeFetch((url) => (url.pathname.endsWith('/NCT99999999') ? new Response('{}', { status: 404 }) : answer()));
      const { user, onKeep, box } = await searchThenPasteBox(fetchFn);
      await user.type(box, 'NCT01234567 NCT99999999');
      await user.click(screen.getByRole('button', { name: words.pasteButton }));
      expect(await screen.findByText(words.pasteKeptNotLookedUp('NCT01234567'))).toBeInTheDocument();
      expect(words.pasteKeptNotLookedUp('NCT01234567')).toMatch(/^Kept without details: NCT01234567\. ClinicalTrials\.gov could not be reached/);
      expect(screen.getByText(words.pasteNotFound('NCT99999999'))).toBeInTheDocument();
      expect(onKeep).toHaveBeenCalledTimes(1);
      expect(onKeep.mock.calls[0]![0]).toEqual([{ nctId: 'NCT01234567', title: '', status: 'NOT_LOOKED_UP', retrievedOn: TODAY }]);
      // Kept, so out of the box; the wrong number stays there to be checked.
      expect(box).toHaveValue('NCT99999999');
    });
  }

  it('reads pasted numbers in any spacing, and refuses anything else', () => {
    expect(readPastedNctIds('nct99999901; NCT 99999902\nNCT99999901')).toEqual({ ok: true, ids: ['NCT99999901', 'NCT99999902'] });
    expect(readPastedNctIds('NCT9999990')).toEqual({ ok: false, problem: 'format' });
    expect(readPastedNctIds('   ')).toEqual({ ok: false, problem: 'none' });
  });

  it('shows markup from the registry as text', async () => {
    const hostile = JSON.parse(SITES_PAGE) as { studies: { protocolSection: { identificationModule: { briefTitle: string } } }[] };
    hostile.studies[2]!.protocolSection.identificationModule.briefTitle = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { fetchFn } = fakeFetch(() => ok(JSON.stringify(hostile)));
    const { user } = renderPanel({ fetchFn });
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(searchButton());
    expect(await screen.findByRole('heading', { name: '<img src=x onerror="alert(1)"><b>bold</b>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks Spanish', async () => {
    const { user } = renderPanel({ content: es });
    expect(screen.getByRole('textbox', { name: es.trialSearch.conditionLabel })).toHaveValue('Pancreatic Cancer');
    await screen.findByRole('radio', { name: /punto del mapa/ });
    await user.click(screen.getByRole('button', { name: es.trialSearch.search }));
    expect(await screen.findByText(es.trialSearch.total(4))).toBeInTheDocument();
    expect(screen.getAllByText(es.trialSearch.phase.PHASE3).length).toBeGreaterThan(0);
  });
});

describe('the trial search section', () => {
  it('opens the search only when asked, and removes a kept trial', async () => {
    const onKeep = vi.fn<(saved: SavedTrial[]) => void>();
    const user = userEvent.setup();
    const kept: SavedTrial = { nctId: 'NCT99999901', title: '(made by hand) Kept', status: 'RECRUITING', retrievedOn: TODAY, nearestSite: { city: 'Columbus', state: 'Ohio', distanceMiles: 1 } };
    const { fetchFn, calls } = pagedFetch();
    render(
      <ContentProvider content={en}>
        <TrialSearchSection answers={{ ...ANSWERS, trials: { ...ANSWERS.trials, saved: [kept] } }} travel="near-home" zip="43215" onKeep={onKeep} fetchFn={fetchFn} />
      </ContentProvider>,
    );
    expect(screen.queryByRole('button', { name: words.search })).toBeNull();
    expect(screen.getByText(/Columbus, Ohio: about 1 mile away/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.remove('NCT99999901') }));
    expect(onKeep).toHaveBeenCalledWith([]);
    expect(screen.getByRole('heading', { name: words.keptHeading })).toHaveFocus();
    expect(screen.getByText(words.keptNone)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.open }));
    expect(await screen.findByRole('button', { name: words.search })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});

describe('a trial kept while the registry could not be reached', () => {
  const STUDY_REAL = fixture('get_nct06604689_20260811.json');

  it('shows its number, its study page and that it was not looked up; pasted again once the registry answers, the looked-up trial replaces it', async () => {
    let online = false;
    const { fetchFn } = fakeFetch((url) => {
      if (!online) throw new TypeError('Failed to fetch');
      return url.pathname.endsWith('/NCT06604689') ? ok(STUDY_REAL) : new Response('{}', { status: 404 });
    });
    const onKeep = vi.fn<(saved: SavedTrial[]) => void>();
    const user = userEvent.setup();
    render(
      <ContentProvider content={en}>
        <TrialSearchSection answers={ANSWERS} travel="near-home" zip="43215" onKeep={onKeep} fetchFn={fetchFn} today={() => TODAY} />
      </ContentProvider>,
    );
    await user.click(screen.getByRole('button', { name: words.open }));
    await screen.findByRole('radio', { name: /map point/ });
    await user.click(screen.getByRole('button', { name: words.search }));
    const box = await screen.findByRole('textbox', { name: words.pasteLabel });
    await user.type(box, 'NCT06604689');
    await user.click(screen.getByRole('button', { name: words.pasteButton }));
    expect(await screen.findByText(words.pasteKeptNotLookedUp('NCT06604689'))).toBeInTheDocument();
    expect(onKeep).toHaveBeenLastCalledWith([{ nctId: 'NCT06604689', title: '', status: 'NOT_LOOKED_UP', retrievedOn: TODAY }]);
    const list = screen.getByRole('list');
    const card = within(list).getByRole('listitem');
    expect(within(card).getByText('NCT06604689')).toBeInTheDocument();
    expect(within(card).getByText(words.keptNotLookedUp)).toBeInTheDocument();
    expect(within(card).getByText(words.keptOn('November 30, 2026'))).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: new RegExp(words.studyPage('NCT06604689')) })).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT06604689');
    expect(card).not.toHaveTextContent(/undefined|no longer|recruiting/i);
    expect(within(card).queryByText(/^NCT06604689: /)).toBeNull();

    online = true;
    await user.type(box, 'NCT06604689');
    await user.click(screen.getByRole('button', { name: words.pasteButton }));
    await waitFor(() => expect(onKeep).toHaveBeenCalledTimes(2));
    const saved = onKeep.mock.calls[1]![0];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ nctId: 'NCT06604689', status: 'RECRUITING', title: expect.stringMatching(/^AI-guided Prognostication/) as string });
    expect(await within(list).findByText(/^AI-guided Prognostication/)).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).queryByText(words.keptNotLookedUp)).toBeNull();
    expect(box).toHaveValue('');
  });

  it('says the same in Spanish on the list of kept trials, with no stale warning for a day it was only kept', () => {
    const t = es.trialSearch;
    render(
      <ContentProvider content={es}>
        <KeptTrials kept={[{ nctId: 'NCT01234567', title: '', status: 'NOT_LOOKED_UP', retrievedOn: '2026-10-01' }]} onRemove={() => undefined} today={() => TODAY} />
      </ContentProvider>,
    );
    const card = screen.getByRole('listitem');
    expect(within(card).getByText('NCT01234567')).toBeInTheDocument();
    expect(within(card).getByText(t.keptNotLookedUp)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: new RegExp(t.studyPage('NCT01234567')) })).toHaveAttribute('href', 'https://clinicaltrials.gov/study/NCT01234567');
    expect(within(card).queryByText(t.stale(60))).toBeNull();
    expect(card).not.toHaveTextContent(/undefined|not looked up/i);
  });
});

describe('a kept lookup older than 30 days', () => {
  it('says so, for a kept trial and for kept expanded-access records', () => {
    const old: SavedTrial = { nctId: 'NCT99999901', title: '(made by hand) Kept', status: 'RECRUITING', retrievedOn: '2026-10-01' };
    render(
      <ContentProvider content={en}>
        <TrialSearchSection answers={{ ...ANSWERS, trials: { ...ANSWERS.trials, saved: [old] } }} travel="near-home" zip="43215" onKeep={() => undefined} today={() => TODAY} />
        <ExpandedAccessPanel
          name="examplinib"
          kept={{ retrievedOn: '2026-10-01', query: 'examplinib', records: [] }}
          onKeep={() => undefined}
          today={() => TODAY}
        />
      </ContentProvider>,
    );
    expect(screen.getAllByText(words.stale(60))).toHaveLength(2);
    expect(screen.getByText(words.ea.noneListed('examplinib'))).toBeInTheDocument();
  });
});

describe('the expanded-access lookup', () => {
  it('sends only the drug name after the button, lists the records with their status, and keeps them', async () => {
    const { fetchFn, calls } = fakeFetch(() => ok(EA_PAGE));
    const onKeep = vi.fn<(lookup: ExpandedAccessLookup) => void>();
    const user = userEvent.setup();
    render(
      <ContentProvider content={en}>
        <ExpandedAccessPanel name="examplinib" kept={undefined} onKeep={onKeep} fetchFn={fetchFn} today={() => TODAY} />
      </ContentProvider>,
    );
    expect(calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: words.ea.lookUp('examplinib') }));
    expect(await screen.findByText(words.ea.found('examplinib', 4))).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url.searchParams.get('query.intr')).toBe('examplinib');
    expect(calls[0]!.url.searchParams.get('filter.advanced')).toBe('AREA[StudyType]EXPANDED_ACCESS');
    expect(screen.getByText(new RegExp(words.ea.statuses.AVAILABLE))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.ea.keep }));
    expect(onKeep.mock.calls[0]![0]).toMatchObject({ query: 'examplinib', retrievedOn: TODAY });
    expect(onKeep.mock.calls[0]![0].records[0]).toMatchObject({ nctId: 'NCT99999911', status: 'AVAILABLE' });
    expect(screen.getByText(words.ea.kept('examplinib', 'November 30, 2026'))).toBeInTheDocument();
  });

  it('on failure, says so and links the same search on the website', async () => {
    const { fetchFn } = fakeFetch(() => new Response('{}', { status: 503 }));
    const user = userEvent.setup();
    render(
      <ContentProvider content={en}>
        <ExpandedAccessPanel name="examplinib" kept={undefined} onKeep={() => undefined} fetchFn={fetchFn} today={() => TODAY} />
      </ContentProvider>,
    );
    await user.click(screen.getByRole('button', { name: words.ea.lookUp('examplinib') }));
    expect(await screen.findByText(words.failures['server-error'])).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(words.ea.websiteSearch('examplinib')) })).toHaveAttribute(
      'href',
      'https://clinicaltrials.gov/search?intr=examplinib&aggFilters=studyType%3Aexp',
    );
  });

  it('says when no programme is listed', async () => {
    const { fetchFn } = fakeFetch(() => ok('{"studies":[],"totalCount":0}'));
    const user = userEvent.setup();
    render(
      <ContentProvider content={en}>
        <ExpandedAccessPanel name="examplinib" kept={undefined} onKeep={() => undefined} fetchFn={fetchFn} today={() => TODAY} />
      </ContentProvider>,
    );
    await user.click(screen.getByRole('button', { name: words.ea.lookUp('examplinib') }));
    expect(await screen.findByText(words.ea.noneListed('examplinib'))).toBeInTheDocument();
  });
});
