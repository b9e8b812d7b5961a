import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../../src/domain/answers.schema';
import {
  biomarkerFindingsStepSchema,
  biomarkersStepSchema,
  diagnosisStepSchema,
  drugOfInterestStepSchema,
  insuranceStepSchema,
} from '../../../src/domain/step-schemas';

/** The message keys of a failed parse, by dotted path. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const diagnosis = { cancerType: 'pancreatic', stage: 'metastatic' };

describe('version 2 questions: what each page accepts and refuses', () => {
  it('age: empty means not answered; a whole number 0 to 120; anything else names the field', () => {
    expect(diagnosisStepSchema.parse({ age: '', diagnosis }).age).toBeUndefined();
    expect(diagnosisStepSchema.parse({ age: ' 67 ', diagnosis }).age).toBe(67);
    expect(diagnosisStepSchema.parse({ age: '0', diagnosis }).age).toBe(0);
    for (const typed of ['121', '-3', '6.5', 'sixty', '1000']) {
      expect(problems(diagnosisStepSchema.safeParse({ age: typed, diagnosis })), typed).toEqual(['age: ageInvalid']);
    }
  });

  it('inherited findings: at most 20, each at most 100 characters', () => {
    const many = Array.from({ length: 21 }, (_, i) => `GENE${i}`).join('\n');
    expect(problems(biomarkersStepSchema.safeParse({ biomarkers: { testing: 'done', germlineTesting: 'done', germlineFindings: many } }))).toEqual([
      'biomarkers.germlineFindings: germlineFindingsTooMany',
    ]);
  });

  it('tumour findings: at most 50, as the contract says', () => {
    const many = Array.from({ length: 51 }, (_, i) => `F${i}`).join('\n');
    expect(problems(biomarkerFindingsStepSchema.safeParse({ biomarkers: { findings: many } }))).toEqual(['biomarkers.findings: findingsTooMany']);
  });

  it('the refusal date: a real day, YYYY-MM-DD; kept only with "yes"', () => {
    const base = { residenceState: 'OH', insurance: { coverage: 'private', deniedBefore: 'yes', costConcern: 'none' } };
    expect(problems(insuranceStepSchema.safeParse({ ...base, insurance: { ...base.insurance, deniedOn: '2026-02-30' } }))).toEqual([
      'insurance.deniedOn: deniedOnInvalid',
    ]);
    expect(insuranceStepSchema.parse({ ...base, insurance: { ...base.insurance, deniedOn: '2026-02-27' } }).insurance.deniedOn).toBe('2026-02-27');
    const no = insuranceStepSchema.parse({ ...base, insurance: { ...base.insurance, deniedBefore: 'no', deniedOn: '2026-02-27' } });
    expect(no.insurance.deniedOn).toBeUndefined();
  });

  it('a past refusal: "not sure" is accepted and leaves it unanswered (the contract keeps yes or no), with no date', () => {
    const base = { residenceState: 'OH', insurance: { coverage: 'private', costConcern: 'none', deniedOn: '2026-02-27' } };
    const unsure = insuranceStepSchema.parse({ ...base, insurance: { ...base.insurance, deniedBefore: 'unsure' } });
    expect(unsure.insurance.deniedBefore).toBeUndefined();
    expect(unsure.insurance.deniedOn).toBeUndefined();
    expect(insuranceStepSchema.parse({ ...base, insurance: { ...base.insurance, deniedBefore: 'yes' } }).insurance.deniedBefore).toBe(true);
    expect(problems(insuranceStepSchema.safeParse({ ...base, insurance: { ...base.insurance, deniedBefore: 'maybe' } }))).toEqual([
      'insurance.deniedBefore: deniedBeforeInvalid',
    ]);
  });

  it('how the drug is given: optional, one of in-clinic, at-home, unsure', () => {
    const drug = { name: 'olaparib', approval: 'unsure' };
    expect(drugOfInterestStepSchema.parse({ drugOfInterest: { ...drug, givenHow: null } }).drugOfInterest.givenHow).toBeUndefined();
    expect(drugOfInterestStepSchema.parse({ drugOfInterest: { ...drug, givenHow: 'at-home' } }).drugOfInterest.givenHow).toBe('at-home');
  });

  it('approved outside the US only is an answer the approval question takes', () => {
    const parsed = drugOfInterestStepSchema.parse({ drugOfInterest: { name: '', approval: 'approved-outside-us-only' } });
    expect(parsed.drugOfInterest.approval).toBe('approved-outside-us-only');
  });

  it('a kept label lookup is kept only for the name it was made for', () => {
    const label = { retrievedOn: '2026-11-30', query: 'Olaparib', labels: [] };
    const same = drugOfInterestStepSchema.parse({ drugOfInterest: { name: ' olaparib ', approval: 'unsure', label } });
    expect(same.drugOfInterest.label).toEqual(label);
    expect(answersSchema.safeParse({ schemaVersion: 2, ...same }).success).toBe(true);
    const other = drugOfInterestStepSchema.parse({ drugOfInterest: { name: 'niraparib', approval: 'unsure', label } });
    expect(other.drugOfInterest.label).toBeUndefined();
  });

  it('a kept lookup that breaks the contract is refused, not saved', () => {
    const label = { retrievedOn: 'yesterday', query: 'olaparib', labels: [] };
    expect(drugOfInterestStepSchema.safeParse({ drugOfInterest: { name: 'olaparib', approval: 'unsure', label } }).success).toBe(false);
  });
});
