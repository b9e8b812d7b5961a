import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait up to 5 s, not 1 s. npm test runs these tests beside Chromium and lint
// on two cores, where a lazy page or the results can take over a second to show; a wait ends as
// soon as what it looks for is there, so this costs nothing when the machine is quiet.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
