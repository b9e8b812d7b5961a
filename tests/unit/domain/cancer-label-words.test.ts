/**
 * Matching a cancer to label text (issue 10, item 4): the table covers every cancer-type id, each
 * word finds itself, and real label sentences are matched (or not) as a reader would. The label
 * sentences quoted below are from the FDA labels named beside them (TAGRISSO from the recording in
 * tests/fixtures/openfda/; LYNPARZA, OGSIVEO and RYBREVANT as their labels' Indications and Usage
 * read, cited for the three drugs of the issue).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANCER_LABEL_WORDS, labelWordsFor, NOT_SOLID_TUMORS } from '../../../src/domain/cancer-label-words';
import { CANCER_TYPE_IDS } from '../../../src/domain/cancer-types';
import { cancerSentences, conditionsOf, labelSentences, labelVerdict } from '../../../src/domain/label-sentences';
import type { LabelLookup } from '../../../src/domain/answers.schema';

const tagrisso = (JSON.parse(readFileSync(new URL('../../fixtures/openfda/label_osimertinib_fulltext_20261007.json', import.meta.url), 'utf8')) as {
  results: { indications_and_usage?: string[] }[];
}).results[2]!.indications_and_usage![0]!;

const LYNPARZA_PANCREATIC =
  'LYNPARZA is indicated for the maintenance treatment of adult patients with deleterious or suspected deleterious gBRCAm metastatic pancreatic adenocarcinoma whose disease has not progressed on at least 16 weeks of a first-line platinum-based chemotherapy regimen.';
const OGSIVEO = 'OGSIVEO is a gamma secretase inhibitor indicated for adult patients with progressing desmoid tumors who require systemic treatment.';
const RYBREVANT =
  'RYBREVANT is indicated as a single agent for the treatment of adult patients with locally advanced or metastatic NSCLC with EGFR exon 20 insertion mutations, as detected by an FDA-approved test, whose disease has progressed on or after platinum-based chemotherapy.';

const dx = (cancerType: string, cancerTypeOther?: string) => ({ cancerType, ...(cancerTypeOther ? { cancerTypeOther } : {}) });

describe('the table of label words', () => {
  it('has words for every cancer-type id but "other" (which uses the person’s own words), and no id it does not know', () => {
    const ids = CANCER_TYPE_IDS.filter((id) => id !== 'other');
    expect(Object.keys(CANCER_LABEL_WORDS).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(CANCER_LABEL_WORDS[id].length, id).toBeGreaterThan(0);
  });

  it.each(CANCER_TYPE_IDS.filter((id) => id !== 'other'))('%s: each of its words is found in a sentence that uses it', (id) => {
    for (const word of CANCER_LABEL_WORDS[id]) {
      const sentence = `DRUG is indicated for adult patients with metastatic ${word} who received one prior therapy.`;
      const hits = cancerSentences(sentence, dx(id));
      expect(hits, `${id}: ${word}`).toHaveLength(1);
      expect(hits[0]!.anySolidTumor).toBe(false);
    }
  });

  it.each(CANCER_TYPE_IDS.filter((id) => id !== 'other'))('%s: a sentence about another cancer entirely does not name it', (id) => {
    expect(cancerSentences('DRUG is indicated for the treatment of adults with plaque psoriasis.', dx(id))).toEqual([]);
  });

  it('treats an any-solid-tumour sentence as naming every solid cancer, never a blood cancer', () => {
    const sentence = 'DRUG is indicated for adult and pediatric patients with unresectable or metastatic solid tumors that are MSI-H or dMMR.';
    for (const id of CANCER_TYPE_IDS.filter((i) => i !== 'other')) {
      const hits = cancerSentences(sentence, dx(id));
      if ((NOT_SOLID_TUMORS as readonly string[]).includes(id)) expect(hits, id).toEqual([]);
      else expect(hits.map((h) => [h.anySolidTumor, h.biomarkers]), id).toEqual([[true, ['MSI-H', 'dMMR']]]);
    }
  });

  it('"other" uses the person’s own words when there are enough of them', () => {
    expect(labelWordsFor(dx('other', 'appendix cancer')).words).toEqual(['appendix cancer']);
    expect(labelWordsFor(dx('other', 'x')).words).toEqual([]);
    expect(labelWordsFor(undefined).words).toEqual([]);
    expect(cancerSentences('DRUG is indicated for appendix cancers.', dx('other', 'Appendix cancer'))).toHaveLength(1);
  });
});

describe('the words as a reader reads them', () => {
  it('NSCLC is not small cell lung cancer; non-Hodgkin lymphoma is not Hodgkin lymphoma', () => {
    expect(cancerSentences(tagrisso, dx('lung-sclc'))).toEqual([]);
    expect(cancerSentences('DRUG is indicated for relapsed non-Hodgkin lymphoma.', dx('hodgkin-lymphoma'))).toEqual([]);
    expect(cancerSentences('DRUG is indicated for relapsed non-Hodgkin lymphoma.', dx('non-hodgkin-lymphoma'))).toHaveLength(1);
    expect(cancerSentences('DRUG is indicated for classical Hodgkin lymphoma (cHL).', dx('hodgkin-lymphoma'))[0]!.cancerWords).toEqual(['Hodgkin lymphoma', 'cHL']);
  });

  it('abbreviations are matched as written: "all patients" is not ALL, "Met" in a word is not MET', () => {
    expect(cancerSentences('DRUG is indicated for all patients with psoriasis.', dx('leukemia-all'))).toEqual([]);
    expect(cancerSentences('DRUG is indicated for Philadelphia chromosome-positive ALL.', dx('leukemia-all'))).toHaveLength(1);
    expect(conditionsOf('Metastatic disease with a MET exon 14 skipping alteration').biomarkers).toEqual(['MET exon 14', 'MET']);
  });

  it('TAGRISSO (recording): every NSCLC sentence, with EGFR, the lines of treatment and no inherited condition', () => {
    const hits = cancerSentences(tagrisso, dx('lung-nsclc'));
    expect(hits.length).toBeGreaterThanOrEqual(5);
    expect(hits[0]!.text).toMatch(/^adjuvant therapy after tumor resection in adult patients with non-small cell lung cancer \(NSCLC\)/);
    expect(hits[0]!.lines).toContain('adjuvant');
    expect(hits.flatMap((h) => h.biomarkers)).toEqual(expect.arrayContaining(['EGFR', 'L858R', 'T790M', 'exon 19 deletions']));
    expect(hits.some((h) => h.lines.includes('first-line'))).toBe(true);
    expect(hits.some((h) => h.lines.includes('after-earlier-treatment'))).toBe(true);
    expect(hits.flatMap((h) => h.germline)).toEqual([]);
  });

  it('LYNPARZA for pancreatic cancer: the inherited (germline) BRCA condition, maintenance, after first-line chemotherapy', () => {
    const [hit] = cancerSentences(LYNPARZA_PANCREATIC, dx('pancreatic'));
    expect(hit!.cancerWords).toEqual(['pancreatic adenocarcinoma']);
    expect(hit!.germline).toEqual(['gBRCAm']);
    expect(conditionsOf('adults with germline BRCA-mutated HER2-negative breast cancer').germline).toEqual(['germline BRCA-mutated']);
    expect(hit!.lines).toEqual(['first-line', 'maintenance']);
  });

  it('OGSIVEO names desmoid tumors; RYBREVANT names NSCLC with EGFR exon 20 insertions after earlier chemotherapy', () => {
    expect(cancerSentences(OGSIVEO, dx('desmoid-tumor'))[0]!.cancerWords).toEqual(['desmoid tumors']);
    const [ryb] = cancerSentences(RYBREVANT, dx('lung-nsclc'));
    expect(ryb!.biomarkers).toEqual(expect.arrayContaining(['EGFR', 'exon 20 insertion']));
    expect(ryb!.lines).toEqual(['after-earlier-treatment']);
  });

  it('cuts a label into sentences at bullets, section numbers and full stops', () => {
    expect(labelSentences('1 INDICATIONS AND USAGE X is indicated for: • adults with A. • children with B. 1.1 Adults X is indicated for A.')).toEqual([
      '1 INDICATIONS AND USAGE X is indicated for:',
      'adults with A.',
      'children with B.',
      '1.1 Adults X is indicated for A.',
    ]);
  });
});

describe('labelVerdict: what a saved lookup says about the person’s cancer', () => {
  const lookup = (indications: string[]): LabelLookup => ({
    retrievedOn: '2026-11-27',
    query: 'drug',
    labels: indications.map((text, i) => ({ setId: `set-${i}`, brandNames: [], genericNames: [], applicationNumbers: [], indications: text })),
  });

  it('names my cancer, and quotes the sentence', () => {
    const result = labelVerdict(lookup([tagrisso]), dx('lung-nsclc'));
    expect(result.verdict).toBe('names-my-cancer');
    expect(result.quote?.sentence.text).toMatch(/non-small cell lung cancer/);
  });

  it('other uses only, none found, cannot tell, not looked up', () => {
    expect(labelVerdict(lookup([tagrisso]), dx('pancreatic')).verdict).toBe('other-uses-only');
    expect(labelVerdict(lookup([]), dx('pancreatic')).verdict).toBe('none-found');
    expect(labelVerdict(lookup(['']), dx('pancreatic')).verdict).toBe('cannot-tell');
    expect(labelVerdict(lookup([tagrisso]), undefined).verdict).toBe('cannot-tell');
    expect(labelVerdict(undefined, dx('pancreatic')).verdict).toBe('not-looked-up');
  });

  it('prefers a sentence naming the cancer itself over an any-solid-tumour one', () => {
    const result = labelVerdict(lookup(['DRUG is indicated for solid tumors that are NTRK fusion-positive. DRUG is indicated for metastatic colorectal cancer.']), dx('colorectal'));
    expect(result.quote?.sentence.cancerWords).toEqual(['colorectal cancer']);
  });
});
