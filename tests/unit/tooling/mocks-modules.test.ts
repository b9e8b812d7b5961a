import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKS_MODULES } from '../../../vite.config';

// Most component test files share one module registry per worker (vite.config.ts). A file that
// replaced a module there with vi.mock would change it for the files after it: each such file must
// be in MOCKS_MODULES, which run isolated.
const root = join(import.meta.dirname, '../../..');
const componentFiles = readdirSync(join(root, 'tests/component'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.tsx'))
  .map((name) => relative(root, join(root, 'tests/component', name)).split('\\').join('/'));

describe('component test files that mock modules', () => {
  it('are exactly the ones that run isolated', () => {
    const mocking = componentFiles.filter((file) => /\bvi\.(mock|doMock)\(/u.test(readFileSync(join(root, file), 'utf8'))).sort();
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking).toEqual([...MOCKS_MODULES].sort());
  });
});
