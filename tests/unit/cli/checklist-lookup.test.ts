import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_LOOKUP_FAILED, EXIT_OK, EXIT_UNUSABLE, run, type CliIo } from '../../../src/cli/checklist';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { evaluationSchema } from '../../../src/domain/evaluation.schema';
import { ctgovFixtureText } from '../lookups/ctgov-fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'checklist-lookup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answersFile = path.join(dir, 'answers.json');
writeFileSync(
  answersFile,
  JSON.stringify({
    schemaVersion: 2,
    residenceState: 'OH',
    age: 61,
    diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
    drugOfInterest: { name: 'examplinib', approval: 'not-approved' },
    insurance: { coverage: 'medicare' },
    trials: { status: 'looking', travel: 'near-home', zip: '43215' },
  }),
);

/** ClinicalTrials.gov answered from recordings (hand-made ones: no real record has site contacts). */
function registry(failTrials = false) {
  const asked: string[] = [];
  const fetch = ((input: string | URL) => {
    const url = new URL(input.toString());
    asked.push(url.toString());
    const isEa = url.searchParams.has('filter.advanced');
    if (!isEa && failTrials) return Promise.reject(new TypeError('Failed to fetch'));
    const file = isEa ? 'hand-made/search_expanded_access_examplinib_handmade.json' : 'hand-made/search_recruiting_sites_handmade.json';
    return Promise.resolve(new Response(ctgovFixtureText(file)));
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

describe('checklist --lookup expanded-access,trials --save-answers', () => {
  it('saves the records and the nearest recruiting trials into a valid answers file, and the evaluation uses them', async () => {
    const saved = path.join(dir, 'saved.json');
    const { fetch, asked } = registry();
    const { code, stdout, stderr } = await cli(['--answers', answersFile, '--lookup', 'expanded-access,trials', '--save-answers', saved, '--json'], fetch);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toContain('Saved the nearest 3 recruiting trials');
    const written = parseAnswers(JSON.parse(readFileSync(saved, 'utf8')));
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.answers.drugOfInterest?.expandedAccess?.records[0]?.status).toBe('AVAILABLE');
    expect(written.answers.trials?.saved?.map((t) => t.nctId)).toEqual(['NCT99999904', 'NCT99999901', 'NCT99999903']);
    const evaluation = evaluationSchema.parse(JSON.parse(stdout));
    const ct = evaluation.pathways.find((p) => p.id === 'clinical-trials')!;
    expect(ct.fit).toBe('strong');
    expect(ct.reasons.some((r) => r.basedOn.includes('trials.saved') && r.text.includes('NCT99999904'))).toBe(true);
    const ea = evaluation.pathways.find((p) => p.id === 'expanded-access')!;
    expect(ea.reasons.some((r) => r.text.includes('NCT99999911'))).toBe(true);
    // Only ClinicalTrials.gov was asked, never with the ZIP code or the age.
    expect(asked.every((u) => u.startsWith('https://clinicaltrials.gov/api/v2/studies?'))).toBe(true);
    for (const u of asked) {
      const values = [...new URL(u).searchParams.values()].join(' ');
      expect(values).not.toContain('43215');
      expect(values).not.toMatch(/\b61\b/);
      expect(values.toLowerCase()).not.toContain('medicare');
    }
  });

  it('a failed lookup is said on stderr, exits 3, and the rest still happens', async () => {
    const saved = path.join(dir, 'saved-partly.json');
    const { fetch } = registry(true);
    const { code, stdout, stderr } = await cli(['--answers', answersFile, '--lookup', 'expanded-access,trials', '--save-answers', saved, '--json'], fetch);
    expect(code).toBe(EXIT_LOOKUP_FAILED);
    expect(stderr).toContain('ClinicalTrials.gov could not be reached');
    expect(stderr).toContain('https://clinicaltrials.gov/search?');
    expect(JSON.parse(stdout)).toHaveProperty('pathways');
    const written = JSON.parse(readFileSync(saved, 'utf8')) as { drugOfInterest?: { expandedAccess?: unknown }; trials?: { saved?: unknown } };
    expect(written.drugOfInterest?.expandedAccess).toBeDefined();
    expect(written.trials?.saved).toBeUndefined();
  });

  it('refuses a lookup it does not know, before anything is sent', async () => {
    const { fetch, asked } = registry();
    const { code, stderr } = await cli(['--answers', answersFile, '--lookup', 'expanded-access,nonsense', '--json'], fetch);
    expect(code).toBe(EXIT_UNUSABLE);
    expect(stderr).toContain('nonsense');
    expect(asked).toEqual([]);
  });

  it('sends nothing without --lookup', async () => {
    const { fetch, asked } = registry();
    const { code } = await cli(['--answers', answersFile, '--json'], fetch);
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([]);
  });
});
