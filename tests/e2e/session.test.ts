import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readAnswers } from '../fixtures/read-answers';
import { normalise, readPdf } from '../unit/pdf/support/read-pdf';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/lib/answers-file-basics';
import { SCHEMA_VERSION } from '../../src/domain/answers-constants';
import { inNavigatorVoice } from '../../src/content/navigator-voice';
import { en } from '../../templates/en/bundle';
import type { Answers } from '../../src/domain/answers.schema';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp } from './support/browser';

// Sessions on a shared clinic computer: kept through a reload, set aside when damaged, cleared
// without a trace, and navigator mode. Every test ends with app.finish(): no request to another
// origin and no console error (a Content-Security-Policy violation is one) during the whole session.

const q = en.wizard.questions;
const ui = en.wizard.ui;
const s = en.session;
const n = en.navigator;
const SESSION_KEY = 'treatment-access-navigator:session';

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

/** Welcome (patient) and diagnosis (melanoma, metastatic), ending on the biomarkers page. */
async function answerFirstPages(page: Page, filledBy: 'patient' | 'navigator' = 'patient'): Promise<void> {
  await page.goto('/');
  await atPage(page, q.welcome.title);
  await page.getByRole('radio', { name: q.welcome.filledBy.options[filledBy].label }).check();
  await continueButton(page).click();
  const words = filledBy === 'navigator' ? inNavigatorVoice(en).wizard.questions : q;
  await atPage(page, words.diagnosis.title);
  await page.getByRole('searchbox', { name: q.diagnosis.cancerType.searchLabel }).fill('melanoma');
  await page.getByRole('radio', { name: en.wizard.cancerTypes.melanoma.name, exact: true }).check();
  await page.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label }).check();
  await continueButton(page).click();
  await atPage(page, q.biomarkers.title);
}

/** Writes a session to this tab's storage as the app would have, and reloads into it. */
async function reloadInto(page: Page, value: string, answers: Answers): Promise<void> {
  const stored = JSON.stringify({
    format: 1,
    schemaVersion: SCHEMA_VERSION,
    snapshot: { status: 'active', value, context: { answers, returnToReview: false }, children: {}, historyValue: {} },
  });
  await page.evaluate(([key, text]) => sessionStorage.setItem(key!, text!), [SESSION_KEY, stored]);
  await page.reload();
}

const someAnswers: Answers = {
  schemaVersion: SCHEMA_VERSION,
  filledBy: 'patient',
  diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
  biomarkers: { testing: 'not-done' },
  notes: 'Ask about <script>alert(1)</script> side effects',
};

/** Everything this origin keeps in the browser: both storages, IndexedDB databases and cookies. */
async function browserTraces(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    session: Object.keys(sessionStorage),
    local: Object.keys(localStorage),
    indexedDb: (await indexedDB.databases()).map((db) => db.name ?? ''),
  }));
  return { ...inPage, cookies: (await context.cookies()).map((cookie) => cookie.name) };
}

const NOTHING = { session: [], local: [], indexedDb: [], cookies: [] };

