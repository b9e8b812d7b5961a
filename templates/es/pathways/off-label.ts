import type { OffLabelContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../../en/sources';
import { deDrug } from './pathways';

/** Uso fuera de indicación (off-label): un medicamento aprobado que se usa para otro cáncer, dosis o forma de darlo. */
export const offLabel = {
  title: 'Uso fuera de indicación (off-label)',
  summary:
    'Un medicamento que la FDA aprobó para un uso se puede recetar para otro. Esto se llama uso fuera de indicación, o off-label en inglés. Es legal y común en el tratamiento del cáncer. Su médico decide. Lo difícil suele ser que alguien lo pague.',
  reasons: {
    onLabel: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} ya está aprobado para su cáncer, usarlo sería un uso aprobado, no fuera de indicación. Su médico se lo puede recetar como siempre. Si el problema es el costo, vea la ayuda con los costos.`,
      sources: [SRC.nciOffLabel],
    },
    notApprovedAnywhere: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado para ningún uso, no se puede recetar fuera de indicación. Para un medicamento así, los caminos son un estudio clínico, el acceso ampliado o Right to Try. Si más adelante lo aprueban para otro uso, esto podría cambiar.`,
      sources: [SRC.nciOffLabel],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado en otro país pero no en los EE. UU., la FDA no lo ha aprobado para ningún uso. Por eso aquí no se puede recetar fuera de indicación. Para un medicamento así, los caminos son el acceso ampliado, Right to Try o un estudio clínico. Si la FDA lo aprueba más adelante, esto podría cambiar.`,
      sources: [SRC.nciOffLabel],
    },
    labelNamesCancer: {
      text: ({ drug, labelQuery, labelOn, labelSentence, labelConditions }) =>
        `La etiqueta de la FDA que buscó para ${labelQuery || drug} el ${labelOn} nombra su cáncer. La etiqueta está en inglés; dice: “${labelSentence}”${labelConditions ? ` Pide ${labelConditions}.` : ''} Pregúntele a su oncólogo si usted cumple con este uso. Si cumple, usarlo sería dentro de indicación, no fuera de indicación. Si no cumple, el uso fuera de indicación todavía podría ser posible.`,
      sources: [SRC.openFdaLabel],
    },
    labelOtherUsesOnly: {
      text: ({ drug, labelQuery, labelOn }) =>
        `La etiqueta de la FDA que buscó para ${labelQuery || drug} el ${labelOn} menciona otros usos, no su cáncer. Por eso, usarlo para su cáncer sería fuera de indicación. Su médico se lo puede recetar fuera de indicación. Lo difícil suele ser que lo paguen.`,
      sources: [SRC.openFdaLabel, SRC.nciOffLabel],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No se encontró una etiqueta de la FDA con el nombre ${labelQuery || drug} cuando buscó el ${labelOn}. Esto suele querer decir que el medicamento no está aprobado por la FDA en los EE. UU., o que tiene otro nombre u otra ortografía. Un medicamento sin aprobación de la FDA no se puede recetar fuera de indicación. Pídale a su equipo de atención el nombre exacto.`,
      sources: [SRC.openFdaLabel],
    },
    oncologistNotOpen: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado para otro uso, el uso fuera de indicación podría servirle. Pero también nos dijo que su oncólogo no está dispuesto a pedirlo. Un médico tiene que recetarlo. Otra opinión médica podría cambiar esto.`,
    },
    approvedForOtherUse: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado para otro uso, su médico se lo puede recetar para su cáncer fuera de indicación. Lo difícil suele ser que alguien lo pague.`,
      sources: [SRC.nciOffLabel, SRC.acsOffLabel],
    },
    findingsPointToDrug: {
      text: ({ findings }) =>
        `Como la prueba de su tumor encontró ${findings}, podría servirle un medicamento aprobado para otro cáncer con el mismo cambio. Pregúntele a su oncólogo.`,
    },
    approvalUnsure: {
      text: ({ drug }) =>
        `Nos dijo que no sabe si ${drug} está aprobado. Si está aprobado para otro uso, el uso fuera de indicación podría servirle. Pregúntele a su oncólogo o a su farmacéutico.`,
    },
    noDrugYet: {
      text: 'Todavía no nos ha dicho si el medicamento que tiene en mente está aprobado. El uso fuera de indicación es común en el tratamiento del cáncer. Cuéntenos sobre el medicamento. Así el resultado será más claro.',
      sources: [SRC.nciOffLabel],
    },
    medicareCompendia: {
      text: 'Como tiene Medicare: Medicare paga los medicamentos contra el cáncer usados fuera de indicación cuando ese uso tiene el apoyo de un compendio de medicamentos o de estudios publicados. Un compendio es un libro oficial de consulta sobre medicamentos.',
      sources: [SRC.cmsCompendia],
    },
    privatePlanStateLaw: {
      text: 'Como tiene un seguro privado o del mercado de seguros: la mayoría de los estados (41 en 2024) tienen una ley sobre el pago de medicamentos contra el cáncer usados fuera de indicación. No hay una regla federal para los planes privados. Si su plan es un plan de empleador autofinanciado (el empleador paga las cuentas él mismo), pregunte a su plan si la ley de su estado se aplica. Pregunte a su plan qué cubre.',
      sources: [SRC.avalereStateLaws],
    },
    otherCoverageAsk: {
      text: 'Por su tipo de seguro: los seguros muchas veces dicen que el uso fuera de indicación es experimental y se niegan a pagar. Pregunte a su plan qué necesita. Es común tener que pedir permiso al plan antes (autorización previa).',
      sources: [SRC.acsOffLabel],
    },
    uninsuredPays: {
      text: 'Como nos dijo que no tiene seguro médico, el medicamento lo pagaría usted o un programa de ayuda. Vea la ayuda con los costos.',
    },
    deniedCanAppeal: {
      text: 'Como nos dijo que un seguro ya se negó a pagar: usted puede apelar. Primero le pide al plan que lo vuelva a revisar. Después puede pedir que lo revise alguien de fuera del plan (revisión externa).',
      sources: [SRC.acsOffLabel, SRC.healthcareGovAppeal],
    },
    medicaidAcceptedUses: {
      text: 'Como tiene Medicaid: Medicaid tiene que cubrir los medicamentos para usos "médicamente aceptados". Entre ellos están los usos fuera de indicación que apoya un compendio, un libro oficial de referencia de medicamentos. Su plan podría pedir aprobar el medicamento antes (autorización previa). Pida al consultorio de su médico que revise lo que dice el compendio.',
      sources: [SRC.medicaidAcceptedUses, SRC.medicaidOffLabel],
    },
    findingsSupportCase: {
      text: ({ findings, drug }) =>
        `Como la prueba de su tumor encontró ${findings}, su médico puede usar ese resultado para explicar por qué ${drug} podría ayudarle.`,
    },
  },
  steps: {
    askOncologistEvidence: {
      text: ({ drug }) =>
        `Pregúntele a su oncólogo si tiene sentido para usted usar ${drug} fuera de indicación, y qué estudios lo apoyan. Decidan juntos.`,
    },
    biomarkerFirst: {
      text: 'Pregunte primero por la prueba de biomarcadores. Los resultados pueden mostrar qué medicamentos podrían funcionar para su tumor.',
    },
    medicareCompendiaCheck: {
      text: 'Pida en el consultorio de su oncólogo que revisen si este uso aparece como apoyado en un compendio que Medicare acepta, como el NCCN Drugs & Biologics Compendium.',
      sources: [SRC.cmsCompendia],
    },
    priorAuthorization: {
      text: 'Pida en el consultorio que consigan la autorización previa de su plan antes de empezar. Esto quiere decir que el plan acepta pagar antes.',
      sources: [SRC.acsOffLabel],
    },
    appealDenial: {
      text: 'Si el plan dice que no, apele. Pida en el consultorio una carta que explique por qué necesita el medicamento. Guarde copias de todo.',
      sources: [SRC.healthcareGovAppeal],
    },
    costHelp: { text: 'Si el costo es un problema, vea la ayuda con los costos en esta lista.' },
    otherRoads: {
      text: 'Pregúntele a su oncólogo por un estudio clínico, el acceso ampliado o Right to Try. En esta lista puede leer sobre cada uno.',
    },
  },
  questions: {
    evidenceForMe: ({ drug }) => `¿Qué estudios apoyan el uso ${deDrug(drug)} para mi cáncer?`,
    compendiumListing: '¿Este uso aparece en un compendio que Medicare acepta?',
    priorAuthWho: '¿Quién se encarga de la autorización previa en su consultorio?',
    ifDenied: 'Si mi plan dice que no, ¿me ayudará a apelar?',
    onLabelInstead: '¿Hay un medicamento aprobado para mi cáncer que podría funcionar igual de bien?',
    labelMayBeOnLabel: ({ drug }) => `La etiqueta de la FDA de ${drug} parece nombrar mi cáncer. ¿Está aprobado para mi cáncer, de modo que sería un uso aprobado para mí?`,
  },
  contacts: {
    nciCis: {
      name: 'Servicio de Información sobre el Cáncer del NCI (Instituto Nacional del Cáncer), servicio en inglés y en español; sitio web en inglés',
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
} satisfies OffLabelContent;
