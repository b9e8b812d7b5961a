import type { Page } from 'playwright-core';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import type { Content } from '../../../src/content/types';
import { SESSION_KEY } from '../../../src/lib/session-store';

// Ways for a test to reach the page it is about without a keyboard walk (the walks have their own
// files): a session this tab kept, or an answers file opened and a Change link on the check page.

/** Opens the app straight on the results for these answers, from a session kept in this tab. */
export async function openOnResults(page: Page, answers: unknown, resultsTitle: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const stored = JSON.stringify({
    format: 1,
    schemaVersion: SCHEMA_VERSION,
    snapshot: { status: 'active', value: 'results', context: { answers, returnToReview: false }, children: {}, historyValue: {} },
  });
  await page.evaluate(([key, text]) => sessionStorage.setItem(key!, text!), [SESSION_KEY, stored]);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: resultsTitle }).waitFor();
}

/** Opens an answers file from the welcome page, then one question page through its Change link. */
export async function openThroughChange(page: Page, content: Content, answers: unknown, change: { label: string; pageTitle: string }): Promise<void> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: content.wizard.questions.welcome.title }).waitFor();
  await page
    .getByLabel(content.session.import.label)
    .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
  await page.getByRole('button', { name: content.session.import.confirmReplace }).click();
  await page.getByRole('heading', { level: 1, name: content.shell.checkAnswers.title }).waitFor();
  await page.getByRole('button', { name: `${content.shell.checkAnswers.change} ${change.label}` }).click();
  await page.getByRole('heading', { level: 1, name: change.pageTitle }).waitFor();
}
