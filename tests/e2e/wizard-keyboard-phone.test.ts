import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import desmoid from './scenarios/desmoid-investigational.json';
import { launchBrowser, withApp } from './support/browser';
import { PHONE, walk, type Scenario } from './support/keyboard-walk';
import { errorMessages, headings, type ErrorChecks } from './support/wizard-walk';

// The desmoid scenario on a 360 x 740 phone screen, keyboard only: nothing wider than the screen.
// The walk and its checks: support/keyboard-walk.ts.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard with the keyboard only, in Chromium', () => {
  it('walks the desmoid scenario on a 360 x 740 phone screen with nothing wider than the screen', async () => {
    const errorChecks: ErrorChecks = new Map([[headings.welcome, [errorMessages.filledByRequired]]]);
    await withApp(browser, 'desmoid phone', { viewport: PHONE }, (app) =>
      walk(app, desmoid as Scenario, { phone: true, errorChecks, goBackFrom: headings.insurance }),
    );
  });
});
