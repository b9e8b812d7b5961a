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
} satisfies PathwaysContent;
