import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../templates/en/bundle';
import { launchBrowser, withApp } from './support/browser';

// The browser's own Back and Forward buttons inside the wizard, and the page's Back keeping typing.
// Each test ends with withApp's guards: no request to another origin, no console error.

const q = en.wizard.questions;
const ui = en.wizard.ui;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const continueButton = (page: Page) => page.getByRole('button', { name: ui.continue, exact: true });

async function atPage(page: Page, heading: string): Promise<void> {
  await h1(page).filter({ hasText: heading }).waitFor({ state: 'visible' });
}

describe("the browser's Back button", () => {
  it('goes back one wizard page at a time, keeps the app and its address, and leaves only from the first page', { timeout: 60_000 }, async () => {
    await withApp(browser, 'browser back', {}, async ({ page }) => {
      // A page before the app (no request anywhere), to see where Back from the first page goes.
      const before = 'data:text/html,<title>Before</title><p>Before the app</p>';
      await page.goto(before);
      await page.goto('/');
      const address = page.url();
      await atPage(page, q.welcome.title);
      await page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).check();
      await continueButton(page).click();

      // Half of the diagnosis page, then the page's Back: the typing is kept for the return.
      await atPage(page, q.diagnosis.title);
      await page.getByRole('searchbox', { name: q.diagnosis.cancerType.searchLabel }).fill('melanoma');
      await page.getByRole('radio', { name: en.wizard.cancerTypes.melanoma.name, exact: true }).check();
      await page.getByRole('button', { name: ui.back, exact: true }).click();
      await atPage(page, q.welcome.title);
      await continueButton(page).click();
      await atPage(page, q.diagnosis.title);
      await expect(page.getByRole('radio', { name: en.wizard.cancerTypes.melanoma.name, exact: true }).isChecked()).resolves.toBe(true);
      await page.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label }).check();
      await continueButton(page).click();
      await atPage(page, q.biomarkers.title);

      await page.goBack();
      await atPage(page, q.diagnosis.title);
      await expect(page.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label }).isChecked()).resolves.toBe(true);
      // Nothing from the answers goes into the address or the history entry.
      expect(page.url()).toBe(address);
      expect(JSON.stringify(await page.evaluate(() => window.history.state as unknown))).not.toMatch(/melanoma|metastatic/);

      // Forward changes nothing; Back still works after it.
      await page.goForward();
      await atPage(page, q.diagnosis.title);
      await page.goBack();
      await atPage(page, q.welcome.title);
      await expect(page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).isChecked()).resolves.toBe(true);
      expect(page.url()).toBe(address);

      // From the first page, Back leaves the app as it always does.
      await page.goBack();
      await page.waitForURL(before);
    });
  });

  it('keeps what was typed on the page, as the page’s Back does', { timeout: 60_000 }, async () => {
    await withApp(browser, 'browser back keeps typing', {}, async ({ page }) => {
      await page.goto('/');
      await atPage(page, q.welcome.title);
      await page.getByRole('radio', { name: q.welcome.filledBy.options.caregiver.label }).check();
      await continueButton(page).click();
      await atPage(page, q.diagnosis.title);
      await page.getByRole('radio', { name: q.diagnosis.stage.options.recurrent.label }).check();

      await page.goBack();
      await atPage(page, q.welcome.title);
      await continueButton(page).click();
      await atPage(page, q.diagnosis.title);
      await expect(page.getByRole('radio', { name: q.diagnosis.stage.options.recurrent.label }).isChecked()).resolves.toBe(true);
    });
  });

  it('after a reload the session is still there, and Back still goes back one page', { timeout: 60_000 }, async () => {
    await withApp(browser, 'browser back after reload', {}, async ({ page }) => {
      await page.goto('/');
      await atPage(page, q.welcome.title);
      await page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).check();
      await continueButton(page).click();
      await atPage(page, q.diagnosis.title);

      await page.reload();
      await atPage(page, q.diagnosis.title);
      await page.goBack();
      await atPage(page, q.welcome.title);
      await expect(page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).isChecked()).resolves.toBe(true);
    });
  });
});
