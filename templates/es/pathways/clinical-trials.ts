import type { ClinicalTrialsContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../../en/sources';

/** Estudios clínicos: investigaciones que pueden dar acceso a medicamentos nuevos. */
export const clinicalTrials = {
  title: 'Estudios clínicos',
  summary:
    'Los estudios clínicos son investigaciones. Pueden darle acceso a medicamentos nuevos. Cada estudio tiene sus propias reglas sobre quién puede entrar. Importa hasta dónde puede viajar.',
  reasons: {
    inTrial: { text: 'Como nos dijo que está en un estudio clínico, esta parte trata de su estudio y de lo que viene después.' },
    notInterested: {
      text: 'Como nos dijo que ahora no le interesan los estudios clínicos, este camino no es para usted hoy. Es su decisión. Si cambia de idea, los estudios pueden dar acceso a medicamentos nuevos.',
    },
    lookingAdvanced: {
      text: 'Por la etapa que nos dio, y porque le interesan los estudios, los estudios clínicos le encajan bien.',
    },
    lookingFewOptions: {
      text: 'Como nos dijo que no le quedan tratamientos aprobados, y le interesan los estudios, los estudios clínicos le encajan bien.',
    },
    looking: {
      text: 'Como nos dijo que le interesan los estudios clínicos, podrían servirle. Un estudio es una opción incluso cuando quedan tratamientos aprobados.',
    },
    notEligibleBefore: {
      text: 'Nos dijo que buscó pero no pudo entrar. Eso no es el final. Cada estudio tiene sus propias reglas, y cambian. También se abren estudios nuevos. Vuelva a buscar.',
    },
    statusUnknown: { text: 'Todavía no nos ha contado sobre los estudios clínicos. Díganos si ha buscado. Así el resultado será más claro.' },
    routineCostsPrivate: {
      text: 'Como tiene un seguro privado o del mercado de seguros: por ley (Public Health Service Act, sección 2709), su plan tiene que cubrir los costos de la atención de rutina en un estudio aprobado. No tiene que pagar el medicamento del estudio. Puede pedirle que vaya a un centro de su red, si alguno le acepta. No tiene que pagar un centro fuera de su red, salvo que ya cubra la atención fuera de la red. Los planes antiguos con "derechos adquiridos" (grandfathered) no tienen que seguir esta ley: pregunte a su plan.',
      sources: [SRC.phsa2709],
    },
    routineCostsMedicare: {
      text: 'Como tiene Medicare: Medicare cubre los costos de la atención de rutina en los estudios que cumplen los requisitos (National Coverage Determination 310.1, una regla nacional de cobertura).',
      sources: [SRC.ncd310],
    },
    routineCostsMedicaid: {
      text: 'Como tiene Medicaid: desde el 1 de enero de 2022, Medicaid tiene que cubrir los costos de la atención de rutina en los estudios que cumplen los requisitos.',
      sources: [SRC.medicaidTrials],
    },
    routineCostsMedicareAdvantage: {
      text: 'Como tiene Medicare Advantage: Medicare Original paga los costos de la atención de rutina en un estudio que califica, y su plan paga la diferencia en lo que usted comparte del costo. El centro del estudio no tiene que estar en la red de su plan (confirme los datos actuales).',
      sources: [SRC.medicareTrials, SRC.ncd310],
    },
    routineCostsMilitary: {
      text: 'Como tiene un seguro militar o de veteranos (VA): TRICARE y el VA cubren los estudios patrocinados por el Instituto Nacional del Cáncer (NCI). Para otros estudios, pregunte al equipo del estudio y a su plan quién paga.',
      sources: [SRC.federalTrials],
    },
    routineCostsAsk: {
      text: 'Por su tipo de seguro, pregunte al equipo del estudio y a su plan quién paga la atención de rutina durante un estudio.',
    },
    findingsHelpSearch: {
      text: ({ findings }) => `Como la prueba de su tumor encontró ${findings}, puede buscar estudios que buscan ese cambio.`,
    },
    testingOpensTrials: {
      text: 'Como a su tumor no le han hecho la prueba de biomarcadores, o no está seguro: algunos estudios son solo para tumores con cierto cambio. La prueba puede abrirle más estudios.',
    },
    nearHome: { text: 'Quiere un estudio cerca de su casa. Si no hay ninguno cerca, buscar en una zona más grande muestra más estudios.' },
    anywhere: { text: 'Nos dijo que puede viajar a cualquier lugar de EE. UU. Eso le da más estudios para elegir.' },
    savedTrialInRange: {
      text: ({ savedTrial, savedTrialOn }) =>
        `Usted guardó un estudio que estaba reclutando a la distancia que puede viajar: ${savedTrial}. Eso decía ClinicalTrials.gov cuando lo buscó el ${savedTrialOn}. Pregúntele a su oncólogo y al equipo del estudio si podría entrar.`,
      sources: [SRC.clinicalTrialsGov],
    },
    savedTrialClosed: {
      text: ({ closedTrials, closedTrialsOn }) =>
        `Un estudio que guardó ya no está reclutando: ${closedTrials}. Eso decía ClinicalTrials.gov cuando lo buscó el ${closedTrialsOn}. Busque otros estudios y pregúntele a su equipo de atención.`,
      sources: [SRC.clinicalTrialsGov],
    },
    savedTrialNotLookedUp: {
      text: ({ notLookedUpTrials }) =>
        `Usted guardó un estudio que no se pudo buscar en ClinicalTrials.gov: ${notLookedUpTrials}. Aún no se sabe su estado. Pregúntele al equipo del estudio si está reclutando, o revise su página en ClinicalTrials.gov.`,
      sources: [SRC.clinicalTrialsGov],
    },
    inTrialNoOptions: {
      text: 'Nos dijo que no le quedan tratamientos aprobados. Pregunte ahora al equipo del estudio qué podría hacer si el estudio deja de funcionar o termina. El acceso ampliado podría ser un camino entonces.',
    },
  },
  steps: {
    askTrialTeamAfter: { text: 'Pregunte al equipo del estudio qué pasa cuando el estudio termine, o si tiene que salir de él.' },
    reportChanges: { text: 'Cuéntele al equipo del estudio cualquier síntoma o efecto secundario nuevo.' },
    bringFindings: {
      text: 'Use los resultados de su prueba de biomarcadores cuando busque. Algunos estudios son solo para tumores con cierto cambio.',
    },
    searchCtGov: {
      text: 'Busque en ClinicalTrials.gov (el registro oficial de estudios de EE. UU., en inglés) por su cáncer, sus biomarcadores y el lugar donde vive.',
      sources: [SRC.clinicalTrialsGov],
    },
    searchNci: {
      text: 'Busque también en la lista de estudios de cáncer del Instituto Nacional del Cáncer (NCI).',
      sources: [SRC.nciTrialSearch],
    },
    callCis: {
      text: 'Llame al Servicio de Información sobre el Cáncer del NCI al 1-800-4-CANCER (1-800-422-6237) con sus preguntas sobre estudios. Le atienden en inglés y en español.',
      sources: [SRC.nciContact],
    },
    lookAgain: { text: 'Vuelva a buscar cada pocos meses. Se abren estudios nuevos, y cada estudio tiene sus propias reglas.' },
    widenTravel: {
      text: 'Si no hay un estudio cerca, busque en una zona más grande. Pregunte al equipo del estudio si hay ayuda con los gastos de viaje.',
    },
    askCosts: { text: 'Pregunte al equipo del estudio qué costos paga el estudio y cuáles paga su seguro.' },
  },
  questions: {
    afterTrialEnds: '¿Qué pasa cuando termine el estudio? ¿Podría seguir recibiendo el medicamento?',
    trialForMe: '¿Hay un estudio que podría servirme? ¿Me ayudará a encontrarlo?',
    whyNotEligible: '¿Por qué no pude entrar en el estudio? ¿Podría cambiar eso?',
    phaseMeaning: '¿En qué fase está el estudio, y qué quiere decir eso para mí?',
    nearbySites: '¿Qué centros de cáncer cerca de mí tienen estudios?',
    routineCosts: '¿Qué va a pagar mi seguro durante un estudio?',
  },
  contacts: {
    ctGov: {
      name: 'ClinicalTrials.gov (registro oficial de estudios, en inglés)',
      url: 'https://clinicaltrials.gov',
      source: SRC.clinicalTrialsGov.url,
      reviewed: SRC.clinicalTrialsGov.reviewed,
    },
    nciSearch: {
      name: 'Instituto Nacional del Cáncer (NCI): cómo buscar un estudio clínico',
      url: 'https://www.cancer.gov/espanol/investigacion/participe/como-buscar-un-estudio-clinico',
      source: SRC.nciTrialSearchEs.url,
      reviewed: SRC.nciTrialSearchEs.reviewed,
    },
    nciCis: {
      name: 'Servicio de Información sobre el Cáncer del NCI (servicio en inglés y en español; sitio web en inglés)',
      phone: '1-800-4-CANCER (1-800-422-6237)',
      url: 'https://www.cancer.gov/contact',
      source: SRC.nciContact.url,
      reviewed: SRC.nciContact.reviewed,
    },
    acsHelpline: {
      name: 'Línea de ayuda de la American Cancer Society (Sociedad Americana Contra el Cáncer), todos los días, a toda hora (sitio web en inglés)',
      phone: '1-800-227-2345',
      url: 'https://www.cancer.org',
      source: SRC.acs.url,
      reviewed: SRC.acs.reviewed,
    },
  },
} satisfies ClinicalTrialsContent;
