import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/checklist';
import { readDocx } from '../letters/support/read-docx';

const dir = mkdtempSync(join(tmpdir(), 'letters-cli-'));
const scenario = (name: string) => readFileSync(new URL(`../../fixtures/scenarios/${name}.json`, import.meta.url), 'utf8');

function answersFile(name: string, patch: object = {}): string {
  const path = join(dir, `${name}.json`);
  const { answers } = JSON.parse(scenario(name)) as { answers: object };
  writeFileSync(path, JSON.stringify({ ...answers, ...patch }));
  return path;
}

async function cli(argv: string[], extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...extra });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('--letters DIR', () => {
  it('writes the letters that fit as .docx into a new folder, and says which', async () => {
    const target = join(dir, 'medicare-letters');
    const { code, stderr, stdout } = await cli(['--answers', answersFile('medicare-offlabel-denied'), '--letters', target]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const files = readdirSync(target).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^letter-insurance-appeal-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(files[1]).toMatch(/^letter-medical-necessity-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(stderr).toContain(`Wrote 2 letters into ${target}: `);
    const appeal = await readDocx(new Uint8Array(readFileSync(join(target, files[0]!))));
    expect(appeal.text).toContain('Appeal of a refusal to cover trametinib');
    expect(appeal.text).toContain('colorectal cancer');
    expect(appeal.text.startsWith('DRAFT for the care team to check.')).toBe(true);
    expect(appeal.text).not.toMatch(/undefined|NaN/);
  });

  it('with --json: the evaluation alone on stdout, the letters’ message on stderr; in Spanish the message is Spanish, the letters English', async () => {
    const target = join(dir, 'desmoid-letters');
    const { code, stdout, stderr } = await cli(['--answers', answersFile('desmoid-investigational'), '--json', '--lang', 'es', '--letters', target]);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
    expect(stderr).toContain(`Se guardaron 2 cartas en ${target}`);
    const request = readdirSync(target).find((f) => f.startsWith('letter-expanded-access-request-'));
    const text = (await readDocx(new Uint8Array(readFileSync(join(target, request!))))).text;
    expect(text).toContain('Request for single-patient expanded access');
    expect(text).toContain('AL102');
  });

  it('writes nothing, and says so, when no letter fits', async () => {
    const target = join(dir, 'none');
    const { code, stderr } = await cli(['--answers', answersFile('barely-started'), '--letters', target]);
    expect(code).toBe(0);
    expect(stderr).toContain('No letter fits these answers');
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a path that is not a folder, and leaves it alone', async () => {
    const notAFolder = join(dir, 'a-file.txt');
    writeFileSync(notAFolder, 'keep me');
    const { code, stderr } = await cli(['--answers', answersFile('medicare-offlabel-denied'), '--letters', notAFolder]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--letters ${notAFolder} is not a folder`);
    expect(readFileSync(notAFolder, 'utf8')).toBe('keep me');
  });

  it('says a failed write out loud, exits 2, and leaves no partial file', async () => {
    const target = join(dir, 'failing');
    const { code, stderr } = await cli(['--answers', answersFile('medicare-offlabel-denied'), '--letters', target], {
      writeFile: () => Promise.reject(new Error('disk full')),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot write .*letter-insurance-appeal-.*\.docx/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses an empty folder name with the usage', async () => {
    const { code, stderr } = await cli(['--answers', answersFile('medicare-offlabel-denied'), '--letters', '']);
    expect(code).toBe(2);
    expect(stderr).toContain('--letters DIR');
  });
});
