import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers.schema';
import { parseAnswers } from '../../src/domain/parse-answers';
import { en } from '../../templates/en/bundle';
import { letterWords } from '../../templates/en/letter-words';
import { readDocx } from '../unit/letters/support/read-docx';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { openOnResults } from './support/arrive';

// The letters and sharing on a 360 x 740 phone screen, in real Chromium: the share button shows
// only where navigator.canShare says yes (stubbed before the app loads); the letters download as
// .docx, and docx's code loads only then; nothing goes to another origin.

const PHONE = { width: 360, height: 740 };
const t = letterWords;

const scenario = JSON.parse(readFileSync(new URL('../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8')) as { answers: object };
const parsed = parseAnswers({ ...scenario.answers, appointment: { date: '2026-12-14', clinician: 'Dr. Ana Núñez' } });
if (!parsed.ok) throw new Error('the scenario does not parse');
const answers: Answers = parsed.answers;

const dir = mkdtempSync(path.join(tmpdir(), 'letters-e2e-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Stubs the Web Share API before any script of the app runs; shared files are recorded, not sent. */
async function stubShare(page: Page, canShare: boolean): Promise<void> {
  await page.addInitScript((allow: boolean) => {
    const record = window as unknown as { sharedFiles?: string[] };
    Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => allow });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        record.sharedFiles = (data.files ?? []).map((file) => `${file.name} ${file.type}`);
        return Promise.resolve();
      },
    });
  }, canShare);
}

/** Opens the app on a phone screen straight on the results page for these answers. */
async function resultsOnPhone(share: boolean | 'as-chromium-is'): Promise<AppSession> {
  const app = await openApp(browser, { viewport: PHONE });
  if (share !== 'as-chromium-is') await stubShare(app.page, share);
  await openOnResults(app.page, answers, en.shell.results.title);
  await app.page.getByRole('region', { name: t.panel.heading }).waitFor();
  return app;
}

const isDocxCode = (url: string) => /\/assets\/render-letter-docx-[^/]*\.js$/u.test(url);

describe('letters and sharing on a phone, in Chromium', () => {
  it('shows the share button where navigator.canShare says yes, 44 px tall, and shares the checklist and the letters only when pressed', async () => {
    const app = await resultsOnPhone(true);
    const { page } = app;
    const button = page.getByRole('button', { name: t.share.button });
    await button.waitFor();
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => (window as unknown as { sharedFiles?: string[] }).sharedFiles)).toBeUndefined();
    expect(app.requests.filter(isDocxCode)).toEqual([]);

    await button.click();
    await page.getByRole('region', { name: t.share.heading }).getByRole('status').filter({ hasText: t.share.shared }).waitFor({ timeout: 30_000 });
    const shared = await page.evaluate(() => (window as unknown as { sharedFiles?: string[] }).sharedFiles);
    expect(shared).toEqual([
      expect.stringMatching(/^treatment-access-checklist-\d{4}-\d{2}-\d{2}\.pdf application\/pdf$/u),
      expect.stringMatching(/^letter-insurance-appeal-\d{4}-\d{2}-\d{2}\.docx application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/u),
      expect.stringMatching(/^letter-medical-necessity-\d{4}-\d{2}-\d{2}\.docx application\/vnd\.openxmlformats/u),
    ]);
    await app.finish();
  });

  it('shows no share button where navigator.canShare says no; the letters and the calendar file are still there', async () => {
    const app = await resultsOnPhone(false);
    const { page } = app;
    const letters = page.getByRole('region', { name: t.panel.heading });
    await letters.getByRole('textbox', { name: t.panel.textLabel(t.notes['insurance-appeal'].title) }).waitFor();
    await page.getByRole('button', { name: t.share.calendarButton }).waitFor();
    expect(await page.getByRole('button', { name: t.share.button }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the results page with the letters, on a phone');
    // Nothing wider than the phone's screen: the letters' text boxes fit.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // Printed, the page is the accessible checklist: the letters and sharing are left out.
    await page.emulateMedia({ media: 'print' });
    expect(await letters.isVisible()).toBe(false);
    await page.getByRole('heading', { level: 1, name: en.checklist.cover.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: en.shell.results.title }).isVisible()).toBe(false);
    await app.finish();
  });

  it('follows what this Chromium says when nothing is stubbed', async () => {
    const app = await resultsOnPhone('as-chromium-is');
    const { page } = app;
    const says = await page.evaluate(() => {
      try {
        return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File([''], 'x.pdf', { type: 'application/pdf' })] });
      } catch {
        return false;
      }
    });
    await page.getByRole('button', { name: t.share.calendarButton }).waitFor();
    expect(await page.getByRole('button', { name: t.share.button }).count()).toBe(says ? 1 : 0);
    await app.finish();
  });

  it('downloads a letter as .docx, loading docx only then; the file holds the drug, the cancer and the draft notice', async () => {
    const app = await resultsOnPhone(false);
    const { page } = app;
    const title = t.notes['insurance-appeal'].title;
    const card = page.getByRole('article', { name: title });
    const button = card.getByRole('button', { name: `${t.panel.download} ${t.panel.downloadHidden(title)}` });
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(app.requests.filter(isDocxCode)).toEqual([]);
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^letter-insurance-appeal-\d{4}-\d{2}-\d{2}\.docx$/u);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(app.requests.filter(isDocxCode)).toHaveLength(1);
    const { text } = await readDocx(new Uint8Array(readFileSync(file)));
    expect(text.startsWith('DRAFT for the care team to check.')).toBe(true);
    expect(text).toContain('Appeal of a refusal to cover trametinib');
    expect(text).toContain('colorectal cancer');
    await card.getByRole('status').filter({ hasText: t.panel.downloaded(download.suggestedFilename()) }).waitFor();

    const calendar = page.waitForEvent('download');
    await page.getByRole('button', { name: t.share.calendarButton }).click();
    const ics = await calendar;
    expect(ics.suggestedFilename()).toBe('appointment-2026-12-14.ics');
    const icsFile = path.join(dir, ics.suggestedFilename());
    await ics.saveAs(icsFile);
    const icsText = readFileSync(icsFile, 'utf8');
    expect(icsText).toContain('DTSTART;VALUE=DATE:20261214\r\n');
    expect(icsText).toContain('SUMMARY:Appointment with Dr. Ana Núñez\r\n');
    await app.finish();
  });
});
