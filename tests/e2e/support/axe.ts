import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  return `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}

/** Runs axe (WCAG 2.0-2.2 A and AA) on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    // axe.run() in the page itself. The default runs each frame's part, then opens a new blank page
    // to put the parts together: about a second per call, 55 times in the keyboard walks. The app
    // makes no frames, so nothing is left unchecked this way.
    .setLegacyMode(true)
    // Only violations are read; skipping the passes' details makes each run markedly faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  const report = results.violations.map(describe).join('\n');
  expect(results.violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}
