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
  labelConditionWords: {
    biomarkers: (names) => `un biomarcador (${names})`,
    germline: 'un cambio genético heredado (de línea germinal)',
    lines: {
      'first-line': 'usarlo como primer tratamiento',
      'after-earlier-treatment': 'haber recibido otro tratamiento antes',
      adjuvant: 'usarlo después de la cirugía (adyuvante)',
      neoadjuvant: 'usarlo antes de la cirugía (neoadyuvante)',
      maintenance: 'usarlo para mantener el cáncer bajo control después del tratamiento (mantenimiento)',
    },
    join: (parts) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)}`),
  },
} satisfies PathwaysContent;
