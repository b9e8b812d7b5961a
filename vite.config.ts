import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa';

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
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
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
 * The service worker precaches every file the app may load, so after one visit it works with the
 * network off. It routes nothing else: a lookup's request to another origin goes straight to the
 * network and is never stored; answers are never in a file it caches. A new version waits until
 * the person chooses to reload (registerType 'prompt', src/app/offline/).
 */
export const SERVICE_WORKER_OPTIONS = {
  globPatterns: ['**/*.{html,js,css,svg,png,ttf,json}'],
  // jsPDF's optional parts (html2canvas, canvg, DOMPurify) are chunks nothing ever loads.
  globIgnores: ['**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
  // The letters library and the PDF chunk are large; the ZIP places larger still.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // An offline reload of any address in the app gets the app itself.
  navigateFallback: 'index.html',
  cleanupOutdatedCaches: true,
  // The first visit's worker takes the page at once, so that page already works offline. A later
  // version still waits: it activates only when the person presses "Reload to update".
  clientsClaim: true,
  skipWaiting: false,
  // Nothing is cached as it passes: no lookup's reply (another origin, never routed), no answers.
  runtimeCaching: [],
} satisfies VitePWAOptions['workbox'];

function offline() {
  return VitePWA({
    registerType: 'prompt',
    // No inline registration script (the policy forbids inline scripts): src/app/offline/ registers
    // through the virtual module, after the first page shows.
    injectRegister: false,
    manifest: WEB_APP_MANIFEST,
    // The icons match the glob of SERVICE_WORKER_OPTIONS already (and the plugin adds the manifest): each listed once.
    includeManifestIcons: false,
    workbox: SERVICE_WORKER_OPTIONS,
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline()],
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
          environment: 'jsdom',
          // Worker threads, not child processes: each isolated test file starts faster (about 8%
          // less CPU here). The unit tests keep the default child process: their timing tests read
          // the process's CPU time, which must be theirs alone.
          pool: 'threads',
          setupFiles: ['tests/setup/vitest.setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
