#!/usr/bin/env node
/* global console, process -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// Makes sure Debian's Chromium (for the end-to-end tests) and poppler-utils (pdftotext and
// pdftoppm, for reading PDFs back) are on this machine. The only way we get a browser is the
// distribution's package: test tools that download their own browser fail on closed networks
// and run binaries nobody has reviewed.
//
// Exit 0 when both are present (installed now or before); exit 1 with instructions otherwise.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const PACKAGES = ['chromium', 'poppler-utils'];
const HOW_TO_INSTALL = `sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`;

/** Returns the absolute path of an executable on PATH, or undefined. */
function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Returns the Chromium executable the end-to-end tests will launch, or undefined. */
function findChromium() {
  try {
    accessSync('/usr/bin/chromium', constants.X_OK);
    return '/usr/bin/chromium';
  } catch {
    return findOnPath('chromium');
  }
}

function run(command, args, env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`"${command} ${args.join(' ')}" exited with ${result.status ?? result.signal}`);
  }
}

function main() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!findOnPath('pdftotext') || !findOnPath('pdftoppm')) missing.push('poppler-utils');

  if (missing.length === 0) {
    console.log(`Chromium found at ${findChromium()}; pdftotext and pdftoppm found.`);
    return 0;
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Missing for the end-to-end tests: ${missing.join(', ')}.\n` +
        `Install them from Debian's packages, then run the tests again:\n\n    ${HOW_TO_INSTALL}\n`,
    );
    return 1;
  }

  console.log(`Missing ${missing.join(', ')}: installing with apt-get (about a minute on a fresh machine)...`);
  try {
    // A fresh machine has no package lists yet: without the update, install finds nothing.
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', ...PACKAGES], { DEBIAN_FRONTEND: 'noninteractive' });
  } catch (error) {
    console.error(
      `Could not install ${missing.join(', ')}: ${error instanceof Error ? error.message : String(error)}\n` +
        `Install them by hand, then run the tests again:\n\n    ${HOW_TO_INSTALL}\n`,
    );
    return 1;
  }

  const chromium = findChromium();
  if (!chromium || !findOnPath('pdftotext')) {
    console.error(`apt-get finished but Chromium or pdftotext is still missing. Try:\n\n    ${HOW_TO_INSTALL}\n`);
    return 1;
  }
  console.log(`Chromium installed at ${chromium}; poppler-utils installed.`);
  return 0;
}

process.exitCode = main();
