import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/checklist';
import { evaluationSchema } from '../../../src/domain/evaluation.schema';
import { investigationalReady } from '../../fixtures/personas';

const ROOT = new URL('../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'checklist-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the command line in-process and collects what it printed. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // No readFile given: the command's own reader (regular files only, at most 1 MB).
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('checklist command line, in-process', () => {
  it('prints the evaluation as JSON and exits 0', async () => {
    const path = file('ok.json', JSON.stringify(investigationalReady));
    const { code, stdout, stderr } = await cli('--answers', path, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const evaluation = evaluationSchema.parse(JSON.parse(stdout));
    expect(evaluation.pathways[0]).toMatchObject({ id: 'expanded-access', fit: 'strong' });
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify({ schemaVersion: 1 })}`);
    expect((await cli('--answers', path, '--json')).code).toBe(0);
  });

  it('refuses invalid answers on stderr, naming every offending path, and exits 2', async () => {
    const path = file('bad.json', JSON.stringify({ schemaVersion: 1, insurance: { coverage: 'blue-cross' }, trials: { zip: '9021' }, notes: 5 }));
    const { code, stdout, stderr } = await cli('--answers', path, '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('insurance.coverage: "blue-cross" is not a type of insurance this tool knows.');
    expect(stderr).toContain('trials.zip: expected a five-digit ZIP code, like 43210.');
    expect(stderr).toContain('notes: expected text in quotes, but found 5.');
  });

  it('refuses a file from a newer version', async () => {
    const path = file('future.json', JSON.stringify({ schemaVersion: 99 }));
    const { code, stderr } = await cli('--answers', path, '--json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/made by a newer version of this tool/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /Cannot find the answers file .*nope\.json/],
    ['a folder', () => dir, /is not a saved file/],
    ['a file that is not JSON', () => file('text.json', 'schemaVersion: 1'), /is not JSON/],
    ['an empty file', () => file('empty.json', ''), /is not JSON/],
  ])('says so for %s, and exits 2', async (_name, path, message) => {
    const { code, stdout, stderr } = await cli('--answers', path(), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['no arguments', []],
    ['no --answers', ['--json']],
    ['no --json', ['--answers', 'x.json']],
    ['an unknown option', ['--answers', 'x.json', '--json', '--colour']],
    ['a stray word', ['--answers', 'x.json', '--json', 'please']],
    ['--answers without a file', ['--json', '--answers']],
  ])('shows the usage for %s, and exits 2', async (_name, argv) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run --silent checklist -- --answers FILE');
  });

  it('shows the usage on stdout for --help, and exits 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--answers FILE');
  });
});

describe('checklist command line, as a process', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const spawn = (...argv: string[]) => spawnSync(tsx, ['src/cli/checklist.ts', ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('prints JSON and exits 0', () => {
    const result = spawn('--answers', file('p-ok.json', JSON.stringify(investigationalReady)), '--json');
    expect(result.status).toBe(0);
    expect(evaluationSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
  }, 60_000);

  it('refuses with exit 2 and no stack trace', () => {
    const result = spawn('--answers', file('p-bad.json', '{"schemaVersion": 1, "trials": {"zip": "1"}}'), '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('trials.zip');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
