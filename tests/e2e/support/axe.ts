import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core itself, put into the page once per document and run there (what @axe-core/playwright's
// legacy mode does). @axe-core/playwright put the 580 kB script into the page twice on every call:
// with about 17 checks per walk, that was half of a keyboard walk's time (issue 9, item 13). The
// app makes no frames, so running in the top document alone leaves nothing unchecked.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

function describe(violation: Result): string {
  const nodes = violation.nodes
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  return `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}

/** Runs axe (WCAG 2.0-2.2 A and AA) on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Through the DevTools protocol, so the app's Content Security Policy does not apply to it.
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(axeSource);
  const results = await page.evaluate((options) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, options), RUN_OPTIONS);
  const report = results.violations.map(describe).join('\n');
  expect(results.violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}
