import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain/answers-constants';
import type { Answers } from '../../src/domain/answers.schema';
import { en } from '../../templates/en/bundle';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, withApp } from './support/browser';

// Issue 9, items 1 to 4, reproduced in Chromium: the time-out never destroys a kept copy and clears
// a set-aside one; tabs agree; a failed write is said out loud; any stored value opens the app.
// Each test writes the stored session directly (as the app would have) instead of walking the
// wizard: these are reproductions, kept fast.

const q = en.wizard.questions;
const s = en.session;
const SESSION_KEY = 'treatment-access-navigator:session';
const KEPT_KEY = 'treatment-access-navigator:kept-session';
const SET_ASIDE_KEY = 'treatment-access-navigator:set-aside';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
async function atPage(page: Page, heading: string): Promise<void> {
  await h1(page).filter({ hasText: heading }).waitFor({ state: 'visible' });
}

const answers: Answers = {
  schemaVersion: SCHEMA_VERSION,
  filledBy: 'patient',
  diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
  biomarkers: { testing: 'not-done' },
  notes: 'Ask Dr Rivera about side effects',
};

/** Opens the app, then writes a session on `value` to this tab's storage and reloads into it. */
async function openAt(page: Page, value: string): Promise<void> {
  await page.goto('/');
  // The app removes a blank session of its own once mounted: write after that, not before.
  await atPage(page, q.welcome.title);
  const stored = JSON.stringify({
    format: 1,
    schemaVersion: SCHEMA_VERSION,
    snapshot: { status: 'active', value, context: { answers, returnToReview: false }, children: {}, historyValue: {} },
  });
  await page.evaluate(([key, text]) => sessionStorage.setItem(key!, text!), [SESSION_KEY, stored]);
  await page.reload();
}

async function ourKeys(page: Page): Promise<{ session: string[]; local: string[] }> {
  return page.evaluate(() => ({
    session: Object.keys(sessionStorage).filter((key) => key.startsWith('treatment-access-navigator')),
    local: Object.keys(localStorage).filter((key) => key.startsWith('treatment-access-navigator')),
  }));
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

describe('the inactivity time-out (item 1)', () => {
  it('never destroys a kept copy: it closes the screen, warns first with downloads, and the welcome page offers to carry on', async () => {
    await withApp(browser, 'timeout keeps a kept copy', {}, async ({ page }) => {
      await page.clock.install();
      await openAt(page, 'results');
      await atPage(page, en.shell.results.title);
      await page.getByRole('checkbox', { name: s.keep.label }).check();
      expect((await ourKeys(page)).local).toEqual([KEPT_KEY]);

      await page.clock.fastForward('14:01');
      const dialog = page.getByRole('alertdialog', { name: s.timeout.dialogHeading });
      await dialog.waitFor();
      // It says what will happen: the screen closes, the kept copy stays.
      await dialog.getByText(/^This screen will close in \d+ seconds?\. Your kept answers stay on this computer\.$/).waitFor();
      await dialog.getByText(s.timeout.explainKept).waitFor();
      await expectNoAxeViolations(page, 'the time-out warning with downloads');
      // And it offers the answers and the checklist before it does.
      const file = await downloadText(page, () => dialog.getByRole('button', { name: s.timeout.downloadAnswers }).click());
      expect(file.name).toMatch(/\.json$/);
      expect(JSON.parse(file.text)).toEqual(answers);
      const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: s.timeout.downloadChecklist }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

      await page.clock.fastForward('01:01');
      await atPage(page, q.welcome.title);
      await page.getByRole('heading', { name: s.timeout.closedKept.heading }).waitFor();
      expect(await ourKeys(page)).toEqual({ session: ['treatment-access-navigator:parked'], local: [KEPT_KEY] });
      expect(await page.getByText(answers.notes!).count()).toBe(0);
      await expectNoAxeViolations(page, 'the welcome page with a kept copy waiting');

      // A reload of this tab stays closed; carrying on brings the kept answers back.
      await page.reload();
      await atPage(page, q.welcome.title);
      await page.getByRole('button', { name: s.timeout.continueKept }).click();
      await atPage(page, en.shell.results.title);
      expect(await page.getByRole('checkbox', { name: s.keep.label }).isChecked()).toBe(true);

      // Only "Finish and clear" removes the kept copy.
      await page.getByRole('button', { name: s.finish.button }).click();
      await page.getByRole('button', { name: s.finish.confirmYes }).click();
      await atPage(page, q.welcome.title);
      expect(await ourKeys(page)).toEqual({ session: [], local: [] });
    });
  });

  it('can be seen and set to "never" by anyone, in patient mode, from the session panel', async () => {
    await withApp(browser, 'timeout never', {}, async ({ page }) => {
      await page.clock.install();
      await openAt(page, 'checkAnswers');
      await atPage(page, en.shell.checkAnswers.title);
      const setting = page.getByRole('combobox', { name: s.timeout.setting.label });
      expect(await setting.inputValue()).toBe('15');
      await setting.selectOption({ label: s.timeout.setting.never });

      await page.clock.fastForward('45:00');
      await atPage(page, en.shell.checkAnswers.title);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect((await ourKeys(page)).session).toContain(SESSION_KEY);
    });
  });

  it('also clears a session set aside as damaged, after a warning that offers it as a file', async () => {
    await withApp(browser, 'timeout clears set-aside', {}, async ({ page }) => {
      await page.clock.install();
      await page.goto('/');
      await atPage(page, q.welcome.title);
      const damaged = '{"format":1,"snapshot":{"value":"results","context":{"answers":{"notes":"Maria Lopez, MRN 448';
      await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [SESSION_KEY, damaged]);
      await page.reload();
      await page.getByRole('heading', { name: s.setAside.heading }).waitFor();

      await page.clock.fastForward('14:01');
      const dialog = page.getByRole('alertdialog', { name: s.timeout.dialogHeading });
      await dialog.waitFor();
      const file = await downloadText(page, () => dialog.getByRole('button', { name: s.timeout.downloadSetAside }).click());
      expect(file.text).toBe(damaged);

      await page.clock.fastForward('01:01');
      await page.getByText(s.timeout.cleared(15)).waitFor();
      expect(await page.getByRole('heading', { name: s.setAside.heading }).count()).toBe(0);
      expect(await ourKeys(page)).toEqual({ session: [], local: [] });
    });
  });
});

