import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers.schema';
import { parseAnswers } from '../../src/domain/parse-answers';
import { localIsoDate } from '../../src/lib/download-file';
import { buildChecklist } from '../../src/pdf/build-checklist';
import { evaluate } from '../../src/rules/evaluate';
import { en } from '../../templates/en/bundle';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { openOnResults } from './support/arrive';

// Issue 13, item 2: on a 360 x 740 phone, the summary (roads at a glance, top questions, deadline)
// and the checklist button are on the first screen; every link and phone number is a touch target
// at least 44 px tall; the page and its print view pass axe.

const PHONE = { width: 360, height: 740 };

const scenario = JSON.parse(readFileSync(new URL('../fixtures/scenarios/v2-private-denial-deadline.json', import.meta.url), 'utf8')) as { answers: object };
const parsed = parseAnswers(scenario.answers);
if (!parsed.ok) throw new Error('the scenario does not parse');
const answers: Answers = parsed.answers;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function resultsOnPhone(): Promise<AppSession> {
  const app = await openApp(browser, { viewport: PHONE });
  await openOnResults(app.page, answers, en.shell.results.title);
  return app;
}

describe('the results page on a phone, in Chromium', () => {
  it('shows the deadline, the roads at a glance, the top questions and the checklist button without scrolling; links and phone numbers are 44 px tall; axe clean, printed too', async () => {
    const app = await resultsOnPhone();
    const { page } = app;
    const onFirstScreen = (box: { y: number; height: number } | null) => box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;

    // On a phone the page opens with its heading at the top (the header and Back a short scroll up),
    // so the whole summary fits the first screen.
    const title = await page.getByRole('heading', { level: 1, name: en.shell.results.title }).boundingBox();
    expect(title?.y ?? Infinity).toBeLessThan(PHONE.height / 10);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(onFirstScreen(await page.getByRole('banner').boundingBox()), 'the header is there above it').toBe(true);
    expect(onFirstScreen(await page.getByRole('button', { name: en.wizard.ui.back }).boundingBox()), 'and Back').toBe(true);
    await page.evaluate(() => document.querySelector('main h1')?.scrollIntoView({ block: 'start' }));
    const glance = page.getByRole('heading', { name: en.checklist.sheet.glanceHeading });
    expect(onFirstScreen(await glance.boundingBox())).toBe(true);
    // The deadline is one bold line on the first screen, above the roads.
    const evaluation = evaluate(answers, en);
    expect(evaluation.deadlines.length).toBeGreaterThan(0);
    expect(evaluation.topQuestions.length).toBeGreaterThanOrEqual(3);
    for (const deadline of evaluation.deadlines) {
      const line = page.locator('main strong').filter({ hasText: deadline.text }).first();
      expect(onFirstScreen(await line.boundingBox()), deadline.text).toBe(true);
      expect((await line.boundingBox())!.y).toBeLessThan((await glance.boundingBox())!.y);
    }
    // The top questions follow the roads, all of them, in order, each on the first screen; the
    // checklist buttons come right after them (the order of the checklist's page 1).
    const headings = await page.locator('main h2').evaluateAll((all) => all.map((h) => h.textContent ?? ''));
    expect(headings.indexOf(en.checklist.questions.heading)).toBe(headings.indexOf(en.checklist.sheet.glanceHeading) + 1);
    expect(headings.indexOf(en.checklist.actions.heading)).toBe(headings.indexOf(en.checklist.questions.heading) + 1);
    const questions = page.locator('.top-questions > li');
    expect(await questions.allTextContents()).toEqual(evaluation.topQuestions);
    for (const question of await questions.all()) expect(onFirstScreen(await question.boundingBox()), await question.innerText()).toBe(true);
    for (const title of ['off-label', 'patient-assistance'] as const) {
      const road = page.getByRole('link', { name: en.pathways[title].title, exact: true });
      expect(onFirstScreen(await road.boundingBox()), title).toBe(true);
    }
    const download = page.getByRole('button', { name: en.checklist.actions.download });
    expect(onFirstScreen(await download.boundingBox())).toBe(true);
    // The accessible page sits beside it, in the same group of buttons.
    expect(await page.getByRole('region', { name: en.checklist.actions.heading }).getByRole('button', { name: en.checklist.actions.printAccessible }).count()).toBe(1);

    // Every link on the page, phone numbers (tel:) included, measured.
    const heights = await page.locator('main a[href]').evaluateAll((links) =>
      links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => [link.textContent ?? '', link.getBoundingClientRect().height] as const),
    );
    expect(heights.length).toBeGreaterThan(5);
    for (const [text, height] of heights) expect(height, text).toBeGreaterThanOrEqual(44);
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);

    // Each road closes and opens from its title.
    const firstRoad = page.locator('details.pathway-card__details').first();
    expect(await firstRoad.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await firstRoad.locator('summary').click();
    expect(await firstRoad.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    await expectNoAxeViolations(page, 'the results page on a phone');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await firstRoad.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // What prints is the checklist in the PDF's order: its headings, and nothing else of the page.
    const printed = await page.locator('main').locator('h1, h2, h3, h4').evaluateAll((headings) =>
      headings.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => (h.textContent ?? '').replace(/\s+/gu, ' ').trim()),
    );
    const checklist = buildChecklist({ answers, evaluation, content: en, madeOn: localIsoDate(new Date()) });
    const pdfSections = checklist.blocks.flatMap((block) =>
      block.kind === 'title' || block.kind === 'heading' ? [block.text] : block.kind === 'questions' ? block.groups.flatMap((g) => (g.heading ? [g.heading] : [])) : [],
    );
    expect(printed).toEqual(pdfSections);
    await expectNoAxeViolations(page, 'the print view of the results page');
    await app.finish();
  });
});
