/**
 * The cancer types a person can pick. Ids are part of the answers contract; the names people see,
 * and the common words that find each type in the search box, live in templates/<lang>/cancer-types.ts.
 */
export const CANCER_TYPE_IDS = [
  'bladder',
  'bone-sarcoma',
  'brain-glioma',
  'breast',
  'cervical',
  'cholangiocarcinoma',
  'colorectal',
  'desmoid-tumor',
  'endometrial',
  'esophageal',
  'gastric',
  'gist',
  'head-and-neck',
  'hodgkin-lymphoma',
  'kidney',
  'leukemia-all',
  'leukemia-aml',
  'leukemia-cll',
  'leukemia-cml',
  'liver',
  'lung-nsclc',
  'lung-sclc',
  'melanoma',
  'mesothelioma',
  'multiple-myeloma',
  'myelodysplastic',
  'neuroendocrine',
  'non-hodgkin-lymphoma',
  'ovarian',
  'pancreatic',
  'prostate',
  'skin-nonmelanoma',
  'soft-tissue-sarcoma',
  'testicular',
  'thyroid',
  'unknown-primary',
  'other',
] as const;

export type CancerTypeId = (typeof CANCER_TYPE_IDS)[number];

/**
 * Blood cancers: leukaemias, lymphomas, myeloma, MDS. Programmes such as The Leukemia & Lymphoma
 * Society's co-pay help are for these only
 * (https://www.lls.org/support-resources/financial-support/co-pay-assistance-program, reviewed 2026-11-30).
 */
export const BLOOD_CANCER_IDS = [
  'hodgkin-lymphoma',
  'leukemia-all',
  'leukemia-aml',
  'leukemia-cll',
  'leukemia-cml',
  'multiple-myeloma',
  'myelodysplastic',
  'non-hodgkin-lymphoma',
] as const satisfies readonly CancerTypeId[];
