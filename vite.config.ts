import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './scripts/content-security-policy';

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
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/vitest.setup.ts'],
        },
      },
    ],
  },
});
