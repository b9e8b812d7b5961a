import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { evaluationSchema, PATHWAY_IDS, type Evaluation } from '../../../src/domain/evaluation.schema';
import { evaluate } from '../../../src/rules/evaluate-en';
import jsonSchema from '../../../public/answers.schema.json';
import { validAnswers } from '../domain/answers-arbitrary';
import { largestAnswersArbitrary } from '../domain/largest-answers';
import { LIMITS } from '../../../src/domain/answers-constants';
import { cardOffers } from './copay-card-check';

type JsonSchemaNode = { properties?: Record<string, JsonSchemaNode> };

/** True when a dotted path names a property in the answers JSON Schema. */
function existsInSchema(path: string): boolean {
  let node: JsonSchemaNode | undefined = jsonSchema as JsonSchemaNode;
  for (const key of path.split('.')) {
    node = node?.properties?.[key];
    if (!node) return false;
  }
  return true;
}

const FIT_RANK = { strong: 0, possible: 1, unlikely: 2 } as const;

/** Answers the contract accepts: mostly any, and one in fifty the largest there can be. */
const anyValidAnswers = fc.oneof({ weight: 49, arbitrary: validAnswers }, { weight: 1, arbitrary: largestAnswersArbitrary });

/** Freezes an object and everything in it: a change then throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * What is wrong with one evaluation, in words; empty when nothing is. Plain checks rather than
 * expect(): ten thousand runs of a dozen expect() calls each would cost most of a minute.
 */
function violations(answers: Answers, evaluation: Evaluation): string[] {
  const wrong: string[] = [];
  const ids = evaluation.pathways.map((p) => p.id);
  if ([...ids].sort().join() !== [...PATHWAY_IDS].sort().join()) wrong.push(`pathways ${ids.join()} are not the five`);
  for (let i = 1; i < evaluation.pathways.length; i += 1) {
    const [a, b] = [evaluation.pathways[i - 1]!, evaluation.pathways[i]!];
    if (FIT_RANK[a.fit] > FIT_RANK[b.fit]) wrong.push(`${a.id} (${a.fit}) before ${b.id} (${b.fit})`);
    if (a.fit === b.fit && PATHWAY_IDS.indexOf(a.id) > PATHWAY_IDS.indexOf(b.id)) wrong.push(`${a.id} before ${b.id} at the same fit`);
  }
  for (const pathway of evaluation.pathways) {
    if (pathway.reasons.length === 0) wrong.push(`${pathway.id} has no reason`);
    for (const reason of pathway.reasons) {
      if (reason.text.trim() === '') wrong.push(`${pathway.id} has an empty reason`);
      if (reason.basedOn.length === 0) wrong.push(`${pathway.id}: "${reason.text}" rests on no answer`);
    }
  }
  if (!/care team/.test(evaluation.firstSteps.find((step) => step.id === 'care-team-decides')?.text ?? '')) {
    wrong.push('no reminder to decide with the care team');
  }
  const offers = cardOffers(evaluation);
  const coverage = answers.insurance?.coverage;
  if (coverage !== 'private' && coverage !== 'marketplace' && offers.length > 0) wrong.push(`a co-pay card offered to ${coverage ?? 'no coverage'}`);
  if ((coverage === 'private' || coverage === 'marketplace') && offers.length === 0) wrong.push(`nothing said about co-pay cards for ${coverage}`);
  return wrong;
}

// Issue 9, item 12: at least 10,000 random valid answer sets on every `npm test`, hostile texts
// and the largest lists included. The full schema check and the second evaluation run on one set
// in ten; every set is frozen, so evaluate() cannot change it without throwing.
describe('evaluate() on 10,000 random valid answer sets', () => {
  it('never throws, never changes its input, keeps its invariants, and gives the same result twice', () => {
    let runs = 0;
    let largest = 0;
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        runs += 1;
        if ((answers.biomarkers?.findings?.length ?? 0) === LIMITS.findings) largest += 1;
        const evaluation = evaluate(deepFreeze(answers));
        const wrong = violations(answers, evaluation);
        if (wrong.length > 0) expect(wrong).toEqual([]);
        if (runs % 10 === 0) {
          expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
          expect(evaluate(structuredClone(answers))).toEqual(evaluation);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBe(10_000);
    expect(largest, 'some of them the largest answers there can be').toBeGreaterThan(100);
    // A hang guard only: about 20 s on a quiet two-core machine, several times that on a busy one.
  }, 300_000);

  it('finds a broken invariant when there is one', () => {
    const evaluation = evaluate({ schemaVersion: 2, insurance: { coverage: 'medicare' } });
    const broken = { ...evaluation, pathways: [...evaluation.pathways].reverse().slice(1) };
    expect(violations({ schemaVersion: 2, insurance: { coverage: 'medicare' } }, broken).length).toBeGreaterThan(0);
  });
});

describe('evaluate() on any valid answers', () => {
  it('gives every pathway at least one reason, each based on answer paths that exist in the schema', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const evaluation = evaluate(answers);
        for (const pathway of evaluation.pathways) {
          expect(pathway.reasons.length).toBeGreaterThan(0);
          for (const reason of pathway.reasons) {
            expect(reason.text.trim()).not.toBe('');
            expect(reason.basedOn.length).toBeGreaterThan(0);
            for (const path of reason.basedOn) expect(existsInSchema(path), path).toBe(true);
          }
        }
        for (const path of [...evaluation.missing, ...evaluation.firstSteps.flatMap((s) => s.basedOn)]) {
          expect(existsInSchema(path), path).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never offers a co-pay card to Medicare, Medicare Advantage, Medicaid or military/VA coverage', () => {
    const federal = fc.constantFrom('medicare', 'medicare-advantage', 'medicaid', 'military-va' as const);
    fc.assert(
      fc.property(validAnswers, federal, (answers, coverage) => {
        const evaluation = evaluate({ ...answers, insurance: { ...answers.insurance, coverage } });
        expect(cardOffers(evaluation)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
