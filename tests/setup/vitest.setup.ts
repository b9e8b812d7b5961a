import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy… and waitFor wait up to 5 s, not 1 s. npm test runs these tests beside Chromium and lint
// on two cores, where a lazy page or the results can take over a second to show; a wait ends as
// soon as what it looks for is there, so this costs nothing when the machine is quiet.
configure({ asyncUtilTimeout: 5_000 });

// Component files share one jsdom per worker (vite.config.ts): each test leaves it as it found it.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.documentElement.removeAttribute('lang');
  document.title = '';
});
