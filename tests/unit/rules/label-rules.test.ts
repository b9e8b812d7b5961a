/**
 * Rules that read a saved FDA label lookup (drugOfInterest.label) and inherited testing
 * (issue 10, item 5): one test per row, in English and Spanish. The TAGRISSO label is the
 * recording in tests/fixtures/openfda/; the other label texts are made by hand and say so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers, LabelLookup } from '../../../src/domain/answers.schema';
import type { PathwayId } from '../../../src/domain/evaluation.schema';
import { evaluate, evaluateWithTrace, type EvaluationContent } from '../../../src/rules/evaluate';
import { facetsOf } from '../../../src/rules/answer-facets';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

const tagrissoText = (JSON.parse(readFileSync(new URL('../../fixtures/openfda/label_osimertinib_fulltext_20261007.json', import.meta.url), 'utf8')) as {
  results: { indications_and_usage?: string[] }[];
}).results[2]!.indications_and_usage![0]!;

const lookup = (indications: string[], query = 'osimertinib'): LabelLookup => ({
  retrievedOn: '2026-11-27',
  query,
  labels: indications.map((text, i) => ({ setId: `set-${i}`, brandNames: [], genericNames: [], applicationNumbers: [], indications: text })),
});

/** A person with lung cancer (NSCLC) asking about a drug; the approval answer and lookup vary. */
function person(approval: NonNullable<Answers['drugOfInterest']>['approval'] | undefined, label?: LabelLookup, cancerType = 'lung-nsclc'): Answers {
  return {
    schemaVersion: 2,
    diagnosis: { cancerType: cancerType as 'lung-nsclc', stage: 'metastatic' },
    biomarkers: { testing: 'done', findings: ['EGFR exon 19 deletion'] },
    drugOfInterest: { name: 'osimertinib', ...(approval ? { approval } : {}), ...(label ? { label } : {}) },
    insurance: { coverage: 'private', costConcern: 'some' },
    trials: { status: 'not-interested' },
  };
}

const road = (answers: Answers, id: PathwayId, words: EvaluationContent = en) => evaluate(answers, words).pathways.find((p) => p.id === id)!;
const rulesOf = (answers: Answers, id: PathwayId) => evaluateWithTrace(answers, en).trace[id];

describe('the label facet', () => {
  it('reads the saved lookup against the cancer', () => {
    expect(facetsOf(person('unsure', lookup([tagrissoText])))['drugOfInterest.label']).toBe('names-my-cancer');
    expect(facetsOf(person('unsure', lookup([tagrissoText]), 'pancreatic'))['drugOfInterest.label']).toBe('other-uses-only');
    expect(facetsOf(person('unsure', lookup([])))['drugOfInterest.label']).toBe('none-found');
    expect(facetsOf(person('unsure'))['drugOfInterest.label']).toBe('not-looked-up');
  });
});

describe('OL-LB1: the label names the cancer, the person said "approved for another use"', () => {
  const answers = person('approved-for-other-use', lookup([tagrissoText]));

  it('is not strong; the reason quotes the sentence, names its conditions, says to ask, and names the lookup and its day', () => {
    const offLabel = road(answers, 'off-label');
    expect(offLabel.fit).toBe('possible');
    expect(rulesOf(answers, 'off-label').fitRule).toBe('OL-LB1');
    const reason = offLabel.reasons[0]!;
    expect(reason.basedOn).toContain('drugOfInterest.label');
    expect(reason.text).toContain('on 2026-11-27');
    expect(reason.text).toContain('“adjuvant therapy after tumor resection in adult patients with non-small cell lung cancer (NSCLC)');
    expect(reason.text).toMatch(/It asks for a biomarker \(EGFR, [^)]*\) and use after surgery \(adjuvant\)\./);
    expect(reason.text).toMatch(/Ask your oncologist whether you fit this use\. If you do, using it would be on-label/);
  });

  it('in Spanish, says the label is in English and explains the conditions in Spanish', () => {
    const reason = road(answers, 'off-label', es).reasons[0]!;
    expect(reason.text).toContain('La etiqueta está en inglés');
    expect(reason.text).toContain('un biomarcador (EGFR');
    expect(reason.text).toContain('usarlo después de la cirugía (adyuvante)');
  });

  it('the same with approval "not sure" (the v2-osimertinib-label scenario)', () => {
    const answersUnsure = person('unsure', lookup([tagrissoText]));
    expect(road(answersUnsure, 'off-label').fit).toBe('possible');
    expect(rulesOf(answersUnsure, 'off-label').fitRule).toBe('OL-LB1');
  });

  it('a germline condition in the sentence is named as inherited', () => {
    const made = 'LYNPARZA is indicated for the maintenance treatment of adult patients with deleterious or suspected deleterious gBRCAm metastatic pancreatic adenocarcinoma whose disease has not progressed on at least 16 weeks of a first-line platinum-based chemotherapy regimen.';
    const reason = road(person('approved-for-other-use', lookup([made], 'olaparib'), 'pancreatic'), 'off-label').reasons[0]!;
    expect(reason.text).toContain('an inherited (germline) gene change');
    expect(reason.text).toContain('maintenance');
  });
});

