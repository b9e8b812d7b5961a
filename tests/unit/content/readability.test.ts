import { describe, expect, it } from 'vitest';
import { budgetProblems, READABILITY_BUDGET, scoreBundle } from '../../../src/content/readability';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { templateOwners } from '../../../scripts/template-owners';

// The same scoring as `npm run readability`, so the budget is part of `npm test`.
// When this fails, run `npm run --silent readability -- --all` to see the hardest sentences.
describe('readability budget (issue 6)', async () => {
  const english = scoreBundle(en, 'en', { owners: await templateOwners('en') });
  const spanish = scoreBundle(es, 'es', { owners: await templateOwners('es') });

  it('scores real English text, not an empty bundle', () => {
    expect(english.overall.stats.words).toBeGreaterThan(100);
  });

  it(`keeps English at most grade ${READABILITY_BUDGET.enOverallMaxGrade} overall and ${READABILITY_BUDGET.enTemplateMaxGrade} per template`, () => {
    expect(budgetProblems(english)).toEqual([]);
  });

  it('scores each template file on its own', () => {
    expect(english.templates.map((t) => t.template)).toContain('ui');
  });

  it(`keeps Spanish at least ${READABILITY_BUDGET.esOverallMinEase} Fernández-Huerta overall`, () => {
    expect(budgetProblems(spanish)).toEqual([]);
  });
});
