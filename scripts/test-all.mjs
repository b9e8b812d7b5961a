#!/usr/bin/env node
/* global console, process -- Node scripts: eslint.config.js gives .mjs files no Node globals. */
// `npm test`: every check the project has. Stages that do not depend on each other run at the
// same time (see docs/testing.md for the order and the times):
//   - from the start: the Chromium check (apt-get install on a fresh machine, mostly waiting on
//     the network and the disk), typecheck and lint (one process), unit and component tests, and
//     the build;
//     the size budget (in Chromium) when the build and the Chromium check have passed;
//   - when Chromium, the build and the size check are ready: the end-to-end tests, beside the unit
//     tests still running.
// A stage that fails stops anything new from starting; the stages already running finish, and
// every failure is named with the command that runs it alone. Each stage's output is printed in
// one piece when it ends. The last line
// sums every Vitest run as `N passed, N failed`, read from Vitest's JSON reports rather than
// parsed from its output.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results');
const bin = (path) => join(root, 'node_modules', path);

const vitestReport = (name) => join(reports, `vitest-${name}.json`);
const vitestArgs = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport(name)}`];

// Each stage runs a Node script directly (no npx, no shell): faster, and the same on every machine.
// `after`: the stages that must have passed first.
const STAGES = [
  { id: 'chromium', name: 'Chromium', alone: 'node scripts/ensure-chromium.mjs', args: [join(root, 'scripts/ensure-chromium.mjs')], after: [] },
  // tsc and ESLint on one TypeScript program (scripts/typecheck-and-lint.mjs): the same checks as
  // `npm run typecheck` and `npm run lint`, for about a quarter less CPU than the two apart.
  {
    id: 'typecheck-lint',
    name: 'typecheck and lint',
    alone: 'node scripts/typecheck-and-lint.mjs (or npm run typecheck, npm run lint)',
    args: [join(root, 'scripts/typecheck-and-lint.mjs')],
    after: [],
  },
  {
    id: 'unit',
    name: 'unit and component tests',
    alone: 'npm run test:unit',
    // Two workers: once lint and the end-to-end tests finish, a single worker left the other core
    // idle for the last four minutes of the run.
    args: [bin('vitest/vitest.mjs'), 'run', '--maxWorkers=2', ...vitestArgs('unit')],
    report: vitestReport('unit'),
    after: [],
  },
  { id: 'build', name: 'build', alone: 'npm run build', args: [bin('vite/bin/vite.js'), 'build'], after: [] },
  // The size budget opens the built app in Chromium (what loads before the first heading), so it waits for both.
  { id: 'size', name: 'size budget', alone: 'npm run build && npm run size', args: [join(root, 'scripts/check-size.mjs')], after: ['build', 'chromium'] },
  {
    id: 'e2e',
    name: 'end-to-end tests',
    alone: 'npm run build && npm run test:e2e',
    args: [bin('vitest/vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...vitestArgs('e2e')],
    report: vitestReport('e2e'),
    // Beside the unit tests, not after them: the two are the longest stages, and on two cores
    // running them side by side is what keeps `npm ci && npm test` within 7 minutes (issue 9).
    after: ['chromium', 'build', 'size'],
  },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const counts = { passed: 0, failed: 0 };
/** Each failed test's file, name and first lines of its message, repeated at the end of the run. */
const failedTests = [];

/** Adds one Vitest JSON report to the totals; false when the run left no readable report. */
function addCounts(reportPath) {
  if (!existsSync(reportPath)) return false;
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    counts.passed += Number(report.numPassedTests) || 0;
    counts.failed += Number(report.numFailedTests) || 0;
    for (const file of report.testResults ?? []) {
      const failedInFile = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
      for (const test of failedInFile) {
        failedTests.push({ file: String(file.name).replace(`${root}/`, ''), name: test.fullName ?? test.title, message: test.failureMessages?.[0] ?? '' });
      }
      // A file that failed before any test ran (an import error, a hook that threw) has no failed test to name.
      if (file.status === 'failed' && failedInFile.length === 0) {
        failedTests.push({ file: String(file.name).replace(`${root}/`, ''), name: '(the file itself)', message: file.message ?? '' });
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** Runs one stage; resolves with its outcome. Never rejects. */
function runStage(stage, started) {
  return new Promise((resolveStage) => {
    const stageStarted = Date.now();
    const at = seconds(stageStarted - started);
    console.log(`\n=== ${stage.name}: started at ${at} ===`);
    const child = spawn(process.execPath, stage.args, {
      cwd: root,
      stdio: ['ignore', stage.streams ? 'inherit' : 'pipe', stage.streams ? 'inherit' : 'pipe'],
      env: process.env,
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const finish = (status, why) => {
      const tookMs = Date.now() - stageStarted;
      const hasCounts = stage.report ? addCounts(stage.report) : true;
      const ok = status === 0 && hasCounts;
      if (!stage.streams) {
        console.log(`\n=== ${stage.name} (started at ${at}) ===`);
        if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      }
      const reason = ok ? '' : status === 0 ? 'left no test report' : why;
      console.log(ok ? `--- ${stage.name}: ok in ${seconds(tookMs)}` : `--- ${stage.name}: FAILED (${reason}) after ${seconds(tookMs)}`);
      resolveStage({ stage, ok, reason, tookMs });
    };
    child.on('error', (error) => finish(null, error.message));
    child.on('close', (status, signal) => finish(status, `exited with ${status ?? signal}`));
  });
}

async function main() {
  const started = Date.now();
  mkdirSync(reports, { recursive: true });
  // A report left over from an earlier run must never be counted as this run's.
  for (const stage of STAGES) if (stage.report) rmSync(stage.report, { force: true });

  const results = new Map();
  const running = new Map();
  let failed = false;
  for (;;) {
    if (!failed) {
      for (const stage of STAGES) {
        if (results.has(stage.id) || running.has(stage.id)) continue;
        if (!stage.after.every((id) => results.get(id)?.ok)) continue;
        running.set(stage.id, runStage(stage, started));
      }
    }
    if (running.size === 0) break;
    const result = await Promise.race(running.values());
    running.delete(result.stage.id);
    results.set(result.stage.id, result);
    if (!result.ok) failed = true;
  }

  console.log('\nStage times (they overlap; see docs/testing.md):');
  for (const stage of STAGES) {
    const result = results.get(stage.id);
    console.log(`  ${stage.name.padEnd(26)} ${result ? `${result.ok ? 'ok    ' : 'FAILED'} ${seconds(result.tookMs)}` : 'not run'}`);
  }
  const failures = [...results.values()].filter((result) => !result.ok);
  // The stages' output comes in one piece each, so a failure can be far above the end of the log
  // (and cut off where only the end is kept, as in CI): name each failed test here again.
  if (failedTests.length > 0) {
    console.log(`\nFailed tests (${failedTests.length}):`);
    for (const test of failedTests.slice(0, 20)) {
      const message = test.message.split('\n').slice(0, 8).join('\n      ');
      console.log(`  ${test.file} > ${test.name}\n      ${message}`);
    }
  }
  if (failures.length > 0) {
    for (const { stage, reason } of failures) {
      console.error(`\nnpm test FAILED at stage "${stage.name}" (${reason}).\nRun that stage alone with: ${stage.alone}`);
    }
    console.log(`\nTotal ${seconds(Date.now() - started)}.`);
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
    return 1;
  }
  console.log(`\nAll ${STAGES.length} stages passed in ${seconds(Date.now() - started)}.`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  return 0;
}

process.exitCode = await main();
