import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers.schema';
import { readAnswers } from '../fixtures/read-answers';
import { makeChecklistPdfInNode } from '../../src/pdf/make-checklist-pdf-node';
import { evaluate } from '../../src/rules/evaluate-en';
import { en } from '../../templates/en/bundle';
import { bodyText, FOOTER_TOP, normalise, readPdf } from '../unit/pdf/support/read-pdf';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp } from './support/browser';
import { press } from './support/keyboard';
import { openOnResults } from './support/arrive';

// The checklist as a person gets it: open the results (from a session kept in the tab: the walks
// to them have their own files), press "Download checklist (PDF)" with the keyboard, save the file
// Chromium hands over and read it back. jsPDF and the font must not load
// before that press; nothing may go to another origin.

const t = en.checklist.actions;
const NOTES = 'Ask about “off-label” use — and the cost…\nZażółć gęślą jaźń 😀';

const scenario = JSON.parse(readFileSync(new URL('../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8')) as {
  answers: unknown;
};
// Version 2 asks two more questions that need an answer on this path: inherited testing and,
// under Medicare, a second coverage.
const base = scenario.answers as { biomarkers: object; insurance: object };
const answers: Answers = readAnswers({
  ...(scenario.answers as object),
  biomarkers: { germlineTesting: 'unsure', ...base.biomarkers },
  insurance: { secondary: 'unsure', ...base.insurance },
  appointment: { clinician: 'Dr. Zofia Wójcik-Núñez' },
  notes: NOTES,
});

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-e2e-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const isPdfCode = (url: string) => /\/assets\/make-checklist-pdf-web-[^/]*\.js$/u.test(url) || url.includes('/fonts/');

describe('Download checklist (PDF), in Chromium', () => {
  it('loads jsPDF and the font only when pressed, saves a dated PDF that holds the answers and every step, and says so; the page itself prints cleanly', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await openOnResults(page, answers, en.shell.results.title);
    expect(app.requests.filter(isPdfCode), 'no PDF code or font before the button is pressed').toEqual([]);

    const downloading = page.waitForEvent('download');
    await press(page, page.getByRole('button', { name: t.download }));
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^treatment-access-checklist-\d{4}-\d{2}-\d{2}\.pdf$/u);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);

    const status = page.getByRole('region', { name: t.heading }).getByRole('status');
    await status.filter({ hasText: t.downloaded(download.suggestedFilename()) }).waitFor();
    expect(await status.innerText()).toContain('They show as [?] instead: 😀 (U+1F600)');
    await expectNoAxeViolations(page, 'the results page after the download');
    expect(app.requests.filter((url) => url.includes('/fonts/')).map((url) => new URL(url).pathname)).toEqual([
      '/fonts/DejaVuSans-subset.ttf',
      '/fonts/DejaVuSans-Bold-subset.ttf',
    ]);

    const pdf = await readPdf(new Uint8Array(readFileSync(file)));
    const body = bodyText(pdf, FOOTER_TOP);
    expect(pdf.info['Title']).toBe('Treatment access checklist');
    expect(body).toContain(normalise('Ask about “off-label” use — and the cost… Zażółć gęślą jaźń [?]'));
    expect(body).toContain('Dr. Zofia Wójcik-Núñez');
    // Treatments tried print on the clinician page only, so the patient's pages fit the appointment (issue 13).
    expect(body).not.toContain('FOLFIRI with bevacizumab');
    const evaluation = evaluate(answers);
    for (const pathway of evaluation.pathways) {
      for (const text of [...pathway.reasons.map((r) => r.text), ...pathway.steps, ...pathway.questions]) {
        expect(body).toContain(normalise(text));
      }
    }
    pdf.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pdf.pages.length}`));

    // The command line makes the same file, byte for byte, from the same answers on the same day.
    const madeOn = /(\d{4}-\d{2}-\d{2})\.pdf$/u.exec(download.suggestedFilename())?.[1] ?? '';
    const inNode = await makeChecklistPdfInNode({ answers, evaluation, content: en, madeOn });
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(inNode.bytes))).toBe(true);

    // Print: the print view is the accessible copy. Controls hidden, black on white,
    // each outside link of the page followed by its address.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: t.printAccessible }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: t.download }).isVisible()).toBe(false);
    const link = page.locator('a[href^="https://"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    // What prints is the checklist itself (src/steps/print-checklist.tsx), headed by its title.
    await page.getByRole('heading', { level: 1, name: en.checklist.cover.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: en.shell.results.title }).isVisible()).toBe(false);

    await app.finish();
  });
});
