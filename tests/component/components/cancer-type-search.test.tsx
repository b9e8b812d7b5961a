import { describe, expect, it } from 'vitest';
import { searchCancerTypes, sortedCancerTypes } from '../../../src/components/cancer-type-search';
import { CANCER_TYPE_IDS } from '../../../src/domain/cancer-types';
import { en } from '../../../templates/en/bundle';

const texts = en.wizard.cancerTypes;
const ordered = sortedCancerTypes(texts, 'en');
const search = (query: string) => searchCancerTypes(query, ordered, texts);

describe('cancer type search', () => {
  it('lists every type once, by name, with "Another type of cancer" last', () => {
    expect([...ordered].sort()).toEqual([...CANCER_TYPE_IDS].sort());
    expect(ordered.at(-1)).toBe('other');
    expect(ordered.slice(0, 3)).toEqual(['cholangiocarcinoma', 'bladder', 'bone-sarcoma']);
  });

  it('finds each type by its own name', () => {
    for (const id of CANCER_TYPE_IDS) expect(search(texts[id].name)).toContain(id);
  });

  it.each([
    ['lung cancer', ['lung-nsclc', 'lung-sclc']],
    ['LUNG', ['lung-nsclc', 'lung-sclc']],
    ['colon', ['colorectal']],
    ['rectal', ['colorectal']],
    ['skin', ['melanoma', 'skin-nonmelanoma']],
    ['non hodgkin', ['non-hodgkin-lymphoma']],
    ['leukaemia aml', ['leukemia-aml']],
    ['glioblastoma', ['brain-glioma']],
  ])('"%s" finds %j', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('ignores accents and punctuation, and matches everything when empty', () => {
    expect(search('páncreas')).toEqual(['pancreatic']);
    expect(search('  ')).toEqual(ordered);
    expect(search('(nsclc)')).toEqual(['lung-nsclc']);
  });
});
