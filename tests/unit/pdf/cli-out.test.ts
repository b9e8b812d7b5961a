import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/checklist';
import { evaluate } from '../../../src/rules/evaluate-en';
import { normalise, readPdf } from './support/read-pdf';

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = JSON.parse(
  readFileSync(new URL('../../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8'),
) as { answers: Record<string, unknown> };
const answers = { ...scenario.answers, notes: 'Bring the letter — “Łódź” 😀' };
const answersFile = path.join(dir, 'answers.json');
writeFileSync(answersFile, JSON.stringify(answers));

function io(): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    readFile: (file: string) => readFile(file, 'utf8'),
  };
  return captured;
}

describe('checklist --out FILE.pdf', () => {
  it('writes a PDF that reads back with the evaluation in it, and warns on stderr about what it could not print', async () => {
    const out = path.join(dir, 'checklist.pdf');
    const cli = io();
    expect(await run(['--answers', answersFile, '--out', out], cli)).toBe(0);
    expect(cli.out).toBe('');
    expect(cli.err).toContain('😀 (U+1F600)');
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.info['Title']).toBe('Treatment access checklist');
    expect(pdf.text).toContain('Bring the letter — “Łódź” [?]');
    const evaluation = evaluate(answers as Parameters<typeof evaluate>[0]);
    for (const step of evaluation.pathways[0]?.steps ?? []) expect(pdf.text).toContain(normalise(step));
  });

  it('still prints the evaluation with --json beside --out', async () => {
    const cli = io();
    expect(await run(['--answers', answersFile, '--json', '--out', path.join(dir, 'both.pdf')], cli)).toBe(0);
    expect((JSON.parse(cli.out) as { pathways: unknown[] }).pathways).toHaveLength(5);
  });

  it('says it cannot write to a folder that does not exist, and exits 2', async () => {
    const cli = io();
    const out = path.join(dir, 'no-such-folder', 'checklist.pdf');
    expect(await run(['--answers', answersFile, '--out', out], cli)).toBe(2);
    expect(cli.err).toContain(`Cannot write the checklist to ${out}`);
  });

  it('refuses bad answers with their field names and writes nothing, exit 2', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, insurance: { coverage: 'blue-cross' } }));
    const cli = io();
    const out = path.join(dir, 'never.pdf');
    expect(await run(['--answers', bad, '--out', out], cli)).toBe(2);
    expect(cli.err).toContain('insurance.coverage');
    expect(() => readFileSync(out)).toThrow();
  });

  it('works as the real command: npm run --silent checklist -- --answers FILE --out FILE.pdf', async () => {
    const out = path.join(dir, 'from-npm.pdf');
    await promisify(execFile)('npm', ['run', '--silent', 'checklist', '--', '--answers', answersFile, '--out', out], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
    });
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.pages.at(-1)?.text).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
  }, 30_000);
});
