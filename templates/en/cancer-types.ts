import type { CancerTypeText } from '../../src/content/wizard-content.types';
import type { CancerTypeId } from '../../src/domain/cancer-types';

/**
 * The name of each cancer type and the everyday words people search with. A search matches when
 * every word typed appears in the name or the search words, so "lung cancer" finds both lung types.
 */
export const cancerTypes = {
  bladder: { name: 'Bladder cancer', searchWords: ['urothelial', 'urinary', 'transitional cell'] },
  'bone-sarcoma': { name: 'Bone sarcoma', searchWords: ['bone cancer', 'osteosarcoma', 'ewing', 'chondrosarcoma'] },
  'brain-glioma': {
    name: 'Brain tumor (glioma)',
    searchWords: ['brain cancer', 'glioblastoma', 'gbm', 'astrocytoma', 'oligodendroglioma'],
  },
  breast: { name: 'Breast cancer', searchWords: ['her2', 'triple negative', 'ductal', 'lobular'] },
  cervical: { name: 'Cervical cancer', searchWords: ['cervix', 'womb', 'hpv'] },
  cholangiocarcinoma: {
    name: 'Bile duct cancer (cholangiocarcinoma)',
    searchWords: ['biliary', 'gallbladder', 'liver'],
  },
  colorectal: {
    name: 'Colorectal cancer (colon or rectum)',
    searchWords: ['colon cancer', 'bowel cancer', 'rectal cancer', 'large intestine', 'crc'],
  },
  'desmoid-tumor': {
    name: 'Desmoid tumor',
    searchWords: ['aggressive fibromatosis', 'soft tissue', 'cancer'],
  },
  endometrial: { name: 'Endometrial cancer (uterus)', searchWords: ['uterine cancer', 'womb', 'uterus'] },
  esophageal: { name: 'Esophageal cancer', searchWords: ['oesophagus', 'esophagus', 'gullet', 'food pipe'] },
  gastric: { name: 'Stomach cancer (gastric)', searchWords: ['stomach', 'gastroesophageal junction'] },
  gist: {
    name: 'Gastrointestinal stromal tumor (GIST)',
    searchWords: ['stomach', 'bowel', 'sarcoma', 'cancer'],
  },
  'head-and-neck': {
    name: 'Head and neck cancer',
    searchWords: ['mouth', 'throat', 'tongue', 'larynx', 'oral', 'oropharyngeal', 'salivary', 'nasopharyngeal'],
  },
  'hodgkin-lymphoma': { name: 'Hodgkin lymphoma', searchWords: ['blood cancer', 'lymph nodes'] },
  kidney: { name: 'Kidney cancer', searchWords: ['renal cell', 'rcc'] },
  'leukemia-all': {
    name: 'Leukemia, acute lymphoblastic (ALL)',
    searchWords: ['leukaemia', 'blood cancer', 'lymphocytic'],
  },
  'leukemia-aml': { name: 'Leukemia, acute myeloid (AML)', searchWords: ['leukaemia', 'blood cancer', 'myelogenous'] },
  'leukemia-cll': { name: 'Leukemia, chronic lymphocytic (CLL)', searchWords: ['leukaemia', 'blood cancer'] },
  'leukemia-cml': { name: 'Leukemia, chronic myeloid (CML)', searchWords: ['leukaemia', 'blood cancer', 'myelogenous'] },
  liver: { name: 'Liver cancer', searchWords: ['hepatocellular', 'hcc', 'hepatoma'] },
  'lung-nsclc': {
    name: 'Lung cancer, non-small cell (NSCLC)',
    searchWords: ['adenocarcinoma', 'squamous cell', 'egfr', 'alk'],
  },
  'lung-sclc': { name: 'Lung cancer, small cell (SCLC)', searchWords: ['oat cell'] },
  melanoma: { name: 'Melanoma', searchWords: ['skin cancer', 'mole', 'ocular melanoma'] },
  mesothelioma: { name: 'Mesothelioma', searchWords: ['asbestos', 'pleura', 'chest lining', 'cancer'] },
  'multiple-myeloma': { name: 'Multiple myeloma', searchWords: ['blood cancer', 'plasma cell', 'bone marrow'] },
  myelodysplastic: {
    name: 'Myelodysplastic syndromes (MDS)',
    searchWords: ['blood cancer', 'bone marrow', 'myelodysplasia'],
  },
  neuroendocrine: { name: 'Neuroendocrine tumor (NET)', searchWords: ['carcinoid', 'net', 'cancer'] },
  'non-hodgkin-lymphoma': {
    name: 'Non-Hodgkin lymphoma',
    searchWords: ['blood cancer', 'lymph nodes', 'nhl', 'diffuse large b-cell', 'follicular'],
  },
  ovarian: { name: 'Ovarian cancer', searchWords: ['ovary', 'fallopian tube', 'peritoneal'] },
  pancreatic: { name: 'Pancreatic cancer', searchWords: ['pancreas'] },
  prostate: { name: 'Prostate cancer', searchWords: ['prostate'] },
  'skin-nonmelanoma': {
    name: 'Skin cancer, not melanoma',
    searchWords: ['basal cell', 'squamous cell', 'merkel cell', 'non-melanoma'],
  },
  'soft-tissue-sarcoma': {
    name: 'Soft tissue sarcoma',
    searchWords: ['sarcoma', 'muscle', 'fat', 'leiomyosarcoma', 'liposarcoma', 'cancer'],
  },
  testicular: { name: 'Testicular cancer', searchWords: ['testis', 'testicle', 'germ cell'] },
  thyroid: { name: 'Thyroid cancer', searchWords: ['papillary', 'follicular', 'medullary'] },
  'unknown-primary': {
    name: 'Cancer of unknown primary (CUP)',
    searchWords: ['unknown origin', 'not sure where it started'],
  },
  other: { name: 'Another type of cancer', searchWords: ['other', 'not listed', 'rare'] },
} satisfies Record<CancerTypeId, CancerTypeText>;
