/**
 * The shared example scenarios (copied into tests/fixtures/scenarios), checked through evaluate()
 * and through the command line, with the same checks as ../shared/tools/check-scenarios.py.
 * Their PDF expectations (`pdf.mentions`, `pdf.firstPageMentions`) are checked where the PDF is
 * built and read back: tests/unit/pdf/scenarios-pdf.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/checklist';
import { PATHWAY_IDS, type Evaluation } from '../../../src/domain/evaluation.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { evaluate } from '../../../src/rules/evaluate-en';
import { cardOffers } from './copay-card-check';

type Scenario = {
  name: string;
  answers: unknown;
  expect: {
    fit?: Record<string, string[]>;
    firstSteps?: string[];
    refused?: string[];
    allPathwaysPresent?: boolean;
    missingNotEmpty?: boolean;
    stepsMention?: Record<string, string[]>;
    noCopayCardOffer?: boolean;
    /** Version 2 keys (see tests/fixtures/scenarios/README.md). */
    mentions?: Record<string, string[]>;
    notMentions?: Record<string, string[]>;
    contactsExclude?: string[];
    reasonBasedOn?: Record<string, string[]>;
    deadlines?: string[];
    topQuestions?: [number, number];
  };
};

/** Every string inside a value (the evaluation or one pathway of it). */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

const folder = new URL('../../fixtures/scenarios/', import.meta.url);
const scenarios: [string, Scenario][] = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as Scenario]);

/** Every expectation a scenario states, as check-scenarios.py reads them. */
function failures(evaluation: Evaluation, exp: Scenario['expect']): string[] {
  const fails: string[] = [];
  const byId = new Map(evaluation.pathways.map((p) => [p.id, p]));
  if ([...byId.keys()].sort().join() !== [...PATHWAY_IDS].sort().join()) fails.push('not all five pathways');
  for (const p of evaluation.pathways) {
    if (p.reasons.length === 0 || p.reasons.some((r) => !r.text || r.basedOn.length === 0)) fails.push(`${p.id}: a reason without text or basedOn`);
  }
  for (const [id, allowed] of Object.entries(exp.fit ?? {})) {
    const got = byId.get(id as Evaluation['pathways'][number]['id'])?.fit;
    if (!got || !allowed.includes(got)) fails.push(`${id}: fit ${got}, expected one of ${allowed.join(', ')}`);
  }
  const have = new Set(evaluation.firstSteps.map((s) => s.id));
  for (const id of exp.firstSteps ?? []) if (!have.has(id)) fails.push(`first step ${id} missing`);
  if (exp.missingNotEmpty && evaluation.missing.length === 0) fails.push('missing is empty');
  for (const [id, words] of Object.entries(exp.stepsMention ?? {})) {
    const text = (byId.get(id as Evaluation['pathways'][number]['id'])?.steps ?? []).join(' ').toLowerCase();
    for (const w of words) if (!text.includes(w)) fails.push(`${id}: steps never mention ${w}`);
  }
  if (exp.noCopayCardOffer && cardOffers(evaluation).length > 0) fails.push('offers a co-pay card');
  const textOf = (id: string) => allStrings(id === 'any' ? evaluation : byId.get(id as Evaluation['pathways'][number]['id'])).join('\n');
  for (const [id, patterns] of Object.entries(exp.mentions ?? {})) {
    for (const p of patterns) if (!new RegExp(p, 'i').test(textOf(id))) fails.push(`${id}: never mentions /${p}/`);
  }
  for (const [id, patterns] of Object.entries(exp.notMentions ?? {})) {
    for (const p of patterns) if (new RegExp(p, 'i').test(textOf(id))) fails.push(`${id}: mentions /${p}/`);
  }
  const contactNames = evaluation.pathways.flatMap((p) => p.contacts.map((c) => c.name));
  for (const p of exp.contactsExclude ?? []) {
    if (contactNames.some((name) => new RegExp(p, 'i').test(name))) fails.push(`a contact matches /${p}/`);
  }
  for (const [id, paths] of Object.entries(exp.reasonBasedOn ?? {})) {
    const named = new Set((byId.get(id as Evaluation['pathways'][number]['id'])?.reasons ?? []).flatMap((r) => r.basedOn));
    for (const path of paths) if (!named.has(path)) fails.push(`${id}: no reason based on ${path}`);
  }
  const dates = new Set(evaluation.deadlines.map((d) => d.date));
  for (const date of exp.deadlines ?? []) if (!dates.has(date)) fails.push(`deadline ${date} missing`);
  if (exp.topQuestions) {
    const [min, max] = exp.topQuestions;
    const n = evaluation.topQuestions.length;
    if (n < min || n > max) fails.push(`${n} top questions, expected ${min} to ${max}`);
  }
  return fails;
}

describe('shared scenarios', () => {
  it('are all here', () => {
    expect(scenarios.map(([f]) => f)).toEqual([
      'already-in-trial.json',
      'barely-started.json',
      'desmoid-investigational.json',
      'medicare-offlabel-denied.json',
      'refused-bad-enum.json',
      'uninsured-on-label.json',
      'untested-pancreatic.json',
      'v2-medicare-advantage-free-drug.json',
      'v2-osimertinib-label.json',
      'v2-private-denial-deadline.json',
      'v2-saved-trial.json',
    ]);
  });

  describe.each(scenarios)('%s', (_file, scenario) => {
    it('holds through parseAnswers() and evaluate()', () => {
      const parsed = parseAnswers(scenario.answers);
      if (scenario.expect.refused) {
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining(scenario.expect.refused));
        return;
      }
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const evaluation = evaluate(parsed.answers);
      expect(failures(evaluation, scenario.expect)).toEqual([]);
      // Federal coverage never gets a co-pay card offer, whether or not the scenario asks.
      if (['medicare', 'medicare-advantage', 'medicaid', 'military-va'].includes(parsed.answers.insurance?.coverage ?? '')) {
        expect(cardOffers(evaluation)).toEqual([]);
      }
    });

    it('holds through the command line', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
      const path = join(dir, 'answers.json');
      writeFileSync(path, JSON.stringify(scenario.answers));
      const out: string[] = [];
      const err: string[] = [];
      const code = await run(['--answers', path, '--json'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readFile: (p) => readFile(p, 'utf8') });
      if (scenario.expect.refused) {
        expect(code).toBe(2);
        for (const field of scenario.expect.refused) expect(err.join('')).toContain(field);
        return;
      }
      expect(code).toBe(0);
      expect(failures(JSON.parse(out.join('')) as Evaluation, scenario.expect)).toEqual([]);
    });
  });

  it('fails the checks when an expectation does not hold (the checker can fail)', () => {
    const evaluation = evaluate({ schemaVersion: 2 });
    expect(failures(evaluation, { fit: { 'off-label': ['strong'] }, firstSteps: ['second-opinion'] })).toEqual([
      'off-label: fit possible, expected one of strong',
      'first step second-opinion missing',
    ]);
    expect(
      failures(evaluation, {
        mentions: { any: ['no such words'] },
        notMentions: { 'off-label': ['off-label'] },
        contactsExclude: ['NCI'],
        reasonBasedOn: { 'off-label': ['insurance.deniedOn'] },
        deadlines: ['2026-01-01'],
        topQuestions: [9, 9],
      }),
    ).toEqual([
      'any: never mentions /no such words/',
      'off-label: mentions /off-label/',
      'a contact matches /NCI/',
      'off-label: no reason based on insurance.deniedOn',
      'deadline 2026-01-01 missing',
      `${evaluation.topQuestions.length} top questions, expected 9 to 9`,
    ]);
  });
});
