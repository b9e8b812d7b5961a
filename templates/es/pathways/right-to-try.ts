import type { RightToTryContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../../en/sources';

/** Right to Try: la ley federal de 2018, siempre junto al acceso ampliado, con lo que se gana y lo que se pierde. */
export const rightToTry = {
  title: 'Right to Try (ley del “derecho a probar”)',
  summary:
    'Right to Try es una ley federal de 2018. Su nombre quiere decir “derecho a probar”. Es otro camino a un medicamento que todavía está en estudio, para una enfermedad que pone en peligro la vida. No pasa por una solicitud a la FDA. Va junto al acceso ampliado, no en su lugar.',
  reasons: {
    inTrial: {
      text: 'Como nos dijo que está en un estudio clínico, Right to Try no es el camino ahora. Es para personas que no pueden entrar en un estudio del medicamento. Si sale del estudio o el estudio termina, esto podría cambiar.',
      sources: [SRC.fdaRightToTry],
    },
    approvedDrug: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado, Right to Try no se aplica. Es solo para medicamentos que no están aprobados para ningún uso.`,
      sources: [SRC.fdaRightToTry],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado en otro país pero no por la FDA, Right to Try podría ser un camino en los EE. UU. El medicamento tiene que haber terminado un estudio de fase 1, la compañía tiene que aceptar y su médico tiene que confirmar que usted no puede entrar en un estudio de ese medicamento. Pregunte primero por el acceso ampliado.`,
      sources: [SRC.fdaRightToTry],
    },
    labelFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `La etiqueta de la FDA que buscó para ${labelQuery || drug} el ${labelOn} muestra que la FDA lo aprobó. Right to Try es solo para medicamentos que no están aprobados para ningún uso, así que no se aplica.`,
      sources: [SRC.openFdaLabel, SRC.fdaRightToTry],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No se encontró una etiqueta de la FDA con el nombre ${labelQuery || drug} cuando buscó el ${labelOn}. Si el medicamento no está aprobado en los EE. UU., Right to Try podría ser un camino. El medicamento tiene que haber terminado un estudio de fase 1 y la compañía tiene que aceptar. Pregunte primero por el acceso ampliado.`,
      sources: [SRC.openFdaLabel, SRC.fdaRightToTry],
    },
    optionsLeft: {
      text: 'Como nos dijo que quedan tratamientos aprobados, Right to Try no encaja ahora. Es solo para personas que ya usaron los tratamientos aprobados. Si esos tratamientos dejan de funcionar, esto podría cambiar.',
      sources: [SRC.fdaRightToTry],
    },
    trialFirst: {
      text: 'Como todavía está viendo estudios clínicos, Right to Try no es un camino por ahora. Su médico tiene que confirmar que usted no puede entrar en un estudio del medicamento. Si ningún estudio le acepta, esto podría cambiar.',
      sources: [SRC.fdaRightToTry],
    },
    conditionsMet: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado, que no le quedan tratamientos aprobados y que no pudo entrar en un estudio, Right to Try podría ser un camino. El medicamento tiene que haber terminado un estudio de fase 1, y la compañía tiene que aceptar. Pregunte primero por el acceso ampliado.`,
      sources: [SRC.fdaRightToTry],
    },
    notInterestedInTrials: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado, Right to Try podría ser un camino. Pero la ley pide que su médico confirme que usted no puede entrar en un estudio del medicamento. No querer entrar puede no ser suficiente.`,
      sources: [SRC.fdaRightToTry],
    },
    notApprovedSomeUnsure: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado, Right to Try podría ser un camino. También hace falta haber usado los tratamientos aprobados y que no haya un estudio en el que pueda entrar. Sus respuestas todavía no lo dejan claro.`,
      sources: [SRC.fdaRightToTry],
    },
    notEnoughKnown: {
      text: 'Todavía no lo podemos saber. Right to Try es solo para medicamentos no aprobados para ningún uso, después de usar los tratamientos aprobados, cuando usted no puede entrar en un estudio. Díganos si el medicamento está aprobado. Así el resultado será más claro.',
      sources: [SRC.fdaRightToTry],
    },
  },
  steps: {
    expandedAccessFirst: { text: 'Pregunte primero por el acceso ampliado. Right to Try va junto a él, no en su lugar.' },
    tradeOffs: {
      text: 'Sepa lo que se gana y lo que se pierde. Right to Try no pasa por una solicitud a la FDA ni por la revisión de un comité de ética (IRB). Eso quiere decir menos controles de seguridad. La compañía puede decir que no, y puede cobrarle. Ningún seguro está obligado a pagar.',
      sources: [SRC.fdaRightToTry],
    },
    checkDrug: {
      text: 'Revise que el medicamento se pueda usar de esta manera. Tiene que haber terminado un estudio de fase 1, no estar aprobado para ningún uso y seguir en desarrollo.',
      sources: [SRC.fdaRightToTry],
    },
    companyAgrees: {
      text: 'Su médico se lo pide a la compañía del medicamento. Su médico tiene que confirmar que usted no puede entrar en un estudio del medicamento. Usted firma un formulario de consentimiento por escrito.',
      sources: [SRC.fdaRightToTry],
    },
    costs: { text: 'Pregúntele a la compañía cuánto le cobraría. Pregúntele a su seguro qué pagaría de la atención que va con el medicamento.' },
  },
  questions: {
    rttOrEa: 'Para mí, ¿qué es mejor: el acceso ampliado o Right to Try? ¿Por qué?',
    phaseOne: '¿Este medicamento ya terminó un estudio de fase 1? ¿Todavía lo están desarrollando?',
    companyWilling: '¿La compañía daría el medicamento por Right to Try? ¿Cuánto costaría?',
    certifyTrial: '¿Puede confirmar por escrito que no puedo entrar en un estudio de este medicamento?',
  },
  contacts: {
    fdaRightToTry: {
      name: 'FDA: Right to Try (en inglés)',
      url: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try',
      source: SRC.fdaRightToTry.url,
      reviewed: SRC.fdaRightToTry.reviewed,
    },
  },
} satisfies RightToTryContent;
