import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // `vite preview` (and the end-to-end tests) serve the built app with the policy as a header too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
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
          setupFiles: ['tests/setup/vitest.setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
