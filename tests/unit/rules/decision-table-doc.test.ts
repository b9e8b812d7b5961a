import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCondition, renderDecisionTable } from '../../../scripts/decision-table';
import { ADVICE_RULES, FIRST_STEP_RULES, PATHWAY_RULES } from '../../../src/rules/pathways.rules';
import { en } from '../../../templates/en/bundle';

const DOC = new URL('../../../docs/decision-table.md', import.meta.url);

describe('docs/decision-table.md', () => {
  it('is what `npm run docs:rules` makes from the current rule table', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(renderDecisionTable(en));
  });

  it('lists every rule row and every first step by id', () => {
    const doc = renderDecisionTable(en);
    for (const rule of [...PATHWAY_RULES, ...FIRST_STEP_RULES]) expect(doc).toContain(`| ${rule.id} |`);
    const rows = doc.split('\n').filter((line) => /^\| (step|question|contact) \|/.test(line));
    expect(rows).toHaveLength(ADVICE_RULES.length);
  });

  it('reads conditions as plain sentences', () => {
    expect(describeCondition({})).toBe('always');
    expect(describeCondition({ 'insurance.coverage': ['medicare', 'medicare-advantage'], 'trials.status': { not: ['in-a-trial'] } })).toBe(
      '`insurance.coverage` is `medicare` or `medicare-advantage` and `trials.status` is not `in-a-trial`',
    );
  });
});
