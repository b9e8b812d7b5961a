import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../../src/cli/checklist';
import { evaluationSchema } from '../../../src/domain/evaluation.schema';
import { normalise, readPdf } from '../pdf/support/read-pdf';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = JSON.parse(
  readFileSync(new URL('../../fixtures/scenarios/medicare-offlabel-denied.json', import.meta.url), 'utf8'),
) as { answers: Record<string, unknown> };
const answersFile = path.join(dir, 'answers.json');
writeFileSync(answersFile, JSON.stringify(scenario.answers));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => readFile(p, 'utf8') };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('checklist --lang en|es', () => {
  it('prints the evaluation in Spanish with --lang es, with the same result as in English', async () => {
    const spanish = await cli('--answers', answersFile, '--json', '--lang', 'es');
    const english = await cli('--answers', answersFile, '--json');
    expect(spanish.code).toBe(0);
    const es1 = evaluationSchema.parse(JSON.parse(spanish.stdout));
    const en1 = evaluationSchema.parse(JSON.parse(english.stdout));
    expect(es1.pathways.map((p) => [p.id, p.fit])).toEqual(en1.pathways.map((p) => [p.id, p.fit]));
    expect(es1.firstSteps.map((s) => s.text)).toContain(es.firstSteps.careTeamDecides.text);
    expect(spanish.stdout).not.toContain(en.firstSteps.careTeamDecides.text);
  });

  it('speaks English with --lang en, as without --lang', async () => {
    const english = await cli('--answers', answersFile, '--json', '--lang', 'en');
    expect(english.code).toBe(0);
    expect(english.stdout).toBe((await cli('--answers', answersFile, '--json')).stdout);
  });

  it('refuses bad answers in Spanish with --lang es, naming the field', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, trials: { zip: '9021' } }));
    const { code, stdout, stderr } = await cli('--answers', bad, '--json', '--lang', 'es');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(es.problems.heading);
    expect(stderr).toContain(`trials.zip: ${es.problems.formats.zip}`);
  });

  it('says a missing file in Spanish with --lang es', async () => {
    const { code, stderr } = await cli('--answers', path.join(dir, 'nowhere.json'), '--json', '--lang', 'es');
    expect(code).toBe(2);
    expect(stderr).toContain('No se encuentra el archivo de respuestas');
  });

  it('refuses a language it does not speak, naming --lang and showing the usage with the languages there are', async () => {
    const { code, stdout, stderr } = await cli('--answers', answersFile, '--json', '--lang', 'fr');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--lang "fr"');
    expect(stderr).toContain('--lang en|es');
  });

  it('writes the checklist PDF in Spanish with --lang es --out', async () => {
    const out = path.join(dir, 'lista.pdf');
    const { code } = await cli('--answers', answersFile, '--out', out, '--lang', 'es');
    expect(code).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.lang).toBe('es');
    expect(pdf.text).toContain(normalise(es.checklist.cover.title));
    expect(pdf.text).toContain(normalise(es.checklist.questions.heading));
    expect(pdf.text).toContain(`Página 1 de ${pdf.pages.length}`);
    expect(pdf.text).not.toContain(normalise(en.checklist.questions.heading));
  }, 30_000);
});
