import { describe, expect, it } from 'vitest';
import { PATHWAY_IDS } from '../../../src/domain/evaluation.schema';
import { conditionPaths, facetsOf, matches, NOT_ANSWERED, type FacetPath, type Facets } from '../../../src/rules/answer-facets';
import { POVERTY_BANDS } from '../../../src/rules/poverty-guidelines';
import { FIRST_STEP_RULES, MISSING_RULES, PATHWAY_RULES, type PathwayRule } from '../../../src/rules/pathways.rules';
import { APPROVALS, COST_CONCERNS, COVERAGES, GIVEN_HOW, SECONDARY_COVERAGES, SETTINGS, STAGES, TESTING, TRAVEL, TRIAL_STATUSES, YES_NO_UNSURE } from '../../../src/domain/answers-constants';

/** Every value each facet can take, including "not answered". */
const DOMAIN: Record<FacetPath, readonly string[]> = {
  'diagnosis.cancerType': ['blood-cancer', 'solid-tumor', 'other', NOT_ANSWERED],
  'diagnosis.stage': [...STAGES, NOT_ANSWERED],
  'biomarkers.testing': [...TESTING, NOT_ANSWERED],
  'biomarkers.germlineTesting': [...TESTING, NOT_ANSWERED],
  'diagnosis.inheritedTestingMatters': ['yes', 'no', NOT_ANSWERED],
  'drugOfInterest.label': ['names-my-cancer', 'other-uses-only', 'none-found', 'cannot-tell', 'not-looked-up'],
  'biomarkers.findings': ['listed', 'none-listed', NOT_ANSWERED],
  'treatments.tried': ['listed', 'none-listed', NOT_ANSWERED],
  'treatments.standardOptionsLeft': [...YES_NO_UNSURE, NOT_ANSWERED],
  'drugOfInterest.name': ['given', NOT_ANSWERED],
  'drugOfInterest.approval': [...APPROVALS, NOT_ANSWERED],
  'insurance.coverage': [...COVERAGES, NOT_ANSWERED],
  'insurance.deniedBefore': ['yes', 'no', NOT_ANSWERED],
  'insurance.costConcern': [...COST_CONCERNS, NOT_ANSWERED],
  'insurance.householdSize': ['given', NOT_ANSWERED],
  'insurance.yearlyIncome': [...POVERTY_BANDS, 'given', NOT_ANSWERED],
  'trials.status': [...TRIAL_STATUSES, NOT_ANSWERED],
  'trials.travel': [...TRAVEL, NOT_ANSWERED],
  'trials.zip': ['given', NOT_ANSWERED],
  'careTeam.oncologistOpenToHelp': [...YES_NO_UNSURE, NOT_ANSWERED],
  'careTeam.setting': [...SETTINGS, NOT_ANSWERED],
  residenceState: ['given', NOT_ANSWERED],
  age: ['under-18', '18-or-over', NOT_ANSWERED],
  'drugOfInterest.givenHow': [...GIVEN_HOW, NOT_ANSWERED],
  'insurance.secondary': [...SECONDARY_COVERAGES, NOT_ANSWERED],
  'insurance.deniedOn': ['given', NOT_ANSWERED],
  'drugOfInterest.expandedAccess': ['available', 'listed-not-available', 'none-listed', NOT_ANSWERED],
  'trials.saved': ['recruiting-in-range', 'recruiting-elsewhere', 'none-recruiting', NOT_ANSWERED],
  'trials.savedClosed': ['some', 'none'],
  'trials.savedNotLookedUp': ['some', 'none'],
};

function* combinations(paths: FacetPath[]): Generator<Partial<Facets>> {
  if (paths.length === 0) {
    yield {};
    return;
  }
  const [first, ...rest] = paths as [FacetPath, ...FacetPath[]];
  for (const tail of combinations(rest)) {
    for (const value of DOMAIN[first]) yield { ...tail, [first]: value };
  }
}

const blank = facetsOf({ schemaVersion: 2 });

describe('the decision table is total and consistent', () => {
  it.each(PATHWAY_IDS)('%s: some fit row matches every combination of the answers it reads', (id) => {
    const fitRows: readonly PathwayRule[] = PATHWAY_RULES.filter((r) => r.pathway === id && r.fit !== 'note');
    const read = [...new Set(fitRows.flatMap((r) => conditionPaths(r.when)))];
    let checked = 0;
    for (const combo of combinations(read)) {
      const facets = { ...blank, ...combo };
      const match = fitRows.find((r) => matches(r.when, facets));
      expect(match, JSON.stringify(combo)).toBeDefined();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1);
  });

  it('only ever tests values a facet can take', () => {
    const conditions = [...PATHWAY_RULES.map((r) => r.when), ...FIRST_STEP_RULES.map((r) => r.when), ...MISSING_RULES.map((r) => r.when)];
    for (const condition of conditions) {
      for (const path of conditionPaths(condition)) {
        const test = (condition as Record<string, readonly string[] | { not: readonly string[] }>)[path]!;
        const values = Array.isArray(test) ? test : (test as { not: readonly string[] }).not;
        for (const v of values) expect(DOMAIN[path], `${path}: ${v}`).toContain(v);
      }
    }
  });

  it('never rates Right to Try above possible', () => {
    const rtt = PATHWAY_RULES.filter((r) => r.pathway === 'right-to-try');
    expect(rtt.map((r) => r.fit)).not.toContain('strong');
  });

  it('names the answers behind every reason', () => {
    for (const rule of PATHWAY_RULES as readonly PathwayRule[]) {
      expect((rule.basedOn ?? conditionPaths(rule.when)).length, rule.id).toBeGreaterThan(0);
      if (rule.source !== undefined) expect(rule.source, rule.id).toMatch(/^https:\/\//);
    }
  });
});
