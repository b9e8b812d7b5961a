import type { PathwaysContent } from '../../../src/content/pathway-content.types';
import { clinicalTrials } from './clinical-trials';
import { expandedAccess } from './expanded-access';
import { offLabel } from './off-label';
import { patientAssistance } from './patient-assistance';
import { rightToTry } from './right-to-try';

/** One formatter for every date in the reasons: building one per call was half of evaluate()'s time. */
const dayFormat = new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'UTC' });

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
  formatDay: (isoDay) => dayFormat.format(new Date(`${isoDay}T00:00:00Z`)),
  deadlines: {
    internalAppeal: ({ appealBy }) =>
      `Último día para pedir a su plan una apelación interna: ${appealBy}. Son 180 días desde la fecha de la carta de negativa.`,
    medicareDrugRedetermination: ({ appealBy }) =>
      `Último día para pedir a su plan de medicamentos que lo vuelva a revisar (redeterminación): ${appealBy}. Son 65 días desde la fecha del aviso.`,
    medicarePartBRedetermination: ({ appealBy }) =>
      `Último día para pedir una redeterminación de una negativa de la Parte B: ${appealBy}. Son 120 días desde la fecha del aviso (confirme los datos actuales).`,
    medicareAdvantageReconsideration: ({ appealBy }) =>
      `Último día para pedir a su plan Medicare Advantage que lo reconsidere: ${appealBy}. Son 65 días desde la fecha del aviso (confirme los datos actuales).`,
  },
} satisfies PathwaysContent;

/**
 * "de" before a drug's name, contracted as Spanish requires: "de osimertinib", but "del
 * medicamento por el que preguntó" (never "de el") when no name was given and theDrug stands in.
 */
export function deDrug(drug: string): string {
  return drug.startsWith('el ') ? `del ${drug.slice(3)}` : `de ${drug}`;
}
