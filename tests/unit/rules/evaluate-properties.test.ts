import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationSchema, PATHWAY_IDS } from '../../../src/domain/evaluation.schema';
import { evaluate } from '../../../src/rules/evaluate-en';
import jsonSchema from '../../../public/answers.schema.json';
import { validAnswers } from '../domain/answers-arbitrary';
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

describe('evaluate() on any valid answers', () => {
  it('is valid against the evaluation schema, with all five pathways, strongest first', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const evaluation = evaluate(answers);
        expect(evaluationSchema.safeParse(evaluation).success).toBe(true);
        expect([...evaluation.pathways.map((p) => p.id)].sort()).toEqual([...PATHWAY_IDS].sort());
        const ranks = evaluation.pathways.map((p) => FIT_RANK[p.fit]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (let i = 1; i < evaluation.pathways.length; i += 1) {
          const [a, b] = [evaluation.pathways[i - 1]!, evaluation.pathways[i]!];
          if (a.fit === b.fit) expect(PATHWAY_IDS.indexOf(a.id)).toBeLessThan(PATHWAY_IDS.indexOf(b.id));
        }
      }),
      { numRuns: 300 },
    );
  });

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

  it('never throws, and gives the same result twice', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(evaluate(answers)).toEqual(evaluate(structuredClone(answers)));
      }),
      { numRuns: 200 },
    );
  });

  it('always reminds the person to decide with the care team', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const step = evaluate(answers).firstSteps.find((s) => s.id === 'care-team-decides');
        expect(step?.text).toMatch(/care team/);
      }),
      { numRuns: 100 },
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

  it('mentions co-pay cards only for private and marketplace plans, or to say they cannot be used', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const coverage = answers.insurance?.coverage;
        const offers = cardOffers(evaluate(answers));
        if (coverage !== 'private' && coverage !== 'marketplace') expect(offers).toEqual([]);
        else expect(offers.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('does not change the answers it was given', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const before = structuredClone(answers);
        evaluate(answers);
        expect(answers).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
