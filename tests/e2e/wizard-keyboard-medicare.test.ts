import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import medicare from './scenarios/medicare-offlabel-denied.json';
import { launchBrowser, withApp } from './support/browser';
import { walk, type Scenario } from './support/keyboard-walk';

// The Medicare scenario on a desktop, keyboard only (the second-coverage question included).
// The walk and its checks: support/keyboard-walk.ts.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard with the keyboard only, in Chromium', () => {
  it('walks the Medicare scenario to results on a desktop', async () => {
    await withApp(browser, 'medicare desktop', {}, (app) => walk(app, medicare as Scenario, { phone: false }));
  });
});
