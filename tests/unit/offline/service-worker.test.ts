import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SERVICE_WORKER, serviceWorkerSource } from '../../../vite.config';

// The service worker (src/app/offline/service-worker.js) as the build writes it, run here against a
// stand-in for the browser's worker scope: its events, Cache Storage and the network. The browser's
// own run is tests/e2e/offline.test.ts; this one checks each rule of decision 0012 on its own.

const ORIGIN = 'https://navigator.example';
const template = readFileSync(join(import.meta.dirname, '..', '..', '..', SERVICE_WORKER.template), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const FILES = [
  { path: '/index.html', bytes: encode('<!doctype html><title>app</title>') },
  { path: '/assets/index-abc.js', bytes: encode('console.log(1)') },
  { path: '/assets/make-checklist-pdf-web-def.js', bytes: encode('pdf') },
  { path: '/robots.txt', bytes: encode('User-agent: *') },
];
const CACHE = /^treatment-access-navigator-precache-[0-9a-f]{16}$/u;

type Listener = (event: unknown) => void;

/** The worker's global scope, Cache Storage and network, with what happened to them. */
function runWorker(options: { files?: typeof FILES; status?: (url: string) => number; caches?: string[] } = {}) {
  const listeners = new Map<string, Listener>();
  const stored = new Map<string, Map<string, Response>>((options.caches ?? []).map((name) => [name, new Map()]));
  const puts: string[] = [];
  const cacheFor = (name: string) => ({
    put: (path: string, response: Response) => {
      puts.push(path);
      stored.get(name)?.set(path, response);
      return Promise.resolve();
    },
    match: (path: string) => Promise.resolve(stored.get(name)?.get(path)?.clone()),
  });
  const caches = {
    open: (name: string) => {
      if (!stored.has(name)) stored.set(name, new Map());
      return Promise.resolve(cacheFor(name));
    },
    keys: () => Promise.resolve([...stored.keys()]),
    delete: (name: string) => Promise.resolve(stored.delete(name)),
  };
  const fetched: Request[] = [];
  const fetch = vi.fn((request: Request) => {
    fetched.push(request);
    return Promise.resolve(new Response(`network: ${request.url}`, { status: options.status?.(request.url) ?? 200 }));
  });
  // Relative addresses resolve against the worker's own, as in a browser.
  class WorkerRequest extends Request {
    constructor(input: string, init?: RequestInit) {
      super(new URL(input, `${ORIGIN}/sw.js`), init);
    }
  }
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    registration: { scope: `${ORIGIN}/` },
    clients: { claim: vi.fn(() => Promise.resolve()) },
    skipWaiting: vi.fn(() => Promise.resolve()),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const source = serviceWorkerSource(template, options.files ?? FILES);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the worker's own source, run as the browser would run it
  const run = new Function('self', 'caches', 'fetch', 'Request', source) as (...scope: unknown[]) => void;
  run(self, caches, fetch, WorkerRequest);

  /** Dispatches an extendable event; resolves with what it waited for. */
  const extendable = async (type: string) => {
    let wait: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ waitUntil: (promise: Promise<unknown>) => (wait = promise) });
    await wait;
  };
  /** Dispatches a fetch; resolves with the response the worker gave, or null when it left the request to the browser. */
  const request = async (url: string, init: { method?: string; mode?: 'navigate' } = {}) => {
    let answer: Promise<Response> | null = null;
    const event = {
      request: { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' },
      respondWith: (response: Promise<Response>) => (answer = response),
    };
    listeners.get('fetch')?.(event);
    return answer === null ? null : await (answer as Promise<Response>).then((response) => response.text());
  };
  return { self, stored, puts, fetched, fetch, install: () => extendable('install'), activate: () => extendable('activate'), request, listeners };
}

