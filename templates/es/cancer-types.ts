import type { CancerTypeText } from '../../src/content/wizard-content.types';
import type { CancerTypeId } from '../../src/domain/cancer-types';

/**
 * El nombre de cada tipo de cáncer y las palabras de todos los días con que la gente lo busca.
 * La búsqueda no distingue acentos ("pulmon" encuentra "pulmón"); se incluyen también siglas en
 * inglés que la gente ve en sus informes (NSCLC, HER2).
 */
export const cancerTypes = {
  bladder: { name: 'Cáncer de vejiga', searchWords: ['urotelial', 'vías urinarias', 'orina', 'células transicionales'] },
  'bone-sarcoma': {
    name: 'Sarcoma de hueso',
    searchWords: ['cáncer de hueso', 'cáncer de los huesos', 'óseo', 'osteosarcoma', 'ewing', 'condrosarcoma'],
  },
  'brain-glioma': {
    name: 'Tumor cerebral (glioma)',
    searchWords: ['cáncer de cerebro', 'cáncer del cerebro', 'glioblastoma', 'gbm', 'astrocitoma', 'oligodendroglioma'],
  },
  breast: { name: 'Cáncer de seno (mama)', searchWords: ['cáncer de mama', 'pecho', 'her2', 'triple negativo', 'ductal', 'lobulillar'] },
  cervical: {
    name: 'Cáncer de cuello uterino',
    searchWords: ['cérvix', 'cervical', 'cáncer cervicouterino', 'matriz', 'vph', 'hpv'],
  },
  cholangiocarcinoma: {
    name: 'Cáncer de las vías biliares (colangiocarcinoma)',
    searchWords: ['biliar', 'conducto biliar', 'vesícula', 'hígado'],
  },
  colorectal: {
    name: 'Cáncer colorrectal (colon o recto)',
    searchWords: ['cáncer de colon', 'cáncer del colon', 'cáncer de recto', 'intestino grueso', 'intestino', 'crc'],
  },
  'desmoid-tumor': {
    name: 'Tumor desmoide',
    searchWords: ['fibromatosis agresiva', 'tejido blando', 'cáncer'],
  },
  endometrial: { name: 'Cáncer de endometrio (útero)', searchWords: ['cáncer de útero', 'cáncer del útero', 'uterino', 'matriz'] },
  esophageal: { name: 'Cáncer de esófago', searchWords: ['esófago', 'cáncer del esófago', 'garganta', 'tubo digestivo'] },
  gastric: { name: 'Cáncer de estómago (gástrico)', searchWords: ['estómago', 'cáncer del estómago', 'unión gastroesofágica'] },
  gist: {
    name: 'Tumor del estroma gastrointestinal (GIST)',
    searchWords: ['estómago', 'intestino', 'sarcoma', 'cáncer'],
  },
  'head-and-neck': {
    name: 'Cáncer de cabeza y cuello',
    searchWords: ['boca', 'garganta', 'lengua', 'laringe', 'oral', 'orofaringe', 'glándula salival', 'nasofaringe'],
  },
  'hodgkin-lymphoma': { name: 'Linfoma de Hodgkin', searchWords: ['cáncer de la sangre', 'ganglios linfáticos', 'cáncer'] },
  kidney: { name: 'Cáncer de riñón', searchWords: ['riñones', 'cáncer del riñón', 'renal', 'células renales', 'rcc'] },
  'leukemia-all': {
    name: 'Leucemia linfoblástica aguda (LLA)',
    searchWords: ['cáncer de la sangre', 'linfocítica', 'all'],
  },
  'leukemia-aml': { name: 'Leucemia mieloide aguda (LMA)', searchWords: ['cáncer de la sangre', 'mielógena', 'aml'] },
  'leukemia-cll': { name: 'Leucemia linfocítica crónica (LLC)', searchWords: ['cáncer de la sangre', 'cll'] },
  'leukemia-cml': { name: 'Leucemia mieloide crónica (LMC)', searchWords: ['cáncer de la sangre', 'mielógena', 'cml'] },
  liver: { name: 'Cáncer de hígado', searchWords: ['cáncer del hígado', 'hepático', 'hepatocelular', 'hcc', 'hepatoma'] },
  'lung-nsclc': {
    name: 'Cáncer de pulmón de células no pequeñas (CPCNP)',
    searchWords: ['cáncer del pulmón', 'pulmones', 'adenocarcinoma', 'células escamosas', 'egfr', 'alk', 'nsclc'],
  },
  'lung-sclc': {
    name: 'Cáncer de pulmón de células pequeñas (CPCP)',
    searchWords: ['cáncer del pulmón', 'pulmones', 'células en grano de avena', 'sclc'],
  },
  melanoma: { name: 'Melanoma', searchWords: ['cáncer de piel', 'cáncer de la piel', 'lunar', 'melanoma ocular'] },
  mesothelioma: { name: 'Mesotelioma', searchWords: ['asbesto', 'amianto', 'pleura', 'revestimiento del pecho', 'cáncer'] },
  'multiple-myeloma': { name: 'Mieloma múltiple', searchWords: ['cáncer de la sangre', 'células plasmáticas', 'médula ósea'] },
  myelodysplastic: {
    name: 'Síndromes mielodisplásicos (SMD)',
    searchWords: ['cáncer de la sangre', 'médula ósea', 'mielodisplasia', 'mds'],
  },
  neuroendocrine: { name: 'Tumor neuroendocrino (TNE)', searchWords: ['carcinoide', 'net', 'cáncer'] },
  'non-hodgkin-lymphoma': {
    name: 'Linfoma no Hodgkin',
    searchWords: ['cáncer de la sangre', 'ganglios linfáticos', 'lnh', 'nhl', 'células B grandes difuso', 'folicular'],
  },
  ovarian: { name: 'Cáncer de ovario', searchWords: ['ovarios', 'trompa de Falopio', 'peritoneal', 'peritoneo'] },
  pancreatic: { name: 'Cáncer de páncreas', searchWords: ['cáncer del páncreas', 'pancreático'] },
  prostate: { name: 'Cáncer de próstata', searchWords: ['cáncer de la próstata', 'prostático'] },
  'skin-nonmelanoma': {
    name: 'Cáncer de piel, no melanoma',
    searchWords: ['cáncer de la piel', 'células basales', 'células escamosas', 'células de Merkel', 'no melanoma'],
  },
  'soft-tissue-sarcoma': {
    name: 'Sarcoma de tejido blando',
    searchWords: ['sarcoma', 'músculo', 'grasa', 'leiomiosarcoma', 'liposarcoma', 'cáncer'],
  },
  testicular: { name: 'Cáncer de testículo', searchWords: ['testículos', 'testicular', 'células germinales'] },
  thyroid: { name: 'Cáncer de tiroides', searchWords: ['cáncer de la tiroides', 'papilar', 'folicular', 'medular'] },
  'unknown-primary': {
    name: 'Cáncer de origen primario desconocido (CPD)',
    searchWords: ['origen desconocido', 'no se sabe dónde empezó', 'primario desconocido'],
  },
  other: { name: 'Otro tipo de cáncer', searchWords: ['otro', 'no está en la lista', 'raro', 'poco común'] },
} satisfies Record<CancerTypeId, CancerTypeText>;
