import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app in Chromium', () => {
  it('opens on a first page with one main heading, in English, axe-clean, using only its own origin', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.goto('/');

    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await page.title()).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the first page');

    await app.finish();
    expect(app.requests.some((url) => url.includes('/assets/')), 'the app loaded its own scripts').toBe(true);
  });
});

// The guards protect every other end-to-end test; prove they can fail.
describe('the end-to-end guards', () => {
  it('fail a test whose page asks another host for anything', async () => {
    // The app's Content-Security-Policy would stop this request before it is made (and the
    // console guard would catch the refusal); bypass it to prove the network guard on its own.
    const app = await openApp(browser, { bypassCSP: true });
    await app.page.goto('/');
    await app.page.evaluate(() => fetch('http://analytics.example/collect').catch(() => undefined));
    expect(app.requests).toContain('http://analytics.example/collect');
    await expect(app.finish()).rejects.toThrow(/requests to hosts other than/);
  });

  it('fail a test whose page logs an error', async () => {
    const app = await openApp(browser);
    await app.page.goto('/');
    await app.page.evaluate(() => console.error('something broke'));
    await expect(app.finish()).rejects.toThrow(/something broke/);
  });
});