describe('tabs agree (item 2)', () => {
  it('"Finish and clear" in one tab ends the session in the other, which never writes the answers back', async () => {
    await withApp(browser, 'two tabs', {}, async ({ page: a, context }) => {
      await openAt(a, 'checkAnswers');
      await atPage(a, en.shell.checkAnswers.title);
      await a.getByRole('checkbox', { name: s.keep.label }).check();

      const b = await context.newPage();
      await b.goto('/');
      await atPage(b, en.shell.checkAnswers.title);

      await a.getByRole('button', { name: s.finish.button }).click();
      await a.getByRole('button', { name: s.finish.confirmYes }).click();
      await atPage(a, q.welcome.title);

      // B hears it through the storage event: its session ends, and it says why.
      await b.getByText(s.timeout.otherTab).waitFor();
      await atPage(b, q.welcome.title);
      expect(await b.getByText(answers.notes!).count()).toBe(0);
      expect(await ourKeys(b)).toEqual({ session: [], local: [] });

      // B carries on with a new person: nothing of the cleared session comes back in A.
      await b.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).check();
      await b.getByRole('button', { name: en.wizard.ui.continue, exact: true }).click();
      await b.getByRole('heading', { level: 1 }).filter({ hasNotText: q.welcome.title }).waitFor();
      expect((await ourKeys(b)).local).toEqual([]);
      await a.reload();
      await atPage(a, q.welcome.title);
      await b.close();
    });
  });
});

/** Fills a storage area with other keys until the browser refuses one more character. */
async function fillStorage(page: Page, area: 'sessionStorage' | 'localStorage'): Promise<void> {
  await page.evaluate((name) => {
    const storage = window[name];
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        storage.setItem(`filler-${i}`, chunk);
        i += 1;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  }, area);
}

describe('a failed save is said out loud (item 3)', () => {
  it('with storage full: keep stays off and says why, each answer not saved is said, with a download', async () => {
    await withApp(browser, 'full storage', {}, async ({ page }) => {
      await page.goto('/');
      await atPage(page, q.welcome.title);
      await fillStorage(page, 'sessionStorage');
      await fillStorage(page, 'localStorage');

      const keep = page.getByRole('checkbox', { name: s.keep.label });
      await keep.click();
      await page.getByText(s.keep.failed).waitFor();
      expect(await keep.isChecked()).toBe(false);
      expect(await page.getByText(s.keep.on).count()).toBe(0);

      await page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).check();
      await page.getByRole('button', { name: en.wizard.ui.continue, exact: true }).click();
      await atPage(page, q.diagnosis.title);
      const alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: s.saveFailed.heading }) });
      await alert.waitFor();
      await expectNoAxeViolations(page, 'the notice that answers are not saved');
      expect(await ourKeys(page)).toEqual({ session: [], local: [] });

      const file = await downloadText(page, () => alert.getByRole('button', { name: s.saveFailed.download }).click());
      expect(JSON.parse(file.text)).toMatchObject({ schemaVersion: SCHEMA_VERSION, filledBy: 'patient' });

      // Room again: the next save works and the notice goes.
      await page.evaluate(() => {
        for (const key of Object.keys(sessionStorage)) if (key.startsWith('filler-')) sessionStorage.removeItem(key);
      });
      await page.getByRole('button', { name: en.wizard.ui.back }).click();
      await atPage(page, q.welcome.title);
      await page.getByRole('heading', { name: s.saveFailed.heading }).waitFor({ state: 'detached' });
      expect((await ourKeys(page)).session).toContain(SESSION_KEY);
    });
  });
});

describe('any stored value opens the app (item 4)', () => {
  it('3 MB of garbage in the session gives the set-aside notice, not a blank page', async () => {
    await withApp(browser, 'three megabytes', {}, async ({ page }) => {
      await page.goto('/');
      await atPage(page, q.welcome.title);
      await page.evaluate((key) => sessionStorage.setItem(key, 'x'.repeat(3e6)), SESSION_KEY);
      await page.reload();

      await page.getByRole('heading', { name: s.setAside.heading }).waitFor();
      await atPage(page, q.welcome.title);
      const stored = await page.evaluate(
        ([session, aside]) => ({ session: sessionStorage.getItem(session!), aside: sessionStorage.getItem(aside!)?.length }),
        [SESSION_KEY, SET_ASIDE_KEY],
      );
      expect(stored).toEqual({ session: null, aside: 3e6 });
    });
  });
});