describe('OL-LB2: the label exists and does not name the cancer', () => {
  it('supports off-label, even when the person was not sure; the reason says so and when it was looked up', () => {
    for (const approval of ['unsure', undefined, 'approved-for-other-use'] as const) {
      const answers = person(approval, lookup([tagrissoText]), 'pancreatic');
      const offLabel = road(answers, 'off-label');
      expect(offLabel.fit, String(approval)).toBe('strong');
      const reason = offLabel.reasons.find((r) => r.text.includes('lists other uses, not your cancer'))!;
      expect(reason.basedOn).toContain('drugOfInterest.label');
      expect(reason.text).toContain('on 2026-11-27');
    }
  });
});

describe('no FDA label found', () => {
  const answers = person('unsure', lookup([], 'examplumab'));

  it('OL-LB3: off-label unlikely; the reason says no FDA label was found under that name, often not approved, or another spelling', () => {
    const offLabel = road(answers, 'off-label');
    expect(offLabel.fit).toBe('unlikely');
    expect(offLabel.reasons[0]!.text).toMatch(/No FDA label was found under the name examplumab when you looked on 2026-11-27\. This often means the drug is not FDA-approved in the US, or it has a different name or spelling/);
    expect(offLabel.reasons[0]!.basedOn).toEqual(['drugOfInterest.label']);
  });

  it('EA-LB2 and RT-LB2: expanded access and Right to Try stay open', () => {
    expect(road(answers, 'expanded-access').fit).toBe('possible');
    expect(rulesOf(answers, 'expanded-access').fitRule).toBe('EA-LB2');
    expect(road(answers, 'right-to-try').fit).toBe('possible');
    expect(rulesOf(answers, 'right-to-try').fitRule).toBe('RT-LB2');
  });
});

describe('a label found while the person was not sure: the drug is FDA-approved', () => {
  const answers = person('unsure', lookup([tagrissoText]));

  it('EA-LB1 and RT-LB1: expanded access and Right to Try unlikely, and no phase 1 question (the amivantamab case)', () => {
    expect(road(answers, 'expanded-access').fit).toBe('unlikely');
    expect(rulesOf(answers, 'expanded-access').fitRule).toBe('EA-LB1');
    const rtt = road(answers, 'right-to-try');
    expect(rtt.fit).toBe('unlikely');
    expect(rulesOf(answers, 'right-to-try').fitRule).toBe('RT-LB1');
    expect(rtt.questions.join(' ')).not.toMatch(/phase 1/);
    expect(rtt.reasons[0]!.basedOn).toEqual(['drugOfInterest.label']);
  });
});

describe('FS-8: inherited (germline) testing', () => {
  const base = (cancerType: string, germlineTesting?: 'done' | 'not-done' | 'unsure'): Answers => ({
    schemaVersion: 2,
    diagnosis: { cancerType: cancerType as 'pancreatic' },
    biomarkers: { testing: 'done', ...(germlineTesting ? { germlineTesting } : {}) },
  });
  const steps = (a: Answers) => evaluate(a, en).firstSteps;

  it.each(['pancreatic', 'ovarian', 'breast', 'prostate'])('%s, inherited testing not done or unknown: a first step about it', (type) => {
    for (const g of ['not-done', 'unsure', undefined] as const) {
      const step = steps(base(type, g)).find((s) => s.id === 'inherited-testing');
      expect(step, `${type} ${g}`).toBeDefined();
      expect(step!.text).toMatch(/inherited \(germline\) testing/);
      expect(step!.basedOn).toEqual(['diagnosis.cancerType', 'biomarkers.germlineTesting']);
    }
  });

  it('not when it was done, nor for a cancer where the sources do not say it changes treatment', () => {
    expect(steps(base('pancreatic', 'done')).map((s) => s.id)).not.toContain('inherited-testing');
    expect(steps(base('melanoma', 'not-done')).map((s) => s.id)).not.toContain('inherited-testing');
    expect(steps({ schemaVersion: 2 }).map((s) => s.id)).not.toContain('inherited-testing');
  });

  it('in Spanish too', () => {
    expect(evaluate(base('pancreatic', 'not-done'), es).firstSteps.find((s) => s.id === 'inherited-testing')!.text).toMatch(/prueba genética hereditaria/);
  });
});
