import type { CtgovLookupContent } from '../../src/content/ctgov-lookup-content.types';

/** Búsquedas en ClinicalTrials.gov, en español (ver spec/lookups.md, "Failure is normal"). */
export const ctgovLookups = {
  failures: {
    offline: 'No se pudo llegar a ClinicalTrials.gov. Aquí está la misma búsqueda en su sitio web.',
    'not-found': 'ClinicalTrials.gov no encontró ningún estudio con ese número. Revise el número.',
    'rate-limited': 'Hubo demasiadas búsquedas hace un momento. Intente de nuevo en un minuto.',
    'server-error': 'ClinicalTrials.gov tiene un problema ahora. Intente más tarde o use su sitio web.',
    unreadable: 'No se pudo leer la respuesta de ClinicalTrials.gov. No se guardó nada.',
  },
  websiteSearch: (url) => `La misma búsqueda en el sitio web de ClinicalTrials.gov: ${url}`,
  noDrugName: 'Las respuestas no tienen el nombre de un medicamento, así que no se buscaron programas de acceso ampliado.',
  noCancerType: 'Las respuestas no tienen un tipo de cáncer, así que no se buscaron estudios clínicos.',
  unknownZip: (zip) => `El código postal ${zip} no está en nuestra lista de códigos postales de EE. UU. (2021). Los estudios se buscaron sin distancia.`,
  savedExpandedAccess: ({ name, count }) =>
    count === 0
      ? `ClinicalTrials.gov no tiene ningún programa de acceso ampliado para ${name}. Se guardó con las respuestas.`
      : `Se ${count === 1 ? 'guardó 1 registro' : `guardaron ${count} registros`} de acceso ampliado para ${name} de ClinicalTrials.gov.`,
  savedTrials: ({ count, total }) =>
    `Se ${count === 1 ? 'guardó el estudio' : `guardaron los ${count} estudios`} que reclutan más cerca, de ClinicalTrials.gov${total === undefined ? '' : ` (${total} coincidieron con la búsqueda)`}.`,
  lookupNames: { 'expanded-access': 'Programas de acceso ampliado', trials: 'Estudios clínicos' },
} satisfies CtgovLookupContent;
