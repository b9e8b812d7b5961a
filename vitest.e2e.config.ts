import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the built app served by `vite preview`.
// Run after `npm run build` (npm test does both). One file at a time: the machine has
// two cores, and each file already drives a whole browser.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
