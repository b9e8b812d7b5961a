import type { TrialSearchContent } from '../../src/content/trial-search-content.types';
import { ctgovLookups } from './ctgov-lookups';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The registry writes ages in English ("18 Years", "6 Months"); said in Spanish, else kept as written. */
const AGE_UNITS: Record<string, [string, string]> = {
  year: ['año', 'años'],
  month: ['mes', 'meses'],
  week: ['semana', 'semanas'],
  day: ['día', 'días'],
  hour: ['hora', 'horas'],
  minute: ['minuto', 'minutos'],
};
const age = (text: string) => {
  const match = /^(\d+(?:\.\d+)?)\s+([A-Za-z]+?)s?$/.exec(text.trim());
  const unit = match ? AGE_UNITS[match[2]!.toLowerCase()] : undefined;
  return match && unit ? `${match[1]} ${match[1] === '1' ? unit[0] : unit[1]}` : text;
};

/**
 * La búsqueda en ClinicalTrials.gov de la página de estudios clínicos y de resultados, y la de acceso
 * ampliado de la página del medicamento, en español. Voz neutra: el modo navegador la lee tal cual.
 */
export const trialSearch = {
  heading: 'Buscar estudios clínicos',
  intro:
    'ClinicalTrials.gov es la lista pública de estudios de investigación de EE. UU., de la Biblioteca Nacional de Medicina. Puede mostrar estudios que aceptan personas ahora. No se envía nada hasta pulsar el botón de búsqueda.',
  open: 'Preparar una búsqueda de estudios',
  sentHeading: 'Lo que envía la búsqueda',
  sentIntro:
    'Solo las palabras y el lugar de abajo van a ClinicalTrials.gov. Se pueden cambiar antes. Nunca se envían el código postal, la edad, el seguro ni el nombre.',
  conditionLabel: 'Palabras del cáncer para buscar',
  conditionHint: 'Las palabras del propio registro para este cáncer, en inglés. "OR" quiere decir cualquiera de ellas.',
  conditionRequired: 'Escriba palabras del cáncer para buscar, por ejemplo Pancreatic Cancer.',
  findingsLegend: 'Resultados de pruebas para añadir a la búsqueda',
  findingsHint: 'Un resultado marcado también se envía. Se muestran los estudios que nombran alguno de ellos.',
  drugLabel: (name) => `Añadir el medicamento ${name}: solo estudios que lo usan`,
  placeLegend: 'Dónde buscar',
  placeNear: ({ lat, lon, miles }) => `A menos de ${miles} millas del punto del mapa ${lat}, ${lon}`,
  placeState: (stateName) => `En ${stateName} (se envía el nombre del estado)`,
  placeAnywhere: 'En cualquier lugar (no se envía ningún lugar)',
  pointSource: (zip) =>
    `El punto del mapa es el centro de la zona del código postal ${zip}, redondeado a casi un kilómetro. Se calcula en este aparato con la lista de 2021 de la Oficina del Censo de EE. UU. El código postal no se envía.`,
  zipLoading: 'Buscando el punto del mapa del código postal, en este aparato…',
  unknownZip: (zip) =>
    `El código postal ${zip} no está en la lista de zonas de códigos postales de EE. UU. que se usa aquí (Oficina del Censo, 2021). Aún se puede buscar sin distancia.`,
  noZip: 'Las respuestas no tienen código postal, así que la búsqueda no puede usar la distancia.',
  noState: 'Las respuestas no tienen estado, así que la búsqueda no puede buscar en un estado.',
  statusNote: 'Solo se buscan estudios que aceptan personas ahora o que lo harán pronto.',
  search: 'Enviar estas palabras y este lugar a ClinicalTrials.gov y buscar',
  waiting: 'Buscando en ClinicalTrials.gov…',
  cancel: 'Detener la búsqueda',
  resultsHeading: 'Estudios encontrados',
  total: (count) => `${plural(count, 'estudio coincide', 'estudios coinciden')} con esta búsqueda en ClinicalTrials.gov.`,
  shown: (shown) => `Aquí se ${shown === 1 ? 'muestra 1 estudio' : `muestran ${shown} estudios`}.`,
  sortNote: 'Primero el más cercano, luego la fase más avanzada. Las distancias son aproximadas: el registro da el centro de la ciudad de cada centro.',
  unreadableStudies: (count) => `No se ${count === 1 ? 'pudo leer 1 estudio y se deja' : `pudieron leer ${count} estudios y se dejan`} fuera.`,
  empty: 'Ningún estudio que acepta personas coincide con estas palabras y este lugar. Pruebe con menos palabras o un lugar más amplio.',
  more: 'Mostrar más estudios (se envía la misma búsqueda otra vez para la página siguiente)',
  lastPage: 'Esos son todos los estudios que encontró esta búsqueda.',
  phase: {
    EARLY_PHASE1: 'Fase 1 temprana: una primera prueba muy pequeña en personas, para saber cómo actúa el medicamento en el cuerpo.',
    PHASE1: 'Fase 1: una primera prueba en personas. Estudia sobre todo la seguridad y la dosis correcta.',
    PHASE2: 'Fase 2: prueba si el tratamiento funciona contra este cáncer, y sus efectos secundarios.',
    PHASE3: 'Fase 3: compara el tratamiento nuevo con uno estándar, en muchas personas.',
    PHASE4: 'Fase 4: estudia un tratamiento ya aprobado, para saber más de él.',
    NA: 'Sin fase: este estudio no prueba un medicamento por fases (por ejemplo, prueba un aparato o un cuidado).',
  },
  noPhase: 'El registro no indica ninguna fase.',
  status: (status) =>
    status === 'RECRUITING'
      ? 'Acepta personas ahora'
      : status === 'NOT_YET_RECRUITING'
        ? 'Aún no acepta personas, lo hará pronto'
        : `Estado en el registro: ${status}`,
  phaseLabel: 'Fase',
  statusLabel: 'Estado',
  nearestLabel: 'Centro más cercano',
  nearest: ({ place, miles }) => (miles === undefined ? place : `${place}: ${miles === 1 ? 'a más o menos 1 milla' : `a unas ${miles} millas`}`),
  noSite: 'Todavía no hay ningún centro en la lista.',
  sitesLabel: 'Centros',
  sites: (count) => plural(count, 'centro', 'centros'),
  ageLabel: 'Límites de edad',
  ageLimits: ({ min, max }) =>
    min && max ? `De ${age(min)} a ${age(max)}` : min ? `Desde ${age(min)}` : max ? `Hasta ${age(max)}` : 'No hay límites de edad en la lista',
  ageFit: {
    within: (age) => `La edad indicada (${age}) está dentro de estos límites.`,
    'below-minimum': (age) => `La edad indicada (${age}) es menor que la edad mínima.`,
    'above-maximum': (age) => `La edad indicada (${age}) es mayor que la edad máxima.`,
    unknown: () => 'No se indicó la edad, así que no se compara.',
  },
  expandedAccessNote: 'Este estudio dice que su medicamento también puede darse fuera del estudio (acceso ampliado).',
  studyPage: (nctId) => `Página del estudio ${nctId} en ClinicalTrials.gov`,
  newTab: '(se abre en una pestaña nueva)',
  keep: (nctId) => `Guardar ${nctId} para hablarlo con el equipo médico`,
  keptCount: (count, max) => `${count} de ${max} estudios guardados.`,
  atLimit: (max) => `Hay ${max} estudios guardados, el máximo de la lista. Quite uno para guardar otro.`,
  failures: {
    ...ctgovLookups.failures,
    'not-found': 'ClinicalTrials.gov no respondió a esta búsqueda. Aquí está la misma búsqueda en su sitio web.',
  },
  websiteSearch: 'La misma búsqueda en el sitio web de ClinicalTrials.gov',
  pasteLabel: 'Números NCT de estudios encontrados en el sitio web',
  pasteHint: 'Cada uno es NCT y 8 dígitos, por ejemplo NCT01234567. Pegue uno o más.',
  pasteError: 'Números NCT: escriba NCT y 8 dígitos, por ejemplo NCT01234567.',
  pasteNone: 'Números NCT: escriba al menos un número NCT, por ejemplo NCT01234567.',
  pasteButton: 'Buscar estos números NCT en ClinicalTrials.gov y guardarlos (solo se envían los números)',
  pasteNotFound: (ids) => `ClinicalTrials.gov no tiene ningún estudio con este número: ${ids}. Revise el número.`,
  pasteKeptNotLookedUp: (ids) =>
    `Guardado sin detalles: ${ids}. No se pudo conectar con ClinicalTrials.gov, así que no se saben el título, el estado ni los centros. Revíselos en la página del estudio.`,
  keptHeading: 'Estudios guardados para hablarlos con el equipo médico',
  keptNone: 'Todavía no hay estudios guardados.',
  keptIntro: 'Se imprimen en la lista, con preguntas para el equipo del estudio.',
  keptLookedUp: (date) => `Buscado el ${date}.`,
  keptNotLookedUp:
    'Sin buscar: no se pudo conectar con ClinicalTrials.gov, así que no se saben el título, el estado ni los centros. Revíselos en la página del estudio.',
  keptOn: (date) => `Guardado el ${date}.`,
  stale: (days) => `Esto se buscó hace ${days} días. Puede haber cambiado: revise la página del estudio o busque otra vez.`,
  remove: (nctId) => `Quitar ${nctId}`,
  contactLabel: 'Contacto',
  decide: 'Un estudio en esta lista no asegura un lugar. Decida con el equipo médico si preguntar por él.',
  ea: {
    heading: 'Programas de acceso ampliado en ClinicalTrials.gov',
    intro: 'Algunas compañías tienen un programa que da un medicamento fuera de un estudio. Es lo primero que revisa un médico antes de pedirlo para un solo paciente.',
    typeNameFirst: 'Escriba arriba el nombre del medicamento para buscar sus programas de acceso ampliado.',
    lookUp: (name) => `Buscar programas de acceso ampliado para ${name} en ClinicalTrials.gov (solo se envía el nombre del medicamento)`,
    lookAgain: (name) => `Buscar otra vez ${name} en ClinicalTrials.gov (solo se envía el nombre del medicamento)`,
    waiting: (name) => `Buscando ${name} en ClinicalTrials.gov…`,
    noneListed: (name) =>
      `No hay ningún programa de acceso ampliado para ${name} en la lista. La solicitud para un solo paciente sigue siendo posible. La política de la propia compañía es el siguiente lugar donde buscar.`,
    found: (name, count) => `${plural(count, 'registro de acceso ampliado', 'registros de acceso ampliado')} para ${name}`,
    statuses: {
      AVAILABLE: 'Disponible ahora',
      NO_LONGER_AVAILABLE: 'Ya no está disponible',
      TEMPORARILY_NOT_AVAILABLE: 'No disponible por ahora',
      APPROVED_FOR_MARKETING: 'Ya aprobado y a la venta',
    },
    keep: 'Guardar esto con las respuestas',
    kept: (name, date) => `Guardado con las respuestas: acceso ampliado para ${name}, buscado el ${date}.`,
    websiteSearch: (name) => `La misma búsqueda de ${name} en el sitio web de ClinicalTrials.gov`,
    nextSteps: 'Pregunte a la compañía del medicamento por un programa y decida con el equipo médico.',
  },
} satisfies TrialSearchContent;