describe('a session in this tab', () => {
  it('keeps every answer and the page through a reload and the back link', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await answerFirstPages(page);

    await page.reload();
    await atPage(page, q.biomarkers.title);
    await page.getByRole('button', { name: ui.back }).click();
    await atPage(page, q.diagnosis.title);
    await expect.poll(() => page.getByRole('radio', { name: en.wizard.cancerTypes.melanoma.name, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label }).isChecked()).toBe(true);
    await app.finish();
  });

  it('sets a damaged stored session aside with a clear message, offers it as a file, and starts afresh', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await answerFirstPages(page);
    const damaged = '{"format":1,"schemaVersion":1,"snapshot":{"status":"active","value":"diagnosis","context":{"answ';
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [SESSION_KEY, damaged]);
    await page.reload();

    await page.getByRole('heading', { name: s.setAside.heading }).waitFor();
    await atPage(page, q.welcome.title);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s.setAside.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^treatment-access-answers-set-aside-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await readFile((await download.path()), 'utf8')).toBe(damaged);

    await page.getByRole('button', { name: s.setAside.discard }).click();
    expect(await page.getByRole('heading', { name: s.setAside.heading }).count()).toBe(0);
    expect((await browserTraces(page, app.context)).session).toEqual([]);
    await app.finish();
  });

  it('sets aside a session from an older answers version that no migration reads (and says so)', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.goto('/');
    // The app saves (or, when blank, removes) its own session once mounted: write after that, not before.
    await atPage(page, q.welcome.title);
    const older = JSON.stringify({
      format: 1,
      schemaVersion: 0,
      snapshot: { status: 'active', value: 'diagnosis', context: { answers: { schemaVersion: 0 }, returnToReview: false }, children: {} },
    });
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [SESSION_KEY, older]);
    await page.reload();
    await page.getByRole('heading', { name: s.setAside.heading }).waitFor();
    await atPage(page, q.welcome.title);
    await app.finish();
  });

  it('restores a stored session of the current version written by hand, answers checked', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.goto('/');
    // The app saves (or, when blank, removes) its own session once mounted: write after that, not before.
    await atPage(page, q.welcome.title);
    const stored = JSON.stringify({
      format: 1,
      schemaVersion: SCHEMA_VERSION,
      snapshot: {
        status: 'active',
        value: 'biomarkers',
        context: { answers: { schemaVersion: SCHEMA_VERSION, filledBy: 'patient', diagnosis: { cancerType: 'melanoma', stage: 'early' } }, returnToReview: false },
        children: {},
        historyValue: {},
      },
    });
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [SESSION_KEY, stored]);
    await page.reload();
    await atPage(page, q.biomarkers.title);
    await page.getByRole('button', { name: ui.back }).click();
    await atPage(page, q.diagnosis.title);
    await expect.poll(() => page.getByRole('radio', { name: q.diagnosis.stage.options.early.label }).isChecked()).toBe(true);
    await app.finish();
  });
});

describe('nothing left behind', () => {
  it('"Finish and clear" wipes every trace from the browser and says so on the welcome page', async () => {
    const app = await openApp(browser);
    const { page, context } = app;
    await page.goto('/');
    // The app saves (or, when blank, removes) its own session once mounted: write after that, not before.
    await atPage(page, q.welcome.title);
    await reloadInto(page, 'checkAnswers', someAnswers);
    await atPage(page, en.shell.checkAnswers.title);
    // HTML typed into a text field is shown as text, never run.
    await page.getByText('Ask about <script>alert(1)</script> side effects').waitFor();
    // Opt in to keeping answers between visits, so that localStorage has something to clear too.
    await page.getByRole('checkbox', { name: s.keep.label }).check();
    expect((await browserTraces(page, context)).local.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: s.finish.button }).click();
    await page.getByRole('button', { name: s.finish.confirmYes }).click();
    await atPage(page, q.welcome.title);
    await page.getByText(s.finish.cleared).waitFor();
    expect(await browserTraces(page, context)).toEqual(NOTHING);

    await page.reload();
    await atPage(page, q.welcome.title);
    expect(await page.getByRole('radio', { name: q.welcome.filledBy.options.patient.label }).isChecked()).toBe(false);
    await app.finish();
  });

  it('"Start again" on the results page leaves no copy of the old answers, kept or not', async () => {
    const app = await openApp(browser);
    const { page, context } = app;
    await page.goto('/');
    // The app saves (or, when blank, removes) its own session once mounted: write after that, not before.
    await atPage(page, q.welcome.title);
    await reloadInto(page, 'results', someAnswers);
    await atPage(page, en.shell.results.title);
    await page.getByRole('checkbox', { name: s.keep.label }).check();
    expect((await browserTraces(page, context)).local.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: en.shell.results.startAgain }).click();
    await page.getByRole('button', { name: en.shell.results.startAgainYes }).click();
    await atPage(page, q.welcome.title);
    expect(await browserTraces(page, context)).toEqual(NOTHING);
    await app.finish();
  });

  it('warns after a while with nothing happening, then clears everything', async () => {
    const app = await openApp(browser);
    const { page, context } = app;
    await page.clock.install();
    await answerFirstPages(page);
    expect((await browserTraces(page, context)).session.length).toBeGreaterThan(0);

    await page.clock.fastForward('14:01');
    const dialog = page.getByRole('alertdialog', { name: s.timeout.dialogHeading });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(s.timeout.stillHere);
    await page.getByText(/Your answers will be cleared in \d+ seconds\./).waitFor();

    await page.clock.fastForward('01:01');
    await atPage(page, q.welcome.title);
    await page.getByText(s.timeout.cleared(15)).waitFor();
    expect(await browserTraces(page, context)).toEqual(NOTHING);
    await app.finish();
  });

  it('keeps going after "I’m still here"', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.clock.install();
    await answerFirstPages(page);
    await page.clock.fastForward('14:30');
    await page.getByRole('button', { name: s.timeout.stillHere }).click();
    await page.clock.fastForward('10:00');
    await atPage(page, q.biomarkers.title);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await app.finish();
  });
});

