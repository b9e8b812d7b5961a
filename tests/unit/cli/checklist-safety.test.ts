import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/checklist';
import { decodeUtf8, MAX_ANSWERS_BYTES } from '../../../src/cli/files';
import { showInline, showOnTerminal } from '../../../src/cli/terminal-text';
import { medicareOffLabel } from '../../fixtures/personas';

// The command line must never destroy a good file, hang, read without limit, or let text from the
// answers file drive the terminal. These tests use the real file reader and writer (no readFile
// given), as the command does.

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const where = path.join(dir, name);
  writeFileSync(where, content);
  return where;
}

async function cli(argv: string[], extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...extra });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const GOOD = JSON.stringify(medicareOffLabel);
const ESC = '\u001b';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u;

describe('--out never destroys the answers file', () => {
  const cases: [string, (answers: string) => string][] = [
    ['the same path', (answers) => answers],
    ['the same file by another path', (answers) => path.join(dir, '.', 'sub', '..', path.basename(answers))],
    ['a symbolic link to it', (answers) => {
      const link = path.join(dir, `link-${path.basename(answers)}`);
      symlinkSync(answers, link);
      return link;
    }],
    ['a hard link to it', (answers) => {
      const link = path.join(dir, `hard-${path.basename(answers)}`);
      linkSync(answers, link);
      return link;
    }],
  ];
  mkdirSync(path.join(dir, 'sub'));

  it.each(cases)('refuses --out that is %s, exit 2, and leaves the answers as they were', async (name, outFor) => {
    const answers = file(`answers-${name.replace(/\W+/g, '-')}.json`, GOOD);
    const { code, stderr } = await cli(['--answers', answers, '--out', outFor(answers)]);
    expect(code).toBe(2);
    expect(stderr).toContain('is the answers file itself');
    expect(readFileSync(answers, 'utf8')).toBe(GOOD);
  });
});

