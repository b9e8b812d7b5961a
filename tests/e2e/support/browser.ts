import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { expect, inject } from 'vitest';

// Debian's package; scripts/ensure-chromium.mjs installs it. We never download a browser.
const CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's services, which
// floods a closed network and would trip the network guard below for reasons not ours.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Debian's headless Chromium; reuse one per test file and close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run \`node scripts/ensure-chromium.mjs\` (npm test runs it for you).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
  } = {},
): Promise<AppSession> {
  const origin = appOrigin();
  const context = await browser.newContext({
    baseURL: origin,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('websocket', (socket) => requests.push(socket.url()));
  page.on('console', (message) => {
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
      const foreign = requests.filter((url) => !isOwnOrSafe(url, origin));
      expect(foreign, `requests to hosts other than ${origin}`).toEqual([]);
      expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
    },
  };
}