describe('the service worker, installing', () => {
  it('fetches every listed file afresh from the server and keeps each under its path, in a cache named for this version', async () => {
    const worker = runWorker();
    await worker.install();
    expect(worker.fetched.map((request) => [request.url, request.cache])).toEqual(FILES.map(({ path }) => [`${ORIGIN}${path}`, 'no-cache']));
    const [name, ...others] = [...worker.stored.keys()];
    expect(others).toEqual([]);
    expect(name).toMatch(CACHE);
    expect([...worker.stored.get(name!)!.keys()]).toEqual(FILES.map(({ path }) => path));
    // A later version waits for the person's choice: nothing here skips the wait.
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
  });

  it('keeps nothing when any file fails to download, and the install fails', async () => {
    const worker = runWorker({ status: (url) => (url.endsWith('.js') ? 404 : 200) });
    await expect(worker.install()).rejects.toThrow(/Could not keep \/assets\/index-abc\.js for offline use: 404/u);
    expect(worker.puts).toEqual([]);
  });

  it('skips the wait only when the page asks for it', () => {
    const worker = runWorker();
    worker.listeners.get('message')?.({ data: { type: 'something else' } });
    worker.listeners.get('message')?.({ data: null });
    expect(worker.self.skipWaiting).not.toHaveBeenCalled();
    worker.listeners.get('message')?.({ data: { type: 'SKIP_WAITING' } });
    expect(worker.self.skipWaiting).toHaveBeenCalledTimes(1);
  });

  it('is a new version whenever any file changes, and the same version when none does', () => {
    const version = (files: typeof FILES) => /"([0-9a-f]{16})"/u.exec(serviceWorkerSource(template, files))?.[1];
    const same = version(FILES.map((file) => ({ ...file, bytes: new Uint8Array(file.bytes) })));
    expect(same).toBe(version(FILES));
    const changed = FILES.map((file) => (file.path === '/index.html' ? { ...file, bytes: encode('<!doctype html><title>app 2</title>') } : file));
    expect(version(changed)).not.toBe(version(FILES));
    expect(version(FILES.slice(1))).not.toBe(version(FILES));
  });
});

describe('the service worker, taking over', () => {
  it('deletes only this app’s older caches (its own older versions and the earlier workbox cache), then takes the open pages', async () => {
    const older = 'treatment-access-navigator-precache-0123456789abcdef';
    const workbox = `workbox-precache-v2-${ORIGIN}/`;
    const worker = runWorker({ caches: [older, workbox, 'another-app'] });
    await worker.install();
    const current = [...worker.stored.keys()].find((name) => CACHE.test(name) && name !== older);
    await worker.activate();
    expect([...worker.stored.keys()].sort()).toEqual(['another-app', current].sort());
    expect(worker.self.clients.claim).toHaveBeenCalledTimes(1);
  });
});

describe('the service worker, answering requests', () => {
  it('answers the app’s own files from the cache, and any address of the app opened in the tab with the page', async () => {
    const worker = runWorker();
    await worker.install();
    worker.fetch.mockClear();
    expect(await worker.request(`${ORIGIN}/assets/make-checklist-pdf-web-def.js`)).toBe(`network: ${ORIGIN}/assets/make-checklist-pdf-web-def.js`);
    expect(await worker.request(`${ORIGIN}/`, { mode: 'navigate' })).toBe(`network: ${ORIGIN}/index.html`);
    expect(await worker.request(`${ORIGIN}/some/page?lang=es`, { mode: 'navigate' })).toBe(`network: ${ORIGIN}/index.html`);
    // A file that exists stays itself, even opened in the tab.
    expect(await worker.request(`${ORIGIN}/robots.txt`, { mode: 'navigate' })).toBe(`network: ${ORIGIN}/robots.txt`);
    // All of it from the cache (what install fetched), none from the network.
    expect(worker.fetch).not.toHaveBeenCalled();
  });

  it('leaves everything else to the browser: other origins (the lookups), anything but GET, files it does not keep; and stores nothing as it passes', async () => {
    const worker = runWorker();
    await worker.install();
    const puts = worker.puts.length;
    expect(await worker.request('https://api.fda.gov/drug/label.json?search=x')).toBeNull();
    expect(await worker.request('https://clinicaltrials.gov/api/v2/studies', { mode: 'navigate' })).toBeNull();
    expect(await worker.request(`${ORIGIN}/index.html`, { method: 'POST' })).toBeNull();
    expect(await worker.request(`${ORIGIN}/assets/html2canvas-xyz.js`)).toBeNull();
    expect(worker.puts.length).toBe(puts);
  });

  it('goes to the network for a kept file that is missing from the cache, and does not keep the reply', async () => {
    const worker = runWorker();
    expect(await worker.request(`${ORIGIN}/assets/index-abc.js`)).toBe(`network: ${ORIGIN}/assets/index-abc.js`);
    expect(worker.puts).toEqual([]);
  });
});
