import type { LabelLookupContent } from '../../src/content/label-lookup-content.types';
import { labelLookup as en } from '../en/label-lookup';

/**
 * La búsqueda de la etiqueta de la FDA, en español. La etiqueta está en inglés: se muestra tal
 * como está, sin traducirla; estas palabras la explican. Las fuentes y los enlaces son los mismos.
 */
/** Typed as the content type (not `satisfies`) so every caller sees the same function arguments. */
export const labelLookup: LabelLookupContent = {
  heading: 'Lo que dice la etiqueta de la FDA',
  intro: 'La etiqueta de la FDA dice para qué usos aprobó la FDA un medicamento. Se puede buscar aquí antes de contestar la próxima pregunta.',
  typeNameFirst: 'Escriba arriba el nombre del medicamento para buscar su etiqueta de la FDA.',
  lookUp: (name) => `Buscar ${name} en openFDA, la base de datos pública de la FDA. Solo se envía el nombre del medicamento.`,
  lookAgain: (name) => `Buscar ${name} otra vez en openFDA. Solo se envía el nombre del medicamento.`,
  waiting: (name) => `Buscando ${name} en openFDA…`,
  cancel: 'Dejar de buscar',
  sourceNote: 'De openFDA, la base de datos pública de etiquetas de medicamentos de la FDA. Qué significa lo decide el equipo de atención, junto con el paciente.',
  labelLanguage:
    'La etiqueta está en inglés. La mostramos tal como es, sin traducirla. Debajo de cada frase sobre este cáncer explicamos en español lo que nombra.',
  foundHeading: (name, count) => (count === 1 ? `La etiqueta de la FDA encontrada para ${name}` : `${count} etiquetas de la FDA encontradas para ${name}`),
  brandNames: 'Nombres de marca',
  genericNames: 'Nombres genéricos',
  labelDate: 'Fecha de la etiqueta',
  applicationNumbers: 'Números de solicitud de la FDA',
  notListed: 'No aparece en este registro',
  indicationsHeading: 'Para qué se usa, según la etiqueta (Indications and Usage, en inglés)',
  matchedHeading: (cancerName) => `Frases que nombran este cáncer (${cancerName})`,
  noMatch: (cancerName) => `Ninguna frase de esta parte de la etiqueta nombra ${cancerName}. Pregunte al equipo de atención qué significa.`,
  noCancerToMatch: 'No podemos señalar frases sobre el cáncer, porque no se eligió un tipo de nuestra lista.',
  explainNamesCancer: (cancerName) => `Esta frase nombra ${cancerName}.`,
  explainAnySolidTumor: 'Esta frase nombra cualquier tumor sólido, lo que puede incluir este.',
  explainConditions: 'También pone estas condiciones:',
  conditions: {
    biomarker: (term) => `un biomarcador: ${term}`,
    'exon-insertion': (term) => `un cambio llamado inserción en el exón ${term}`,
    'exon-deletion': (term) => `un cambio llamado deleción en el exón ${term}`,
    'exon-skipping': (term) => `un cambio llamado salto del exón ${term}`,
    inherited: (term) => `un cambio heredado (germinal) en un gen: ${term}`,
    'first-line': () => 'usarlo como primer tratamiento',
    'after-earlier-treatment': () => 'un tratamiento anterior que no funcionó o dejó de funcionar',
    adjuvant: () => 'usarlo después de la cirugía (adyuvante)',
    neoadjuvant: () => 'usarlo antes de la cirugía (neoadyuvante)',
    maintenance: () => 'usarlo para mantener el cáncer bajo control después de otro tratamiento (mantenimiento)',
  },
  wholeText: 'Toda la sección Indications and Usage (en inglés)',
  noIndications: 'Este registro no tiene el texto de Indications and Usage. Lea toda la etiqueta en DailyMed.',
  dailyMedLabel: (name) => `Leer toda la etiqueta de ${name} en DailyMed (en inglés)`,
  keep: 'Guardar esto con las respuestas',
  keepNothingFound: 'Guardar “no se encontró etiqueta de la FDA” con las respuestas',
  keptNote: (date) => `Guardado con las respuestas. Se buscó el ${date}.`,
  keptNothingFound: (name, date) => `Guardado con las respuestas: no se encontró etiqueta de la FDA para ${name} el ${date}.`,
  stale: (days) => `Esto se buscó hace ${days} días. Las etiquetas cambian: conviene buscarla otra vez antes de confiar en ella.`,
  thenAnswer: 'Con esto a la vista, conteste abajo la pregunta de si el medicamento está aprobado.',
  failures: {
    offline: () => 'No se pudo conectar con openFDA. Se puede hacer la misma búsqueda en DailyMed, el sitio web de etiquetas de la FDA.',
    'not-found': (name) =>
      `No se encontró una etiqueta de la FDA para ${name}. Revise cómo se escribe. Un medicamento sin etiqueta en los EE. UU. muchas veces no está aprobado por la FDA.`,
    'rate-limited': () => 'Hubo demasiadas búsquedas hace un momento. Vuelva a intentarlo en un minuto.',
    'server-error': () => 'openFDA tiene un problema en este momento. Inténtelo más tarde o use el sitio web de DailyMed.',
    unreadable: () => 'No se pudo leer la respuesta de openFDA. No se guardó nada.',
  },
  websiteSearch: (name) => `Buscar ${name} en DailyMed, el sitio web de etiquetas de la FDA (en inglés)`,
  purpleBook: 'Las terapias celulares y génicas, como CAR-T, quizás no aparezcan aquí. Búsquelas en el Purple Book de la FDA (en inglés).',
  newTab: '(se abre en otra pestaña)',
  resultsHeading: 'Lo que dice la etiqueta de la FDA',
  resultsNone: (name) => `No se ha buscado la etiqueta de la FDA de ${name}. Puede mostrar si este cáncer es uno de sus usos aprobados.`,
  resultsKept: (name, date) => `La búsqueda de la etiqueta de la FDA de ${name} del ${date} está guardada con las respuestas.`,
  resultsGoToLookup: 'Buscar la etiqueta de la FDA en la página del medicamento',
  sources: en.sources,
};
