import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import desmoid from './scenarios/desmoid-investigational.json';
import { launchBrowser, withApp } from './support/browser';
import { walk, type Scenario } from './support/keyboard-walk';
import { errorMessages, headings, type ErrorChecks } from './support/wizard-walk';

// The desmoid scenario on a desktop, keyboard only, with the error states of two pages and a Back.
// The walk and its checks: support/keyboard-walk.ts.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the wizard with the keyboard only, in Chromium', () => {
  it('walks the desmoid scenario from welcome to results on a desktop, errors included', async () => {
    const errorChecks: ErrorChecks = new Map([
      [headings.welcome, [errorMessages.filledByRequired]],
      [headings.insurance, [errorMessages.residenceStateRequired, errorMessages.coverageRequired, errorMessages.costConcernRequired]],
    ]);
    // Back from the drug page to the treatments list: both treatments and the radio answers are kept.
    const goBackFrom = headings.drugOfInterest;
    await withApp(browser, 'desmoid desktop', {}, (app) => walk(app, desmoid as Scenario, { phone: false, errorChecks, goBackFrom }));
  });
});
