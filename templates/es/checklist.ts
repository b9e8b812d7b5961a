import { CONTENT_VERSION } from '../en/sources';
import type { ChecklistContent } from '../../src/content/checklist-content.types';

/** Todas las palabras de la lista en PDF y de sus botones, en español. */
export const checklist = {
  productName: 'Guía de acceso a tratamientos',
  contentVersion: CONTENT_VERSION.version,
  contentReviewed: CONTENT_VERSION.reviewed,
  fileName: (isoDate) => `treatment-access-checklist-${isoDate}.pdf`,

  properties: {
    title: 'Lista para acceder a tratamientos',
    subject: 'Caminos a un medicamento contra el cáncer para hablar con el equipo de atención: razones, pasos, contactos y preguntas',
    keywords: 'uso fuera de indicación, acceso ampliado, Right to Try, ayuda con los costos, estudios clínicos',
  },

  footer: {
    // Short enough for one line at 9 pt beside the page number, as the English is.
    identity: (productName, version, reviewedDate) => `${productName} · Contenido ${version}, revisado el ${reviewedDate}`,
    reminder: 'Esta es información para hablar con su equipo de atención, no un consejo médico. Decidan juntos.',
    pageOf: (page, total) => `Página ${page} de ${total}`,
  },

  replacementMarker: '[?]',

  cover: {
    title: 'Lista para acceder a tratamientos',
    madeOn: (date, productName) => `Hecha el ${date} con la ${productName}.`,
    glanceColumns: { pathway: 'Camino', fit: 'Qué tan bien encaja' },
  },

  sheet: {
    nameLabel: 'Nombre:',
    appointmentLabel: 'Cita:',
    glanceHeading: 'Los caminos de un vistazo',
    answerLines: 2,
    bringHeading: 'Qué llevar',
    bring: [
      'Informe de patología',
      'Biomarcadores',
      'Tratamientos, fechas',
      'Tarjeta del seguro',
      'Cartas de rechazo',
      'Estudios y notas',
      'Lista de medicamentos',
    ],
    labelLine: {
      'names-my-cancer': (drug, date) => `Etiqueta de la FDA: la etiqueta de ${drug} nombra su cáncer (buscado el ${date}).`,
      'other-uses-only': (drug, date) => `Etiqueta de la FDA: la etiqueta de ${drug} nombra otros usos, no su cáncer (buscado el ${date}).`,
      'none-found': (drug, date) => `Etiqueta de la FDA: no se encontró una etiqueta de la FDA para ${drug} (buscado el ${date}).`,
      'cannot-tell': (drug, date) =>
        `Etiqueta de la FDA: se encontró una etiqueta de ${drug}; pregunte a su oncólogo si incluye su cáncer (buscado el ${date}).`,
    },
    trialLine: (nctId, title, status) => `Estudio que guardó: ${nctId}, ${title} (${status}).`,
    trialNotLookedUpLine: (nctId) => `Estudio que guardó: ${nctId}, sin buscar. Revise su título y su estado en la página del estudio.`,
  },

  directory: {
    heading: 'Quién puede ayudar',
    intro: 'Cada contacto aparece una vez, con los caminos en los que puede ayudar.',
    serves: 'Para:',
  },

  summary: {
    filledBy: 'Llenado por',
    appointment: 'Cita',
    appointmentWith: (date, clinician) => [date, clinician ? `con ${clinician}` : undefined].filter(Boolean).join(' '),
    cancer: 'Cáncer',
    stage: 'Etapa',
    biomarkers: 'Prueba de biomarcadores',
    treatments: 'Tratamientos probados',
    treatmentColumns: { number: 'N.º', name: 'Tratamiento', outcome: 'Qué pasó' },
    standardOptionsLeft: 'Quedan tratamientos aprobados',
    drugOfInterest: 'Medicamento por el que pregunta',
    drug: (name, approval) => [name, approval ? `(${approval})` : undefined].filter(Boolean).join(' '),
    insurance: 'Seguro médico',
    deniedBefore: 'Un seguro ya dijo que no',
    costConcern: 'Preocupación por el costo',
    trials: 'Estudios clínicos',
    trialsValue: (status, travel) => [status, travel ? `puede viajar: ${travel}` : undefined].filter(Boolean).join('; '),
    careTeam: 'Oncólogo',
    careTeamValue: (openToHelp, setting) => [openToHelp, setting].filter(Boolean).join('; '),
    notAnswered: 'Sin respuesta',
    noneListed: 'Ninguno anotado',
  },

  values: {
    filledBy: { patient: 'El paciente', caregiver: 'Un familiar o cuidador', navigator: 'Un navegador de pacientes' },
    stage: {
      early: 'Temprano',
      'locally-advanced': 'Localmente avanzado',
      metastatic: 'Metastásico (se extendió a otras partes del cuerpo)',
      recurrent: 'Recurrente (volvió)',
      unsure: 'No lo sabe',
    },
    testing: { done: 'Hecha', 'not-done': 'No hecha', unsure: 'No sabe si se hizo' },
    testingDoneWith: (findings) => `Hecha. Resultados: ${findings}`,
    outcome: {
      'stopped-working': 'Dejó de funcionar',
      'did-not-work': 'No funcionó',
      'side-effects': 'Lo dejó por efectos secundarios',
      'still-taking': 'Todavía lo recibe',
    },
    yesNoUnsure: { yes: 'Sí', no: 'No', unsure: 'No lo sabe' },
    approval: {
      'approved-for-my-cancer': 'aprobado para este cáncer',
      'approved-for-other-use': 'aprobado para otro uso',
      'approved-outside-us-only': 'aprobado en otro país, no en los EE. UU.',
      'not-approved': 'no aprobado',
      unsure: 'no se sabe si está aprobado',
    },
    coverage: {
      private: 'Plan privado o del trabajo',
      marketplace: 'Plan del mercado de seguros',
      medicare: 'Medicare',
      'medicare-advantage': 'Medicare Advantage',
      medicaid: 'Medicaid',
      'military-va': 'Militar o VA',
      uninsured: 'Sin seguro',
      other: 'Otro',
    },
    coverageInState: (coverage, state) => `${coverage} (vive en ${state})`,
    deniedBefore: { yes: 'Sí', no: 'No' },
    costConcern: { none: 'Ninguna', some: 'Algo', major: 'Mucha' },
    trialStatus: {
      'in-a-trial': 'Está en un estudio ahora',
      'looked-not-eligible': 'Buscó, pero no pudo entrar',
      looking: 'Está buscando uno',
      'not-yet-considered': 'Todavía no lo ha pensado',
      'not-interested': 'No le interesa',
    },
    travel: { 'near-home': 'solo cerca de casa', 'in-my-state': 'dentro del estado', 'anywhere-in-us': 'a cualquier lugar de EE. UU.' },
    travelWithZip: (travel, zip) => `${travel}, desde el código postal ${zip}`,
    openToHelp: { yes: 'Dispuesto a ayudar', no: 'No está dispuesto a ayudar', unsure: 'No se sabe si está dispuesto a ayudar' },
    setting: {
      'academic-center': 'centro de cáncer universitario',
      'community-practice': 'clínica local',
      unsure: 'no se sabe el lugar',
    },
  },

  notes: { heading: 'Sus notas' },
  firstSteps: { heading: 'Primeros pasos', intro: 'Estos van antes de cualquiera de los caminos.' },
  pathways: {
    heading: 'Los caminos, del que mejor encaja al que menos',
    title: (index, title, fit) => `${index}. ${title}: ${fit}`,
    reasonsHeading: 'Por qué',
    stepsHeading: 'Pasos',
    questionsHeading: 'Más preguntas',
    questionsOnSheet: 'Las preguntas de este camino están en la página 1.',
    phone: 'Teléfono:',
    web: 'Sitio web:',
    source: 'Fuente:',
  },
  savedTrials: {
    heading: 'Estudios clínicos que guardó',
    intro:
      'Estos son los estudios clínicos que guardó de ClinicalTrials.gov. Lo que decía el registro puede haber cambiado desde que buscó. Pregunte a su oncólogo y al equipo de cada estudio si un estudio podría ser para usted. Decidan juntos.',
    status: (s) =>
      s === 'RECRUITING' ? 'Reclutando' : s === 'NOT_YET_RECRUITING' ? 'Todavía no recluta' : `Ya no recluta (${s.toLowerCase().replace(/_/g, ' ')})`,
    phase: (phases) => {
      const words = phases.map((p) =>
        p === 'EARLY_PHASE1' ? 'fase 1 temprana' : /^PHASE\d$/.test(p) ? `fase ${p.slice(5)}` : p === 'NA' ? 'sin fase (no es un estudio de un medicamento)' : p.toLowerCase(),
      );
      return words.length === 0 ? 'No se indica' : words.join(' y ').replace(/^./, (c) => c.toUpperCase());
    },
    labels: { status: 'Estado', phase: 'Fase', nearestSite: 'Centro más cercano', contact: 'Contacto', lookedUp: 'Buscado el', keptOn: 'Guardado el', page: 'Página del estudio' },
    notLookedUp:
      'Sin buscar. No se pudo conectar con ClinicalTrials.gov cuando lo guardó, así que no se saben su título, su estado ni sus centros. Revíselos en la página del estudio.',
    site: (place, miles) => (miles === undefined ? place : `${place}, ${miles === 1 ? 'a más o menos 1 milla' : `a unas ${miles} millas`}`),
    questionsHeading: 'Preguntas para el equipo del estudio',
    questions: ['¿Puedo entrar con los tratamientos que ya recibí?', '¿Qué paga el estudio?'],
  },
  questions: {
    heading: 'Preguntas para mi oncólogo',
  },
  documents: { heading: 'Papeles que debe juntar', intro: 'Lleve estos papeles, o pida a la clínica que los envíe.' },
  glossary: { heading: 'Palabras que se usan en esta lista' },

  actions: {
    heading: 'Lleve esto con usted',
    download: 'Descargar la lista (PDF)',
    downloading: 'Preparando su lista…',
    downloaded: (fileName) => `Su lista se guardó como ${fileName}.`,
    printAccessible: 'Imprimir o guardar como página accesible',
    clinicianInEnglish: 'Página para el médico en inglés',
    failed: 'No pudimos preparar la lista. Sus respuestas siguen aquí. Vuelva a intentarlo, o use Imprimir.',
    replacedNotice: (marker, characters) =>
      `Algunos caracteres que escribió no se pueden imprimir en la lista. Aparecen como ${marker}: ${characters}`,
  },

  cli: {
    cannotMake: (detail) => `No se pudo hacer la lista en PDF (${detail}).`,
    cannotWrite: (path) => `No se pudo guardar la lista en ${path}. Revise que la carpeta exista y que usted pueda guardar archivos allí.`,
    replacedWarning: (marker, characters) => `Aviso: estos caracteres no se pueden imprimir y aparecen como ${marker}: ${characters}`,
  },
} satisfies ChecklistContent;
