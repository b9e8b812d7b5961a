import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * The app's Content-Security-Policy: only its own origin, no inline scripts, no third parties
 * (docs/decisions/0003-content-security-policy.md). img-src allows data: and blob: for pictures the
 * app makes itself. Kept in this file: Vite's coming native config loader wants no local TS imports.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://api.fda.gov https://clinicaltrials.gov",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Puts the policy first in the built index.html's head as a <meta> tag, before anything it governs, so it holds on any static host. Build
 * only: the dev server's hot reload needs inline scripts. Browsers ignore frame-ancestors in a meta
 * tag (and log an error), so it is left to the header that `vite preview` sends.
 */
function contentSecurityPolicy(): Plugin {
  const meta = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: meta }, injectTo: 'head-prepend' }],
  };
}

/**
 * The headers a static host should send with every file (README, "Deploy to a static host").
 * public/_headers holds them for Netlify and Cloudflare Pages (written from here by `npm run
 * headers:write`; a unit test fails when it is out of date), and `vite preview` sends them, so the
 * end-to-end tests run under exactly what is deployed. The policy above is their one source.
 */
export const STATIC_HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // The app uses none of these; the list names the powerful ones a page could otherwise ask for.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'bluetooth=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'browsing-topics=()',
  ].join(', '),
};

/** public/_headers in the Netlify and Cloudflare Pages format: a path pattern, then indented headers. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(STATIC_HOST_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by `npm run headers:write` from vite.config.ts: edit the headers there, not here.', '/*', ...lines, ''].join('\n');
}

/**
 * The web app manifest: installs like an app (docs/decisions/0012-offline-and-installable.md). The
 * colours are the header's: white, and the brand green of src/styles/wizard.css. The icons are
 * drawn by scripts/make-icons.mjs.
 */
/** The web app manifest's members the app sets (https://www.w3.org/TR/appmanifest/). */
interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
  start_url: string;
  scope: string;
  display: 'fullscreen' | 'standalone' | 'minimal-ui' | 'browser';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: 'any' | 'maskable' | 'monochrome' }[];
}

export const WEB_APP_MANIFEST: WebAppManifest = {
  id: '/',
  name: 'Treatment access navigator',
  short_name: 'Navigator',
  description: 'See which roads to a cancer drug may be open to you, and print a checklist for your next appointment.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#10604f',
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * The service worker (docs/decisions/0012-offline-and-installable.md) keeps every file the app may
 * load, so after one visit it works with the network off. It stores nothing else: a lookup's
 * request to another origin goes straight to the network and is never stored; answers are never in
 * a file it keeps. A new version waits until the person chooses to reload (src/app/offline/).
 * Hand-written (src/app/offline/service-worker.js) rather than made by vite-plugin-pwa, whose
 * workbox-build added 271 packages to every `npm ci` (issue 9, item 13).
 */
export const SERVICE_WORKER = {
  /** The worker's source: plain JavaScript with FILES and VERSION left for the build to fill in. */
  template: 'src/app/offline/service-worker.js',
  /** Where the build writes it, at the root: its scope is the whole app. */
  file: 'sw.js',
  manifest: 'manifest.webmanifest',
  /**
   * Files in dist/ it does not keep: the host's headers, the worker itself, notes for developers
   * (fonts/README.md), and jsPDF's optional parts (html2canvas, DOMPurify, canvg's index.es),
   * chunks nothing ever loads.
   */
  notKept: [/^_headers$/u, /^sw\.js$/u, /\.md$/u, /^assets\/html2canvas-[^/]*\.js$/u, /^assets\/purify\.es-[^/]*\.js$/u, /^assets\/index\.es-[^/]*\.js$/u],
} as const;

/** What the worker keeps, from every file in dist/ (paths relative to it, with /): sorted paths from the site's root. */
export function precacheList(files: readonly string[]): string[] {
  return files
    .filter((file) => !SERVICE_WORKER.notKept.some((pattern) => pattern.test(file)))
    .map((file) => `/${file}`)
    .sort();
}

/**
 * The worker, written from its template: the files to keep, and a version that changes whenever
 * any of them does (a hash of their paths and bytes), so each deploy is a new worker.
 */
export function serviceWorkerSource(template: string, files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { path, bytes } of files) hash.update(path).update('\0').update(bytes).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  const fill = (source: string, marker: string, value: unknown) => {
    if (!source.includes(marker)) throw new Error(`${SERVICE_WORKER.template} has lost its marker ${marker}`);
    return source.replace(marker, JSON.stringify(value));
  };
  const withFiles = fill(template, '/* FILES */ []', files.map((file) => file.path));
  return fill(withFiles, "/* VERSION */ ''", version);
}

