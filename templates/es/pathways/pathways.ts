import type { PathwaysContent } from '../../../src/content/pathway-content.types';
import { clinicalTrials } from './clinical-trials';
import { expandedAccess } from './expanded-access';
import { offLabel } from './off-label';
import { patientAssistance } from './patient-assistance';
import { rightToTry } from './right-to-try';

/** Los cinco caminos en español, y las pocas palabras que el motor pone alrededor. */
export const pathways = {
  'off-label': offLabel,
  'expanded-access': expandedAccess,
  'right-to-try': rightToTry,
  'patient-assistance': patientAssistance,
  'clinical-trials': clinicalTrials,
  theDrug: 'el medicamento por el que preguntó',
  checkCurrentDetails: (name) => `${name} (confirme los datos actuales)`,
  fitNames: { strong: 'Encaja bien', possible: 'Podría encajar', unlikely: 'Poco probable por ahora' },
} satisfies PathwaysContent;
