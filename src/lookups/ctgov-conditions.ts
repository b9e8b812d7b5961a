/**
 * The registry's condition words (query.cond) for each cancer type the person can pick. These are
 * ClinicalTrials.gov's own condition terms (its search expands them to synonyms), not the names
 * people read, so they are the same in every language. "other" uses the person's own words.
 * The person sees these words before anything is sent, and can change them.
 */
import type { CancerTypeId } from '../domain/cancer-types';

/** Condition words per cancer type; typed so that a new cancer type cannot be left without words. */
export const CONDITION_WORDS = {
  bladder: 'Bladder Cancer OR Urothelial Carcinoma',
  'bone-sarcoma': 'Bone Sarcoma OR Osteosarcoma OR Ewing Sarcoma OR Chondrosarcoma',
  'brain-glioma': 'Glioma',
  breast: 'Breast Cancer',
  cervical: 'Cervical Cancer',
  cholangiocarcinoma: 'Cholangiocarcinoma',
  colorectal: 'Colorectal Cancer',
  'desmoid-tumor': 'Desmoid Tumor',
  endometrial: 'Endometrial Cancer',
  esophageal: 'Esophageal Cancer',
  gastric: 'Gastric Cancer',
  gist: 'Gastrointestinal Stromal Tumor',
  'head-and-neck': 'Head and Neck Cancer',
  'hodgkin-lymphoma': 'Hodgkin Lymphoma',
  kidney: 'Kidney Cancer OR Renal Cell Carcinoma',
  'leukemia-all': 'Acute Lymphoblastic Leukemia',
  'leukemia-aml': 'Acute Myeloid Leukemia',
  'leukemia-cll': 'Chronic Lymphocytic Leukemia',
  'leukemia-cml': 'Chronic Myeloid Leukemia',
  liver: 'Liver Cancer OR Hepatocellular Carcinoma',
  'lung-nsclc': 'Non-small Cell Lung Cancer',
  'lung-sclc': 'Small Cell Lung Cancer',
  melanoma: 'Melanoma',
  mesothelioma: 'Mesothelioma',
  'multiple-myeloma': 'Multiple Myeloma',
  myelodysplastic: 'Myelodysplastic Syndromes',
  neuroendocrine: 'Neuroendocrine Tumors',
  'non-hodgkin-lymphoma': 'Non-Hodgkin Lymphoma',
  ovarian: 'Ovarian Cancer',
  pancreatic: 'Pancreatic Cancer',
  prostate: 'Prostate Cancer',
  'skin-nonmelanoma': 'Basal Cell Carcinoma OR Cutaneous Squamous Cell Carcinoma OR Merkel Cell Carcinoma',
  'soft-tissue-sarcoma': 'Soft Tissue Sarcoma',
  testicular: 'Testicular Cancer',
  thyroid: 'Thyroid Cancer',
  'unknown-primary': 'Cancer of Unknown Primary',
} as const satisfies Record<Exclude<CancerTypeId, 'other'>, string>;

/**
 * The condition words for a diagnosis: the table's words, or for "other" the person's own words
 * (cancerTypeOther). Undefined when there is nothing to search for yet: the page then asks for words.
 */
export function conditionWordsFor(diagnosis: { cancerType?: string; cancerTypeOther?: string } | undefined): string | undefined {
  const type = diagnosis?.cancerType;
  if (type === 'other') return diagnosis?.cancerTypeOther?.trim() || undefined;
  return type !== undefined && Object.hasOwn(CONDITION_WORDS, type) ? CONDITION_WORDS[type as keyof typeof CONDITION_WORDS] : undefined;
}