describe('navigator mode', () => {
  const voiced = inNavigatorVoice(en).wizard.questions;

  it('shows the task list, third-person headings, notes and shortcuts, axe-clean; the timeout is settable', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await answerFirstPages(page, 'navigator');
    const sections = page.getByRole('navigation', { name: n.taskList.heading });
    await sections.waitFor();
    expect(await page.getByRole('checkbox', { name: n.toggle.label }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'the biomarkers page in navigator mode');

    // Jump to insurance from the task list: the heading speaks of the patient.
    await sections.getByRole('button', { name: n.taskList.sections.insurance }).click();
    await atPage(page, voiced.insurance.title);
    await page.getByRole('group', { name: voiced.insurance.coverage.label }).waitFor();
    const notes = page.getByRole('textbox', { name: n.notes.label(n.taskList.sections.insurance) });
    await notes.fill('Bring the denial letter <b>and</b> the plan card.');
    // Alt+N is Continue, but never while typing in a text box.
    await notes.press('Alt+KeyN');
    expect(await page.getByRole('heading', { name: ui.errorSummaryTitle }).count()).toBe(0);
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Alt+KeyN');
    await page.getByRole('heading', { name: ui.errorSummaryTitle }).waitFor();
    await atPage(page, voiced.insurance.title);
    await expectNoAxeViolations(page, 'the insurance page in navigator mode');

    // Alt+B goes back one page (outside a text box), and the note is still there after a reload.
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('Alt+KeyB');
    await atPage(page, voiced.drugOfInterest.title);
    await page.reload();
    await atPage(page, voiced.drugOfInterest.title);
    await page.getByRole('navigation', { name: n.taskList.heading }).getByRole('button', { name: n.taskList.sections.insurance }).click();
    await expect.poll(() => page.getByRole('textbox', { name: n.notes.label(n.taskList.sections.insurance) }).inputValue()).toBe(
      'Bring the denial letter <b>and</b> the plan card.',
    );

    await page.getByRole('combobox', { name: s.timeout.setting.label }).selectOption('5');
    await page.clock.install();
    await page.clock.fastForward('04:01');
    await page.getByRole('alertdialog', { name: s.timeout.dialogHeading }).waitFor();
    await expectNoAxeViolations(page, 'the timeout warning');
    await page.getByRole('button', { name: s.timeout.stillHere }).click();

    // One patient after another: Finish and clear is in the navigator's side panel.
    await sections.waitFor();
    await page.getByRole('button', { name: s.finish.button }).click();
    await page.getByRole('button', { name: s.finish.confirmYes }).click();
    // Navigator mode stays on for the next patient, so the welcome page speaks of "the patient".
    await atPage(page, voiced.welcome.title);
    expect(await browserTraces(page, app.context)).toEqual(NOTHING);
    await app.finish();
  });

  it('can be switched off from the header, back to second person', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await answerFirstPages(page, 'navigator');
    await page.getByRole('checkbox', { name: n.toggle.label }).uncheck();
    expect(await page.getByRole('navigation', { name: n.taskList.heading }).count()).toBe(0);
    await page.getByRole('button', { name: ui.back }).click();
    await atPage(page, q.diagnosis.title);
    await app.finish();
  });
});

