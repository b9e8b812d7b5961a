#!/usr/bin/env node
/* global console, process -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// `npm test`: every check the project has, cheapest first, stopping at the first that fails.
// Each stage can also be run alone (see docs/testing.md). The last line sums every Vitest run
// as `N passed, N failed`, read from Vitest's JSON reports rather than parsed from its output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results');
const bin = (path) => join(root, 'node_modules', path);

const vitestReport = (name) => join(reports, `vitest-${name}.json`);
const vitestArgs = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport(name)}`];

// Each stage runs a Node script directly (no npx, no shell): faster, and the same on every machine.
const STAGES = [
  { name: 'typecheck', alone: 'npm run typecheck', args: [bin('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', alone: 'npm run lint', args: [bin('eslint/bin/eslint.js'), '.'] },
  {
    name: 'unit and component tests',
    alone: 'npm run test:unit',
    args: [bin('vitest/vitest.mjs'), 'run', ...vitestArgs('unit')],
    report: vitestReport('unit'),
  },
  { name: 'build', alone: 'npm run build', args: [bin('vite/bin/vite.js'), 'build'] },
  { name: 'size budget', alone: 'npm run size', args: [join(root, 'scripts/check-size.mjs')] },
  { name: 'Chromium', alone: 'node scripts/ensure-chromium.mjs', args: [join(root, 'scripts/ensure-chromium.mjs')] },
  {
    name: 'end-to-end tests',
    alone: 'npm run build && npm run test:e2e',
    args: [bin('vitest/vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...vitestArgs('e2e')],
    report: vitestReport('e2e'),
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const counts = { passed: 0, failed: 0 };

/** Adds one Vitest JSON report to the totals; false when the run left no readable report. */
function addCounts(reportPath) {
  if (!existsSync(reportPath)) return false;
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    counts.passed += Number(report.numPassedTests) || 0;
    counts.failed += Number(report.numFailedTests) || 0;
    return true;
  } catch {
    return false;
  }
}

function main() {
  const started = Date.now();
  mkdirSync(reports, { recursive: true });
  for (const [index, stage] of STAGES.entries()) {
    console.log(`\n=== ${index + 1}/${STAGES.length} ${stage.name} ===`);
    // A report left over from an earlier run must never be counted as this run's.
    if (stage.report) rmSync(stage.report, { force: true });
    const stageStarted = Date.now();
    const result = spawnSync(process.execPath, stage.args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    });
    const tookMs = Date.now() - stageStarted;
    const hasCounts = stage.report ? addCounts(stage.report) : true;
    const exit = result.error ? result.error.message : (result.status ?? result.signal);

    if (result.status !== 0 || !hasCounts) {
      const why = result.status === 0 ? 'left no test report' : `exited with ${exit}`;
      console.error(
        `\nnpm test FAILED at stage ${index + 1}/${STAGES.length}, ${stage.name} (${why}, after ${seconds(tookMs)}).` +
          `\nRun that stage alone with: ${stage.alone}`,
      );
      console.log(`${counts.passed} passed, ${counts.failed} failed`);
      return 1;
    }
    console.log(`--- ${stage.name}: ok in ${seconds(tookMs)}`);
  }
  console.log(`\nAll ${STAGES.length} stages passed in ${seconds(Date.now() - started)}.`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return 0;
}

process.exitCode = main();
