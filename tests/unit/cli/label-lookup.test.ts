/**
 * `checklist --lookup label --save-answers FILE` against the openFDA recordings in
 * tests/fixtures/openfda/ (a fetch stub answers in place of api.fda.gov): in-process, and once as
 * a real process whose global fetch is replaced before the command runs (node --import).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_LOOKUP_FAILED, EXIT_OK, EXIT_UNUSABLE, run, type CliIo } from '../../../src/cli/checklist';
import { evaluationSchema } from '../../../src/domain/evaluation.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { dailyMedSearchUrl, labelSearchUrl, labelTextSearchUrl } from '../../../src/lookups/openfda-label';
import { labelLookup as en } from '../../../templates/en/label-lookup';
import { labelLookup as es } from '../../../templates/es/label-lookup';

const ROOT = new URL('../../../', import.meta.url).pathname;
const FIXTURES = new URL('../../fixtures/openfda/', import.meta.url);
const recording = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'checklist-label-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function answersFile(name: string, drug: string | undefined, cancerType = 'lung-nsclc'): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 2,
      diagnosis: { cancerType, stage: 'metastatic' },
      biomarkers: { testing: 'done', findings: ['EGFR exon 19 deletion'] },
      drugOfInterest: { ...(drug ? { name: drug } : {}), approval: 'unsure' },
      insurance: { coverage: 'private', costConcern: 'some' },
      trials: { status: 'not-interested' },
    }),
  );
  return file;
}

type Reply = () => Response | Promise<Response>;
const ok = (name: string): Reply => () => new Response(recording(name), { status: 200 });
const status = (code: number): Reply => () => new Response('{"error":{"code":"X"}}', { status: code });

/** A fetch that answers in turn and remembers the URLs. */
function openFda(...replies: Reply[]) {
  const asked: string[] = [];
  const fetch = ((input: string | URL) => {
    asked.push(input.toString());
    const reply = replies[asked.length - 1];
    return reply ? Promise.resolve(reply()) : Promise.reject(new Error('unexpected request'));
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

async function cli(argv: string[], fetch: typeof globalThis.fetch) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), fetch };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const savedAnswers = (file: string) => {
  const parsed = parseAnswers(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error('the saved answers are not valid');
  return parsed.answers;
};

describe('checklist --lookup label --save-answers', () => {
  it('gefitinib: saves the four labels with today’s date, says so on stderr, and the evaluation uses them', async () => {
    const saved = path.join(dir, 'gefitinib-saved.json');
    const { fetch, asked } = openFda(ok('label_gefitinib_20261007.json'));
    const { code, stdout, stderr } = await cli(['--answers', answersFile('g.json', 'gefitinib'), '--lookup', 'label', '--save-answers', saved, '--json'], fetch);
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([labelSearchUrl('gefitinib')]);
    expect(stderr).toContain(en.foundHeading('gefitinib', 4));
    const label = savedAnswers(saved).drugOfInterest?.label;
    expect(label?.labels).toHaveLength(4);
    expect(label?.retrievedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const evaluation = evaluationSchema.parse(JSON.parse(stdout));
    const offLabel = evaluation.pathways.find((p) => p.id === 'off-label')!;
    expect(offLabel.reasons.some((r) => r.basedOn.includes('drugOfInterest.label') && r.text.includes(label!.retrievedOn))).toBe(true);
  });

  it('osimertinib: the second search finds TAGRISSO, the only label kept', async () => {
    const saved = path.join(dir, 'osimertinib-saved.json');
    const { fetch, asked } = openFda(status(404), ok('label_osimertinib_fulltext_20261007.json'));
    const { code } = await cli(['--answers', answersFile('o.json', 'osimertinib'), '--lookup', 'label', '--save-answers', saved], fetch);
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([labelSearchUrl('osimertinib'), labelTextSearchUrl('osimertinib')]);
    expect(savedAnswers(saved).drugOfInterest?.label?.labels.map((l) => l.setId)).toEqual(['5e81b4a7-b971-45e1-9c31-29cea8c87ce7']);
  });

  it.each([
    ['offline', () => Promise.reject(new TypeError('Failed to fetch')), 'offline'],
    ['HTTP 429', status(429), 'rate-limited'],
    ['HTTP 500', status(500), 'server-error'],
    ['garbage', () => new Response('not json at all', { status: 200 }), 'unreadable'],
  ] as [string, Reply, keyof typeof en.failures][])('%s: the page’s words and the DailyMed search on stderr, nothing saved of it, the rest goes on, exit 3', async (_name, reply, failure) => {
    const saved = path.join(dir, `failed-${failure}.json`);
    const { fetch } = openFda(reply);
    const { code, stdout, stderr } = await cli(['--answers', answersFile(`f-${failure}.json`, 'gefitinib'), '--lookup', 'label', '--save-answers', saved, '--json'], fetch);
    expect(code).toBe(EXIT_LOOKUP_FAILED);
    expect(stderr).toContain(en.failures[failure]('gefitinib'));
    expect(stderr).toContain(dailyMedSearchUrl('gefitinib'));
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(savedAnswers(saved).drugOfInterest).toEqual({ name: 'gefitinib', approval: 'unsure' });
    expect(evaluationSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('not found by either search: says so, points to the Purple Book, keeps "none found", exit 3', async () => {
    const saved = path.join(dir, 'none-saved.json');
    const { fetch } = openFda(status(404), status(404));
    const { code, stderr } = await cli(['--answers', answersFile('n.json', 'examplumab'), '--lookup', 'label', '--save-answers', saved], fetch);
    expect(code).toBe(EXIT_LOOKUP_FAILED);
    expect(stderr).toContain(en.failures['not-found']('examplumab'));
    expect(stderr).toContain('https://purplebooksearch.fda.gov/');
    expect(savedAnswers(saved).drugOfInterest?.label).toMatchObject({ query: 'examplumab', labels: [] });
  });

  it('speaks Spanish with --lang es', async () => {
    const { fetch } = openFda(status(429));
    const { code, stderr } = await cli(['--answers', answersFile('s.json', 'gefitinib'), '--lookup', 'label', '--json', '--lang', 'es'], fetch);
    expect(code).toBe(EXIT_LOOKUP_FAILED);
    expect(stderr).toContain(es.failures['rate-limited']('gefitinib'));
  });

  it('sends nothing without a drug name, and says what to do; exit 3', async () => {
    const { fetch, asked } = openFda();
    const { code, stderr } = await cli(['--answers', answersFile('x.json', undefined), '--lookup', 'label', '--json'], fetch);
    expect(code).toBe(EXIT_LOOKUP_FAILED);
    expect(asked).toEqual([]);
    expect(stderr).toContain(en.typeNameFirst);
  });

  it('refuses a lookup it does not know, exit 2, nothing sent', async () => {
    const { fetch, asked } = openFda();
    const { code } = await cli(['--answers', answersFile('y.json', 'gefitinib'), '--lookup', 'labels', '--json'], fetch);
    expect(code).toBe(EXIT_UNUSABLE);
    expect(asked).toEqual([]);
  });
});

describe('as a process, with the platform’s global fetch replaced before it runs', () => {
  it('looks up with the global fetch and saves the answers', () => {
    const stub = path.join(dir, 'stub-fetch.mjs');
    writeFileSync(
      stub,
      `import { readFileSync } from 'node:fs';
const body = readFileSync(${JSON.stringify(new URL('label_gefitinib_20261007.json', FIXTURES).pathname)}, 'utf8');
globalThis.fetch = async (url) => { if (!String(url).startsWith('https://api.fda.gov/')) throw new TypeError('blocked'); return new Response(body, { status: 200 }); };
`,
    );
    const saved = path.join(dir, 'process-saved.json');
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const result = spawnSync(tsx, ['--import', stub, 'src/cli/checklist.ts', '--answers', answersFile('p.json', 'gefitinib'), '--lookup', 'label', '--save-answers', saved], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toContain(en.foundHeading('gefitinib', 4));
    expect(result.status).toBe(EXIT_OK);
    expect(savedAnswers(saved).drugOfInterest?.label?.labels).toHaveLength(4);
  }, 90_000);
});