describe('a whole navigator session, start to finish', () => {
  const scenario = readAnswers(
    (JSON.parse(readFileSync(new URL('../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8')) as { answers: unknown }).answers,
  );
  const answers = { ...scenario, filledBy: 'navigator' as const, sectionNotes: { insurance: 'Denial letter dated 3 Oct.' } };

  it('opens a file, shows rules, makes the PDF with the clinician page, saves, keeps, and leaves nothing and no request elsewhere', async () => {
    const app = await openApp(browser);
    const { page, context } = app;
    await page.goto('/');
    await atPage(page, q.welcome.title);

    // Open a saved answers file: asked first, then the check page.
    await page.getByLabel(s.import.label).setInputFiles({ name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
    await page.getByRole('button', { name: s.import.confirmReplace }).click();
    await atPage(page, inNavigatorVoice(en).shell.checkAnswers.title);
    await page.getByText(s.import.done('ana.json')).waitFor();
    await page.getByRole('checkbox', { name: n.toggle.label }).check();

    // A refused file leaves everything as it was. One byte over the limit: a larger file only makes
    // the test slower (10 MB took over 30 s to hand to the page on a busy machine).
    await page
      .getByLabel(s.import.label)
      .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(MAX_IMPORT_BYTES + 1, 120) });
    await page.getByRole('alert', { name: s.import.errorHeading }).getByText(s.import.tooBig(1)).waitFor();
    await atPage(page, inNavigatorVoice(en).shell.checkAnswers.title);

    // Results in navigator mode: the rule behind each reason.
    await page.getByRole('button', { name: en.shell.checkAnswers.confirm }).click();
    await atPage(page, inNavigatorVoice(en).shell.results.title);
    await page.getByText(n.rule('OL-4')).waitFor();
    await expectNoAxeViolations(page, 'the results page in navigator mode');

    // The checklist PDF, made in the browser under the Content-Security-Policy, with the clinician summary.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.checklist.actions.download }).click()]);
    const read = await readPdf(new Uint8Array(await readFile((await pdf.path()))));
    // The clinician page comes last; with the answers table on it, it may run over two pages.
    const clinicianFrom = read.pages.findIndex((onePage) => normalise(onePage.text).includes(n.summary.title));
    expect(clinicianFrom, 'a page headed with the clinician summary').toBeGreaterThan(0);
    const clinicianPages = normalise(read.pages.slice(clinicianFrom).map((onePage) => onePage.text).join(' '));
    expect(clinicianPages).toContain('OL-4');
    expect(normalise(read.text)).toContain('Denial letter dated 3 Oct.');

    // Save the answers to a file: the same answers come back.
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: s.export.button }).click()]);
    expect(saved.suggestedFilename()).toMatch(/^treatment-access-answers-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await readFile(await saved.path(), 'utf8'))).toEqual(answers);

    // Keep between visits: a new tab (its own session storage) carries on.
    await page.getByRole('checkbox', { name: s.keep.label }).check();
    const second = await context.newPage();
    await second.goto('/');
    await atPage(second, en.shell.results.title);
    await second.close();

    await page.getByRole('button', { name: s.finish.button }).first().click();
    await page.getByRole('button', { name: s.finish.confirmYes }).click();
    await atPage(page, inNavigatorVoice(en).wizard.questions.welcome.title);
    expect(await browserTraces(page, context)).toEqual(NOTHING);
    await app.finish();
    expect(app.requests.length).toBeGreaterThan(5);
  });
});

describe('the Content-Security-Policy', () => {
  it('is sent as a header and in the page, and stops an inline script (which the other tests would see as a console error)', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");

    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'document.body.dataset.ran = "yes"';
          document.body.append(script);
        }),
    );
    expect(violated).toBe('script-src-elem');
    expect(await page.evaluate(() => document.body.dataset.ran)).toBeUndefined();
    expect(app.errors.some((error) => error.includes('Content Security Policy'))).toBe(true);
    await expect(app.finish()).rejects.toThrow(/console errors/);
  });
});
