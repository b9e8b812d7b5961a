/* global process -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// The one place that says which Chromium the project drives and how: the end-to-end tests
// (tests/e2e/support/browser.ts), the size budget (check-size.mjs) and Lighthouse (lighthouse.mjs).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Without the background-networking flags Chromium keeps calling Google's services, which floods a
 * closed network and would trip the end-to-end network guard for reasons not ours. Headless is
 * left to each caller (playwright takes `--headless`, chrome-launcher `--headless=new`).
 */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * CHROME_PATH when it names a file, else Debian's Chromium (/usr/bin), else a `chromium` on PATH:
 * the search scripts/ensure-chromium.mjs makes. Undefined when there is none.
 */
export function chromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  return dirs.map((dir) => join(dir, 'chromium')).find((path) => existsSync(path));
}
