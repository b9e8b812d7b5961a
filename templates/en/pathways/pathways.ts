import type { PathwaysContent } from '../../../src/content/pathway-content.types';
import { clinicalTrials } from './clinical-trials';
import { expandedAccess } from './expanded-access';
import { offLabel } from './off-label';
import { patientAssistance } from './patient-assistance';
import { rightToTry } from './right-to-try';

/** The five pathways in English, and the few words the engine puts around them. */
export const pathways = {
  'off-label': offLabel,
  'expanded-access': expandedAccess,
  'right-to-try': rightToTry,
  'patient-assistance': patientAssistance,
  'clinical-trials': clinicalTrials,
  theDrug: 'the drug you asked about',
  checkCurrentDetails: (name) => `${name} (check current details)`,
  fitNames: { strong: 'Strong fit', possible: 'Possible fit', unlikely: 'Unlikely for now' },
  labelConditionWords: {
    biomarkers: (names) => `a biomarker (${names})`,
    germline: 'an inherited (germline) gene change',
    lines: {
      'first-line': 'use as a first treatment',
      'after-earlier-treatment': 'earlier treatment first',
      adjuvant: 'use after surgery (adjuvant)',
      neoadjuvant: 'use before surgery (neoadjuvant)',
      maintenance: 'use to keep the cancer in check after treatment (maintenance)',
    },
    join: (parts) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`),
  },
} satisfies PathwaysContent;
