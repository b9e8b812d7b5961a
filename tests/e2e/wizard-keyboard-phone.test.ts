import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import medicare from './scenarios/medicare-offlabel-denied.json';
import { launchBrowser, withApp } from './support/browser';
import { PHONE, walk, type Scenario } from './support/keyboard-walk';
import { errorMessages, headings, type ErrorChecks } from './support/wizard-walk';

// The Medicare scenario on a 360 x 740 phone screen, keyboard only (the second-coverage question
// included): nothing wider than the screen, the welcome page's error, and a Back. The desmoid
// scenario's pages are walked at this size in Spanish (spanish.test.ts), where the words are
// longest, and with the keyboard on a desktop (wizard-keyboard-desktop.test.ts).
// The walk and its checks: support/keyboard-walk.ts.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard with the keyboard only, in Chromium', () => {
  it('walks the Medicare scenario on a 360 x 740 phone screen with nothing wider than the screen', async () => {
    const errorChecks: ErrorChecks = new Map([[headings.welcome, [errorMessages.filledByRequired]]]);
    await withApp(browser, 'medicare phone', { viewport: PHONE }, (app) =>
      walk(app, medicare as Scenario, { phone: true, errorChecks, goBackFrom: headings.insurance }),
    );
  });
});
