import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../fixtures/read-answers';
import { en } from '../../templates/en/bundle';
import { letterWords } from '../../templates/en/letter-words';
import { readDocx } from '../unit/letters/support/read-docx';
import { readPdf } from '../unit/pdf/support/read-pdf';
import { expectNoAxeViolations } from './support/axe';
import { appOrigin, launchBrowser, withApp } from './support/browser';

// Issue 14 in a real browser: after one visit the whole product works with the network off (the
// service worker serves the app's own files), a lookup offline says so, and "Finish and clear"
// leaves Cache Storage holding only the app's own files, with the service worker still there.

const FDA = 'https://api.fda.gov';
// Words typed into the answers that no file of the app contains: if any cache held answers, they would be found.
const CLINICIAN = 'Dr. Ximena Quillfeather';
const NOTE = 'Offline visit note Q7-ZEPHYR';
const scenario = JSON.parse(readFileSync(new URL('../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8')) as {
  answers: { biomarkers: object; insurance: object };
};
const answers = readAnswers({
  ...scenario.answers,
  biomarkers: { germlineTesting: 'unsure', ...scenario.answers.biomarkers },
  insurance: { secondary: 'unsure', ...scenario.answers.insurance },
  appointment: { clinician: CLINICIAN },
  notes: NOTE,
});
const DRUG = answers.drugOfInterest?.name ?? '';

const dir = mkdtempSync(path.join(tmpdir(), 'offline-e2e-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every file the served service worker precaches, as paths (read outside the browser, which is offline by then). */
async function precachedPaths(): Promise<string[]> {
  const sw = await (await fetch(`${appOrigin()}/sw.js`)).text();
  return JSON.parse(/^const FILES = (\[.*\]);$/mu.exec(sw)?.[1] ?? '[]') as string[];
}

/** What Cache Storage holds: each cache's name, and each entry's URL and whether its body holds a given text. */
async function cacheContents(page: Page, texts: string[]) {
  return page.evaluate(async (needles) => {
    const found = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request))?.text();
        found.push({ cache: name, url: request.url, holds: needles.filter((needle) => body?.includes(needle)) });
      }
    }
    return found;
  }, texts);
}

const q = en.wizard.questions;