describe('--out is written whole or not at all', () => {
  it('keeps the old file and leaves no temporary file when the write fails half-way', async () => {
    const answers = file('half.json', GOOD);
    const out = file('kept.pdf', 'the good checklist from yesterday');
    const failHalfWay = async (where: string, bytes: Uint8Array) => {
      await writeFile(where, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('No space left on device'), { code: 'ENOSPC' });
    };
    const before = readdirSync(dir).sort();
    const { code, stderr } = await cli(['--answers', answers, '--out', out], { writeFile: failHalfWay });
    expect(code).toBe(2);
    expect(stderr).toContain(`Cannot write the checklist to ${out}`);
    expect(readFileSync(out, 'utf8')).toBe('the good checklist from yesterday');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('replaces an old checklist with the whole new one, and keeps a symbolic link a link', async () => {
    const answers = file('replace.json', GOOD);
    const target = file('real.pdf', 'old');
    const link = path.join(dir, 'link.pdf');
    symlinkSync(target, link);
    const { code } = await cli(['--answers', answers, '--out', link]);
    expect(code).toBe(0);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(target).subarray(-6).toString()).toContain('%%EOF');
    expect(statSync(link).isFile()).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a folder', () => path.join(dir, 'sub')],
    ['a device', () => '/dev/null'],
    ['a FIFO', () => {
      const fifo = path.join(dir, 'out.fifo');
      execFileSync('mkfifo', [fifo]);
      return fifo;
    }],
  ])('refuses --out that is %s, and leaves it as it was', async (_name, outPath) => {
    const answers = file('to-odd.json', GOOD);
    const out = outPath();
    const kind = statSync(out).mode & 0o170000;
    const { code, stderr } = await cli(['--answers', answers, '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('is not a file the checklist can replace');
    expect(statSync(out).mode & 0o170000).toBe(kind);
  });
});

describe('--answers is read only when it is a regular file of at most 1 MB', () => {
  it('refuses a FIFO at once instead of waiting for a writer forever', async () => {
    const fifo = path.join(dir, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr } = await cli(['--answers', fifo, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain(`The answers file ${fifo} is not a saved file`);
  }, 5_000);

  it('refuses /dev/zero without reading from it', async () => {
    const started = performance.now();
    const { code, stderr } = await cli(['--answers', '/dev/zero', '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('/dev/zero is not a saved file');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a folder', async () => {
    const { code, stderr } = await cli(['--answers', dir, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('is not a saved file');
  });

  it('reads a file of exactly 1 MB, and refuses one byte more, saying the limit', async () => {
    const padded = (size: number) => GOOD + ' '.repeat(size - Buffer.byteLength(GOOD));
    expect((await cli(['--answers', file('1mb.json', padded(MAX_ANSWERS_BYTES)), '--json'])).code).toBe(0);
    const { code, stderr } = await cli(['--answers', file('1mb-plus.json', padded(MAX_ANSWERS_BYTES + 1)), '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('is bigger than 1 MB');
  });
});

describe('the answers file is read as UTF-8 only', () => {
  const utf16le = (text: string) => Buffer.from(text, 'utf16le');
  const utf16be = (text: string) => utf16le(text).swap16();

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(GOOD)])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(GOOD)])],
    ['UTF-16 LE without a mark', utf16le(GOOD)],
    ['UTF-16 BE without a mark', utf16be(GOOD)],
  ])('says a file in %s is UTF-16 and should be saved as UTF-8', async (name, bytes) => {
    const { code, stderr } = await cli(['--answers', file(`${name.replace(/\W+/g, '-')}.json`, bytes), '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('is saved as UTF-16 text. Save it as UTF-8');
  });

  it('refuses Latin-1 text instead of reading it as garbage', async () => {
    const latin1 = Buffer.from(JSON.stringify({ schemaVersion: 2, notes: 'Müller' }), 'latin1');
    const { code, stderr } = await cli(['--answers', file('latin1.json', latin1), '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('is not UTF-8 text');
  });

  it('still accepts UTF-8 with a byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}' });
  });
});

describe('text from the input reaches the terminal only escaped', () => {
  const hostile = `${ESC}]0;pwned${'\u0007'}${ESC}[2J${'\u009b'}31m\r\u202e`;

  it('escapes control characters in an unknown key name, one problem per line', async () => {
    const answers = file('keys.json', JSON.stringify({ schemaVersion: 2, [`x${hostile}\n- notes: fine`]: 1 }));
    const { code, stderr } = await cli(['--answers', answers, '--json']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain('\\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m\\u000D\\u202E\\u000A- notes: fine');
    expect(stderr.trim().split('\n')).toHaveLength(2);
  });

  it('escapes control characters in a snippet of text that is not JSON, and in the file name', async () => {
    const answers = file(`bad${ESC}[31m.json`, `{ "schemaVersion": 2, ${hostile} }`);
    const { code, stderr } = await cli(['--answers', answers, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('is not JSON');
    expect(stderr).toContain('bad\\u001B[31m.json');
    expect(stderr).not.toMatch(RAW_CONTROL);
  });

  it('escapes them in an unknown option and a missing file', async () => {
    const option = await cli([`--x${ESC}[8m`]);
    expect(option.stderr).toContain('\\u001B[8m');
    const missing = await cli(['--answers', path.join(dir, `nope${ESC}[8m.json`), '--json']);
    expect(missing.stderr).toContain('nope\\u001B[8m.json');
    expect(option.stderr + missing.stderr).not.toContain(ESC);
  });

  it('keeps the JSON on stdout valid, with the same values, and no raw control characters', async () => {
    const drug = `tram${'\u009b'}etinib${'\u007f'}\u202e`;
    const answers = file('json-out.json', JSON.stringify({ ...medicareOffLabel, drugOfInterest: { name: drug, approval: 'approved-for-other-use' } }));
    const { code, stdout } = await cli(['--answers', answers, '--json']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u007f-\u009f\u202e]/u);
    expect(JSON.stringify(JSON.parse(stdout))).toContain(JSON.stringify(drug).slice(1, -1));
  });

  it('escapes every control character but the newline in a whole message, and newlines too in a piece of one line', () => {
    expect(showOnTerminal(`a${ESC}b\nc\td`)).toBe('a\\u001Bb\nc\\u0009d');
    expect(showInline('a\nb\u2066')).toBe('a\\u000Ab\\u2066');
    expect(showInline('Zażółć 😀 “ok”')).toBe('Zażółć 😀 “ok”');
  });
});

describe('numbers are refused with the limit a person must meet', () => {
  it.each([
    [1e20, 'insurance.householdSize: this number is too big. Use 20 or less.'],
    [-1e20, 'insurance.householdSize: this number is too small. Use 1 or more.'],
  ])('householdSize %d names the real limit, not the largest safe integer', async (value, message) => {
    const answers = file(`household-${value}.json`, `{ "schemaVersion": 2, "insurance": { "householdSize": ${value} } }`);
    const { code, stderr } = await cli(['--answers', answers, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('9007199254740991');
  });
});

describe('dates are taken from 1900-01-01 to 2100-12-31', () => {
  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('refuses %s as an appointment date and as the date of a refusal', async (date) => {
    const answers = file(`date-${date}.json`, JSON.stringify({ schemaVersion: 2, appointment: { date }, insurance: { deniedOn: date } }));
    const { code, stderr } = await cli(['--answers', answers, '--json']);
    expect(code).toBe(2);
    expect(stderr).toContain('appointment.date: expected a real date from 1900 to 2100, written as year-month-day, like 2026-12-01.');
    expect(stderr).toContain('insurance.deniedOn: expected a real date from 1900 to 2100');
  });

  it.each(['1900-01-01', '2000-02-29', '2100-12-31'])('accepts %s', async (date) => {
    const answers = file(`date-ok-${date}.json`, JSON.stringify({ schemaVersion: 2, appointment: { date } }));
    expect((await cli(['--answers', answers, '--json'])).code).toBe(0);
  });

  it('refuses a day that does not exist, even in range', async () => {
    const answers = file('date-2100-02-29.json', JSON.stringify({ schemaVersion: 2, appointment: { date: '2100-02-29' } }));
    expect((await cli(['--answers', answers, '--json'])).stderr).toContain('appointment.date: expected a real date');
  });
});
