import type { ChecklistSources } from '../../../../src/pdf/build-checklist';
import { checklist } from '../../../../templates/en/checklist';
import { cancerTypes } from '../../../../templates/en/cancer-types';

/** English sources for the checklist. */
export const enSources: ChecklistSources = {
  lang: 'en',
  checklist,
  wizard: { cancerTypes },
  pathways: {
    'off-label': { title: 'Off-label prescribing' },
    'expanded-access': { title: 'Expanded access (compassionate use)' },
    'right-to-try': { title: 'Right to Try' },
    'patient-assistance': { title: 'Help with costs' },
    'clinical-trials': { title: 'Clinical trials' },
    fitNames: { strong: 'Strong fit', possible: 'Possible fit', unlikely: 'Unlikely for now' },
  },
  documents: { items: { a: 'Pathology report', b: 'Biomarker test report', c: 'Insurance card and any denial letters' } },
  glossary: {
    offLabel: { term: 'Off-label', definition: 'A drug used for a different illness, dose or way than its approved label says.' },
    ind: { term: 'IND', definition: 'Investigational New Drug application.' },
    unused: { term: 'Zebra term', definition: 'Never used.' },
  },
};
