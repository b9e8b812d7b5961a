import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, inject } from 'vitest';
import { QUIET_CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';

/**
 * Launches Debian's headless Chromium (scripts/chromium.mjs says which and how; we never download
 * a browser); reuse one per test file and close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` (npm test runs it for you).');
  }
  return chromium.launch({ executablePath, args: ['--headless', ...QUIET_CHROMIUM_ARGS] });
}

/** Origin of the `vite preview` server started by global-setup.ts. */
export function appOrigin(): string {
  return inject('baseURL');
}

export type AppSession = {
  page: Page;
  context: BrowserContext;
  /** Every URL the page, its workers and its frames asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Fails the test if anything went to another host or the page logged an error; closes the context. */
  finish: () => Promise<void>;
};

function isOwnOrSafe(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Opens a fresh browser context (no storage shared with other tests) with both guards attached. */
export async function openApp(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    /** Only for proving the network guard: lets a request past the app's Content-Security-Policy. */
    bypassCSP?: boolean;
    /**
     * Outside origins this test answers itself with page.route (e.g. https://api.fda.gov): requests
     * there pass the network guard. Anything the test leaves unrouted there is aborted, so nothing
     * ever reaches the real service.
     */
    routedOrigins?: readonly string[];
    /**
     * The app's service worker (issue 14) precaches every file, the PDF and letters code included,
     * which would blur what a page fetches by itself: it is blocked unless a test allows it
     * (tests/e2e/offline.test.ts does).
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<AppSession> {
  const origin = appOrigin();
  const context = await browser.newContext({
    baseURL: origin,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  for (const routed of options.routedOrigins ?? []) await context.route(`${routed}/**`, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('console', (message) => {
    // The browser's own note of a failed response from a routed origin (a 404 or 500 a test sends on purpose) is not the app's error.
    if ((options.routedOrigins ?? []).some((routed) => message.location().url.startsWith(`${routed}/`))) return;
    // Nor is its note of a CORS refusal of a routed origin, which a test sends on purpose (tests/e2e/trial-search.test.ts).
    if ((options.routedOrigins ?? []).some((routed) => message.text().startsWith(`Access to fetch at '${routed}/`) && message.text().includes('blocked by CORS policy'))) return;
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

  return {
    page,
    context,
    requests,
    errors,
    finish: async () => {
      await context.close();
      const foreign = requests.filter((url) => !isOwnOrSafe(url, origin) && !(options.routedOrigins ?? []).some((routed) => url.startsWith(`${routed}/`)));
      expect(foreign, `requests to hosts other than ${origin}`).toEqual([]);
      expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
    },
  };
}

const failureShots = resolve(import.meta.dirname, '../../../test-results/e2e');

/**
 * Runs a test body in a fresh app session. On success, checks both guards (finish). On failure,
 * saves a full-page screenshot under test-results/e2e/ and adds the page's console errors to the
 * failure, since a broken page often says why in its console; the context is closed either way.
 */
export async function withApp(
  browser: Browser,
  name: string,
  options: Parameters<typeof openApp>[1],
  body: (app: AppSession) => Promise<void>,
): Promise<void> {
  const app = await openApp(browser, options);
  try {
    await body(app);
  } catch (error) {
    mkdirSync(failureShots, { recursive: true });
    const shot = join(failureShots, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await app.page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    await app.context.close();
    const details = [`Screenshot: ${shot}`, ...app.errors.map((line) => `Page said: ${line}`)].join('\n');
    if (error instanceof Error) error.message = `${error.message}\n${details}`;
    throw error;
  }
  await app.finish();
}
