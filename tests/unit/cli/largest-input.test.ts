import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/checklist';
import { LIMITS } from '../../../src/domain/answers-constants';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { makeChecklistPdfInNode } from '../../../src/pdf/make-checklist-pdf-node';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { largestAnswers } from '../domain/largest-answers';
import { readPdf } from '../pdf/support/read-pdf';

// The contract caps every list and every text (issue 9: 2,000 findings took 743 s to print).
// The largest valid answers, hostile text in every field, must still make a checklist quickly.

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-largest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const err: string[] = [];
  const code = await run(argv, { stdout: () => undefined, stderr: (t) => err.push(t) });
  return { code, stderr: err.join('') };
}

describe('the largest valid answers', () => {
  const answers = largestAnswers();

  it('are valid: every list at its cap, every text at its longest', () => {
    const parsed = parseAnswers(answers);
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems.slice(0, 3))).toBe(true);
    expect(answers.biomarkers?.findings).toHaveLength(LIMITS.findings);
    expect(answers.biomarkers?.findings?.every((finding) => finding.length === LIMITS.finding)).toBe(true);
    expect(answers.treatments?.tried).toHaveLength(LIMITS.treatments);
    expect(answers.trials?.saved).toHaveLength(LIMITS.savedTrials);
    expect(answers.notes).toHaveLength(LIMITS.notes);
  });

  // Timed in CPU time of this process (best of three), so other work on a shared machine (npm test
  // runs typecheck and lint beside the unit tests) does not count; the wall clock only guards
  // against a hang. On a quiet machine the two are the same.
  it('make the checklist PDF in under 2 s of work (issue 9, item 11)', async () => {
    const parsed = parseAnswers(answers);
    if (!parsed.ok) throw new Error('the largest answers are not valid');
    const evaluation = evaluate(parsed.answers, en);
    const cpu: number[] = [];
    const wall: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let attempt = 0; attempt < 3 && !cpu.some((time) => time < 2_000); attempt += 1) {
      const [cpuBefore, started] = [process.cpuUsage(), performance.now()];
      ({ bytes } = await makeChecklistPdfInNode({ answers: parsed.answers, evaluation, content: en, madeOn: '2026-11-30' }));
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - started);
    }
    const took = `CPU ${cpu.map((time) => time.toFixed(0)).join(', ')} ms; wall ${wall.map((time) => time.toFixed(0)).join(', ')} ms`;
    expect(Math.min(...cpu), took).toBeLessThan(2_000);
    expect(Math.min(...wall), took).toBeLessThan(15_000);
    const pdf = await readPdf(bytes);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.text).toContain('[?]');
  }, 60_000);

  it.each([
    ['biomarkers.findings', { biomarkers: { findings: Array.from({ length: LIMITS.findings + 1 }, () => 'BRAF') } }, LIMITS.findings],
    ['biomarkers.germlineFindings', { biomarkers: { germlineFindings: Array.from({ length: LIMITS.germlineFindings + 1 }, () => 'BRCA2') } }, LIMITS.germlineFindings],
    ['treatments.tried', { treatments: { tried: Array.from({ length: LIMITS.treatments + 1 }, () => ({ name: 'x', outcome: 'did-not-work' })) } }, LIMITS.treatments],
    ['trials.saved', { trials: { saved: largestAnswers().trials?.saved?.concat(largestAnswers().trials?.saved?.[0] ?? []) } }, LIMITS.savedTrials],
  ])('refuse one entry too many in %s, naming the cap', async (field, extra, cap) => {
    const file = path.join(dir, `${field}.json`);
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, ...extra }));
    const { code, stderr } = await cli('--answers', file, '--json');
    expect(code).toBe(2);
    expect(stderr).toContain(`${field}: this list is too long. Use at most ${cap} entries.`);
  });
});
