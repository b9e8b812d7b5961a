import { describe, expect, it } from 'vitest';
import { CANCER_TYPE_IDS } from '../../../src/domain/cancer-types';
import { CONDITION_WORDS, conditionWordsFor } from '../../../src/lookups/ctgov-conditions';

describe('condition words for the registry, per cancer type', () => {
  it.each(CANCER_TYPE_IDS.filter((id) => id !== 'other'))('%s has condition words', (id) => {
    const words = conditionWordsFor({ cancerType: id });
    expect(words).toBeDefined();
    expect(words).toBe(CONDITION_WORDS[id]);
    // Plain registry words: letters, spaces, hyphens and the OR between alternatives; no quotes or markup.
    expect(words).toMatch(/^[A-Za-z][A-Za-z -]*( OR [A-Za-z][A-Za-z -]*)*$/);
  });

  it('has words for exactly the cancer types there are, and no others', () => {
    expect(Object.keys(CONDITION_WORDS).sort()).toEqual(CANCER_TYPE_IDS.filter((id) => id !== 'other').sort());
  });

  it('no two cancer types share the same words', () => {
    const all = Object.values(CONDITION_WORDS);
    expect(new Set(all).size).toBe(all.length);
  });

  it('the two lung types and the four leukaemias are told apart', () => {
    expect(conditionWordsFor({ cancerType: 'lung-nsclc' })).toBe('Non-small Cell Lung Cancer');
    expect(conditionWordsFor({ cancerType: 'lung-sclc' })).toBe('Small Cell Lung Cancer');
    expect(new Set(['leukemia-all', 'leukemia-aml', 'leukemia-cll', 'leukemia-cml'].map((id) => conditionWordsFor({ cancerType: id }))).size).toBe(4);
  });

  it('"other" uses the person’s own words, trimmed; none typed means none', () => {
    expect(conditionWordsFor({ cancerType: 'other', cancerTypeOther: '  Chordoma ' })).toBe('Chordoma');
    expect(conditionWordsFor({ cancerType: 'other', cancerTypeOther: '   ' })).toBeUndefined();
    expect(conditionWordsFor({ cancerType: 'other' })).toBeUndefined();
  });

  it('no cancer type, or an unknown id, gives no words', () => {
    expect(conditionWordsFor(undefined)).toBeUndefined();
    expect(conditionWordsFor({})).toBeUndefined();
    expect(conditionWordsFor({ cancerType: 'toString' })).toBeUndefined();
  });
});