describe('offline, after one visit, in Chromium', () => {
  it('works with the network off: a page, an answers file, the results, the PDF and the letters; a lookup says it could not reach openFDA; Finish and clear leaves only the app’s own files in Cache Storage; a new version waits for “Reload to update”', async () => {
    await withApp(browser, 'offline', { routedOrigins: [FDA], serviceWorkers: 'allow' }, async ({ page, context }) => {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: q.welcome.title }).waitFor();
      // The manifest is served and installable: its icons are there.
      const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { display: string; icons: { src: string }[] };
      expect(manifest.display).toBe('standalone');
      for (const icon of manifest.icons) expect((await page.request.get(icon.src)).headers()['content-type'], icon.src).toBe('image/png');
      // The worker controls the page once it has cached every file (it installs first, then takes over).
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      const precached = await precachedPaths();
      for (const part of [/^\/index\.html$/u, /^\/assets\/make-checklist-pdf-web-.*\.js$/u, /^\/assets\/render-letter-docx-.*\.js$/u, /^\/fonts\/DejaVuSans-subset\.ttf$/u]) {
        expect(precached.some((file) => part.test(file)), String(part)).toBe(true);
      }
      // Both languages' words: two first-screen bundles and two for later pages.
      expect(precached.filter((file) => /^\/assets\/(first|later)-[^/]*\.js$/u.test(file)).length).toBeGreaterThanOrEqual(4);
      // jsPDF's optional chunks, which nothing loads, are left out.
      expect(precached.filter((file) => /\/(html2canvas|purify\.es)-/u.test(file))).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: q.welcome.title }).waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      // One page clicked through, as a person would.
      await page.getByRole('radio', { name: q.welcome.filledBy.options.caregiver.label }).check();
      await page.getByRole('button', { name: en.wizard.ui.continue }).click();
      await page.getByRole('heading', { level: 1, name: q.diagnosis.title }).waitFor();
      await page.getByRole('button', { name: en.wizard.ui.back, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: q.welcome.title }).waitFor();

      // The rest from a saved answers file (opened on the welcome page).
      await page
        .getByLabel(en.session.import.label)
        .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
      await page.getByRole('button', { name: en.session.import.confirmReplace }).click();
      await page.getByRole('heading', { level: 1, name: en.shell.checkAnswers.title }).waitFor();

      // A lookup with the network off says so, with the same search on the label website.
      await page.getByRole('button', { name: `${en.shell.checkAnswers.change} ${q.drugOfInterest.name.label}` }).click();
      await page.getByRole('heading', { level: 1, name: q.drugOfInterest.title }).waitFor();
      // Past the guard's catch-all (which would fail it for another reason) to the browser's network, which is off.
      await page.route(`${FDA}/**`, (route) => route.continue());
      const failed = page.waitForEvent('requestfailed', (request) => request.url().startsWith(`${FDA}/`));
      await page.getByRole('button', { name: en.labelLookup.lookUp(DRUG) }).click();
      await page.getByText(en.labelLookup.failures.offline(DRUG)).waitFor();
      expect((await failed).failure()?.errorText, 'the request failed for want of a network').toBe('net::ERR_INTERNET_DISCONNECTED');
      expect(await page.getByRole('link', { name: new RegExp(`^${en.labelLookup.websiteSearch(DRUG)}`) }).getAttribute('href')).toBe(
        `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${DRUG}`,
      );
      await page.getByRole('button', { name: en.wizard.ui.continue }).click();
      await page.getByRole('heading', { level: 1, name: en.shell.checkAnswers.title }).waitFor();
      await page.getByRole('button', { name: en.shell.checkAnswers.confirm }).click();
      await page.getByRole('heading', { level: 1, name: en.shell.results.title }).waitFor();

      // The checklist PDF: its code and fonts come from the cache.
      const pdfDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: en.checklist.actions.download }).click();
      const pdfFile = path.join(dir, (await pdfDownload).suggestedFilename());
      await (await pdfDownload).saveAs(pdfFile);
      const pdf = await readPdf(new Uint8Array(readFileSync(pdfFile)));
      expect(pdf.info['Title']).toBe('Treatment access checklist');
      expect(pdf.pages.map((p) => p.text).join(' ')).toContain(CLINICIAN);

      // A letter for the care team (.docx): the letters library comes from the cache.
      const title = letterWords.notes['insurance-appeal'].title;
      const card = page.getByRole('article', { name: title });
      const letterDownload = page.waitForEvent('download');
      await card.getByRole('button', { name: `${letterWords.panel.download} ${letterWords.panel.downloadHidden(title)}` }).click();
      const letterFile = path.join(dir, (await letterDownload).suggestedFilename());
      await (await letterDownload).saveAs(letterFile);
      expect(letterFile).toMatch(/\.docx$/u);
      expect((await readDocx(new Uint8Array(readFileSync(letterFile)))).text).toContain(`Appeal of a refusal to cover ${DRUG}`);

      // Finish and clear: the answers go; the app's own files and its worker stay.
      await page.getByRole('button', { name: en.session.finish.button }).click();
      await page.getByRole('button', { name: en.session.finish.confirmYes }).click();
      await page.getByText(en.session.finish.cleared).waitFor();
      const entries = await cacheContents(page, [CLINICIAN, NOTE, DRUG]);
      expect(entries.length).toBe(precached.length);
      const origin = appOrigin();
      for (const entry of entries) {
        const url = new URL(entry.url);
        expect(url.origin, entry.url).toBe(origin);
        expect(precached, entry.url).toContain(url.pathname);
        expect(entry.holds, `${entry.url} holds answers`).toEqual([]);
        expect(entry.cache).toMatch(/^treatment-access-navigator-precache-[0-9a-f]{16}$/u);
      }
      const worker = await page.evaluate(async () => ({
        registrations: (await navigator.serviceWorker.getRegistrations()).length,
        controlled: navigator.serviceWorker.controller !== null,
      }));
      expect(worker).toEqual({ registrations: 1, controlled: true });

      // Back online, a new version installs: the same worker under another address, which the
      // browser takes as a new version (it cannot be served different bytes here). The page says
      // so and waits: it reloads only when the person presses the button.
      await context.setOffline(false);
      await page.evaluate(() => {
        (window as { sameLoad?: boolean }).sameLoad = true;
      });
      await page.evaluate(async () => {
        await navigator.serviceWorker.register('/sw.js?next-version', { scope: '/' });
      });
      const status = page.getByRole('status', { name: en.shell.layout.updateLabel });
      await status.getByText(en.shell.layout.updateReady).waitFor();
      expect(await page.evaluate(() => (window as { sameLoad?: boolean }).sameLoad), 'no reload before the person asks').toBe(true);
      await expectNoAxeViolations(page, 'the welcome page with the update message');
      await page.getByRole('heading', { level: 1, name: q.welcome.title }).waitFor();
      const reloaded = page.waitForEvent('load');
      await status.getByRole('button', { name: en.shell.layout.updateReload }).click();
      await reloaded;
      await page.getByRole('heading', { level: 1, name: q.welcome.title }).waitFor();
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          sameLoad: (window as { sameLoad?: boolean }).sameLoad ?? false,
          waiting: registration?.waiting ?? null,
          controller: navigator.serviceWorker.controller?.scriptURL ?? null,
        };
      });
      expect(after).toEqual({ sameLoad: false, waiting: null, controller: `${appOrigin()}/sw.js?next-version` });
      expect(await status.textContent()).toBe('');
    });
  });
});
