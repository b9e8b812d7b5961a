import type { CancerTypeId } from './cancer-types';

/**
 * The English words FDA labels use for each cancer type a person can pick, to find the sentences of
 * a label's INDICATIONS AND USAGE that name the person's cancer. This is data a reviewer can read
 * line by line; tests/unit/domain/cancer-label-words.test.ts checks every id and real label
 * sentences. How the words are matched (src/domain/label-sentences.ts):
 * - a word with a capital letter (an abbreviation: "NSCLC", "AML") is matched exactly as written;
 *   any other word ignores case;
 * - whole words only; a plural "s" may follow ("desmoid tumors");
 * - never right after "non-" or "non " ("small cell lung cancer" is not found in
 *   "non-small cell lung cancer", nor "Hodgkin lymphoma" in "non-Hodgkin lymphoma").
 * Labels are English, so these words stay English in every language.
 */
export const CANCER_LABEL_WORDS = {
  bladder: ['urothelial carcinoma', 'urothelial cancer', 'bladder cancer', 'transitional cell carcinoma', 'NMIBC'],
  'bone-sarcoma': ['osteosarcoma', 'Ewing sarcoma', 'chondrosarcoma', 'giant cell tumor of bone', 'bone sarcoma'],
  'brain-glioma': ['glioma', 'glioblastoma', 'astrocytoma', 'oligodendroglioma'],
  breast: ['breast cancer', 'breast carcinoma'],
  cervical: ['cervical cancer', 'cancer of the cervix', 'carcinoma of the cervix'],
  cholangiocarcinoma: ['cholangiocarcinoma', 'biliary tract cancer', 'bile duct cancer'],
  colorectal: ['colorectal cancer', 'CRC', 'mCRC', 'colon cancer', 'rectal cancer'],
  'desmoid-tumor': ['desmoid tumor', 'desmoid tumour', 'aggressive fibromatosis'],
  endometrial: ['endometrial cancer', 'endometrial carcinoma'],
  esophageal: ['esophageal cancer', 'esophageal carcinoma', 'esophageal squamous cell carcinoma', 'esophageal adenocarcinoma', 'ESCC'],
  gastric: ['gastric cancer', 'gastric adenocarcinoma', 'stomach cancer', 'gastroesophageal junction adenocarcinoma', 'GEJ'],
  gist: ['gastrointestinal stromal tumor', 'GIST'],
  'head-and-neck': ['head and neck squamous cell carcinoma', 'squamous cell carcinoma of the head and neck', 'head and neck cancer', 'HNSCC', 'nasopharyngeal carcinoma'],
  'hodgkin-lymphoma': ['Hodgkin lymphoma', 'cHL'],
  kidney: ['renal cell carcinoma', 'RCC', 'kidney cancer'],
  'leukemia-all': ['acute lymphoblastic leukemia', 'ALL'],
  'leukemia-aml': ['acute myeloid leukemia', 'AML'],
  'leukemia-cll': ['chronic lymphocytic leukemia', 'CLL', 'small lymphocytic lymphoma', 'SLL'],
  'leukemia-cml': ['chronic myeloid leukemia', 'chronic myelogenous leukemia', 'CML'],
  liver: ['hepatocellular carcinoma', 'HCC', 'liver cancer'],
  'lung-nsclc': ['non-small cell lung cancer', 'non-small-cell lung cancer', 'NSCLC'],
  'lung-sclc': ['small cell lung cancer', 'SCLC'],
  melanoma: ['melanoma'],
  mesothelioma: ['mesothelioma'],
  'multiple-myeloma': ['multiple myeloma', 'myeloma'],
  myelodysplastic: ['myelodysplastic syndrome', 'MDS'],
  neuroendocrine: ['neuroendocrine tumor', 'neuroendocrine tumour', 'neuroendocrine carcinoma', 'NETs', 'carcinoid'],
  'non-hodgkin-lymphoma': [
    'non-Hodgkin lymphoma',
    'large B-cell lymphoma',
    'DLBCL',
    'follicular lymphoma',
    'mantle cell lymphoma',
    'marginal zone lymphoma',
    'B-cell lymphoma',
    'T-cell lymphoma',
  ],
  ovarian: ['ovarian cancer', 'epithelial ovarian', 'fallopian tube cancer', 'primary peritoneal cancer'],
  pancreatic: ['pancreatic cancer', 'pancreatic adenocarcinoma', 'adenocarcinoma of the pancreas'],
  prostate: ['prostate cancer', 'castration-resistant prostate cancer', 'mCRPC', 'mCSPC', 'prostate adenocarcinoma'],
  'skin-nonmelanoma': ['basal cell carcinoma', 'cutaneous squamous cell carcinoma', 'CSCC', 'Merkel cell carcinoma'],
  'soft-tissue-sarcoma': ['soft tissue sarcoma', 'liposarcoma', 'leiomyosarcoma', 'synovial sarcoma', 'epithelioid sarcoma'],
  testicular: ['testicular cancer', 'germ cell tumor', 'seminoma'],
  thyroid: ['thyroid cancer', 'thyroid carcinoma', 'DTC', 'MTC'],
  'unknown-primary': ['unknown primary', 'carcinoma of unknown primary'],
} as const satisfies Record<Exclude<CancerTypeId, 'other'>, readonly string[]>;

/**
 * Words of approvals for any solid tumour with a given change ("solid tumors that are MSI-H",
 * "NTRK gene fusion"): such a sentence names every solid cancer, with its biomarker as a condition.
 */
export const ANY_SOLID_TUMOR_WORDS = ['solid tumor', 'solid tumour'] as const;

/** Cancer types that are not solid tumours (blood cancers): an any-solid-tumour sentence does not name them. */
export const NOT_SOLID_TUMORS = [
  'hodgkin-lymphoma',
  'leukemia-all',
  'leukemia-aml',
  'leukemia-cll',
  'leukemia-cml',
  'multiple-myeloma',
  'myelodysplastic',
  'non-hodgkin-lymphoma',
] as const satisfies readonly CancerTypeId[];

/**
 * The words to look for, for a diagnosis: the table's, plus the any-solid-tumour words for a solid
 * tumour; for "other", the person's own words when they are long enough to mean something (labels
 * are English, so this only helps when the person wrote English). Empty when there is nothing to match.
 */
export function labelWordsFor(diagnosis: { cancerType?: string; cancerTypeOther?: string } | undefined): { words: readonly string[]; anySolid: boolean } {
  const type = diagnosis?.cancerType;
  if (type === undefined) return { words: [], anySolid: false };
  if (type === 'other') {
    const own = diagnosis?.cancerTypeOther?.trim() ?? '';
    return { words: own.length >= 4 ? [own.toLowerCase()] : [], anySolid: false };
  }
  if (!Object.hasOwn(CANCER_LABEL_WORDS, type)) return { words: [], anySolid: false };
  const words = CANCER_LABEL_WORDS[type as keyof typeof CANCER_LABEL_WORDS];
  const anySolid = !(NOT_SOLID_TUMORS as readonly string[]).includes(type);
  return { words, anySolid };
}
