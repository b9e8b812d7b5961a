/**
 * Writes public/_headers from STATIC_HOST_HEADERS in vite.config.ts (`npm run headers:write`).
 * Vite copies public/ into dist/ as it is, so the file deployed is the file committed.
 * tests/unit/offline/manifest-and-headers.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staticHostHeadersFile } from '../vite.config';

export const HEADERS_FILE_PATH = fileURLToPath(new URL('../public/_headers', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(HEADERS_FILE_PATH, staticHostHeadersFile());
  process.stdout.write(`Wrote ${HEADERS_FILE_PATH}\n`);
}
