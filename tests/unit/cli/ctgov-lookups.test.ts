import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { answersSchema } from '../../../src/domain/answers.schema';
import { lookUpOnClinicalTrialsGov } from '../../../src/cli/ctgov-lookups';
import { ctgovFixtureText } from '../lookups/ctgov-fixtures';

const today = '2026-11-30';
const answers: Answers = {
  schemaVersion: 2,
  residenceState: 'OH',
  diagnosis: { cancerType: 'pancreatic', stage: 'metastatic' },
  drugOfInterest: { name: 'examplinib', approval: 'not-approved' },
  trials: { status: 'looking', travel: 'near-home', zip: '43215' },
};

function recordings(fail?: { ea?: number | 'network'; trials?: number | 'network' }) {
  return ((input: string | URL) => {
    const url = new URL(input.toString());
    const isEa = url.searchParams.has('filter.advanced');
    const how = isEa ? fail?.ea : fail?.trials;
    if (how === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof how === 'number') return Promise.resolve(new Response('', { status: how }));
    const file = isEa ? 'hand-made/search_expanded_access_examplinib_handmade.json' : 'hand-made/search_recruiting_sites_handmade.json';
    return Promise.resolve(new Response(ctgovFixtureText(file)));
  }) as typeof fetch;
}

async function run(fail?: Parameters<typeof recordings>[0], lang: 'en' | 'es' = 'en', given: Answers = answers) {
  const err: string[] = [];
  const result = await lookUpOnClinicalTrialsGov({
    answers: given,
    kinds: ['expanded-access', 'trials'],
    deps: { fetch: recordings(fail), today },
    lang,
    stderr: (t) => err.push(t),
  });
  return { ...result, stderr: err.join('') };
}

describe('--lookup expanded-access,trials', () => {
  it('saves the records and the nearest recruiting trials, and says so on stderr', async () => {
    const { answers: saved, failed, stderr } = await run();
    expect(failed).toBe(false);
    expect(saved.drugOfInterest?.expandedAccess?.records).toHaveLength(4);
    expect(saved.trials?.saved?.map((t) => t.nctId)).toEqual(['NCT99999904', 'NCT99999901', 'NCT99999903']);
    expect(answersSchema.safeParse(saved).success).toBe(true);
    expect(stderr).toContain('Saved 4 expanded access records for examplinib from ClinicalTrials.gov.');
    expect(stderr).toContain('Saved the nearest 3 recruiting trials from ClinicalTrials.gov (4 matched the search).');
  });

  it('a failure is said with the same search on the website, and the other lookup goes on', async () => {
    const { answers: saved, failed, stderr } = await run({ trials: 'network' });
    expect(failed).toBe(true);
    expect(saved.drugOfInterest?.expandedAccess?.records).toHaveLength(4);
    expect(saved.trials?.saved).toBeUndefined();
    expect(stderr).toContain('Trials: ClinicalTrials.gov could not be reached. Here is the same search on its website.');
    expect(stderr).toContain('The same search on the ClinicalTrials.gov website: https://clinicaltrials.gov/search?cond=Pancreatic+Cancer');
  });

  it.each([
    [429, 'too many lookups just now'],
    [500, 'has a problem right now'],
  ])('HTTP %i is said in words', async (status, words) => {
    const { failed, stderr } = await run({ ea: status });
    expect(failed).toBe(true);
    expect(stderr.toLowerCase()).toContain(words);
  });

  it('speaks Spanish with --lang es', async () => {
    const { stderr } = await run({ ea: 'network' }, 'es');
    expect(stderr).toContain('No se pudo llegar a ClinicalTrials.gov');
    expect(stderr).toContain('Programas de acceso ampliado');
  });

  it('nothing to look up is said, and counts as a failure', async () => {
    const { failed, stderr, answers: same } = await run(undefined, 'en', { schemaVersion: 2 });
    expect(failed).toBe(true);
    expect(same).toEqual({ schemaVersion: 2 });
    expect(stderr).toContain('no drug name');
    expect(stderr).toContain('no cancer type');
  });
});