/** Every file under a folder, as paths relative to it with /. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Offline and installable, at build time: writes the manifest, links it from the page, and once
 * every file is in dist/ (the public/ files included), writes sw.js to keep them.
 */
function offline(): Plugin {
  let outDir = 'dist';
  let root = '.';
  return {
    name: 'offline',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'manifest', href: `/${SERVICE_WORKER.manifest}` }, injectTo: 'head' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SERVICE_WORKER.manifest, source: `${JSON.stringify(WEB_APP_MANIFEST, null, 2)}\n` });
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const files = precacheList(filesUnder(outDir)).map((path) => ({ path, bytes: readFileSync(join(outDir, path)) }));
        const template = readFileSync(join(root, SERVICE_WORKER.template), 'utf8');
        writeFileSync(join(outDir, SERVICE_WORKER.file), serviceWorkerSource(template, files));
      },
    },
  };
}

/**
 * Lists in index.html (`<meta name="wizard-files">`) the files the wizard and the later pages need
 * beyond the first screen's, so the first welcome page can fetch them into the cache when idle
 * without running them (prefetchWizard in src/app/load-wizard.ts; docs/decisions/0011-first-screen.md).
 */
function wizardFiles(): Plugin {
  const wanted = ['/src/app/wizard.tsx', '/src/app/later-pages.ts'];
  return {
    name: 'wizard-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const withImports = (names: string[]): Set<string> => {
          const seen = new Set<string>();
          const visit = (name: string) => {
            if (seen.has(name)) return;
            seen.add(name);
            for (const next of byName.get(name)?.imports ?? []) visit(next);
          };
          names.forEach(visit);
          return seen;
        };
        const first = withImports(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const roots = chunks.filter((chunk) => wanted.some((path) => chunk.facadeModuleId?.endsWith(path))).map((chunk) => chunk.fileName);
        if (roots.length !== wanted.length) throw new Error(`wizard-files: found ${roots.join(', ')} for ${wanted.join(', ')}`);
        const files = [...withImports(roots)].filter((name) => !first.has(name)).map((name) => `/${name}`);
        return [{ tag: 'meta', attrs: { name: 'wizard-files', content: files.join(' ') }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * Component test files that replace a module with vi.mock: they get a module registry of their own
 * (project "component-isolated"); the other component files share one per worker.
 * tests/unit/tooling/mocks-modules.test.ts keeps this list complete.
 */
export const MOCKS_MODULES = [
  'tests/component/app/first-screen.test.tsx',
  'tests/component/app/page-load-failure.test.tsx',
  'tests/component/steps/share-actions.test.tsx',
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline(), wizardFiles()],
  // `vite preview` (and the end-to-end tests) serve the built app with the same headers as a static host.
  preview: { headers: { ...STATIC_HOST_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The Node tests share one module registry: they import pure modules and mock none, and
          // importing the templates, rules and PDF code once instead of once per file saves about
          // 20 s of the test command (issue 9, item 13). The component tests stay isolated: they
          // mock modules and share a DOM.
          isolate: false,
          // npm test runs typecheck and lint beside these tests on two cores: a test that takes
          // 2 s alone can take 8 s then. 20 s still catches a hang.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          exclude: MOCKS_MODULES,
          environment: 'jsdom',
          // One jsdom and one module registry per worker, not per file: setting up jsdom and
          // importing React, the templates and the app again for each of 40 files was half of this
          // project's CPU time (277 -> 112 CPU-s; issue 9, item 13). What a file changes is put
          // back after each test (tests/setup/vitest.setup.ts: the DOM, storage, mocks, stubbed
          // globals, timers). Files that replace a module with vi.mock run isolated, below.
          isolate: false,
          pool: 'threads',
          setupFiles: ['tests/setup/vitest.setup.ts'],
          // npm test runs two of these workers beside Chromium and lint on two cores: a jsdom test
          // that takes 3 s alone (30 treatments on one page) took over 20 s there. 45 s still
          // catches a hang.
          testTimeout: 45_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component-isolated',
          include: MOCKS_MODULES,
          environment: 'jsdom',
          // vi.mock replaces a module in the registry: these files get their own.
          isolate: true,
          pool: 'threads',
          setupFiles: ['tests/setup/vitest.setup.ts'],
          testTimeout: 45_000,
        },
      },
    ],
  },
});
