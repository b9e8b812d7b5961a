import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the built app served by `vite preview`.
// Run after `npm run build` (npm test does both). global-setup.ts starts one server and one
// Chromium for the whole run; two files run at a time, each in its own browser contexts. A
// keyboard walk spends most of its time waiting for the page to answer each key, so two at once
// on two cores take little longer than one. The timeouts leave room for that sharing.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    // The files share one module registry per worker: each imported the words, the rules and the
    // PDF reader again (about 7 s of a busy machine's time per file). They mock nothing; each file
    // launches and closes its own browser.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
