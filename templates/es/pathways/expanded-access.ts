import type { ExpandedAccessContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../../en/sources';

/** Acceso ampliado ("uso compasivo"): un medicamento en estudio, fuera de un estudio clínico, por medio de la FDA. */
export const expandedAccess = {
  title: 'Acceso ampliado (uso compasivo)',
  summary:
    'El acceso ampliado es un trámite de la FDA. Permite que una persona con una enfermedad grave reciba un medicamento que todavía está en estudio, fuera de un estudio clínico. Es para personas sin otro buen tratamiento que no pueden entrar en un estudio. Su médico se lo pide a la compañía del medicamento y luego a la FDA.',
  reasons: {
    inTrial: {
      text: 'Como nos dijo que está en un estudio clínico, el acceso ampliado no es el camino ahora. Es para personas que no pueden recibir el medicamento en un estudio. Si sale del estudio o el estudio termina, esto podría cambiar.',
      sources: [SRC.cfrExpandedAccess],
    },
    approvedForMyCancer: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado para su cáncer, su médico se lo puede recetar. El acceso ampliado es para medicamentos que no se pueden conseguir así.`,
    },
    optionsLeft: {
      text: 'Como nos dijo que su equipo de atención dice que quedan tratamientos aprobados, el acceso ampliado no es el primer camino ahora. La FDA pide que no haya "otra opción comparable o satisfactoria", y eso lo juzga su médico. Este camino se abre si su médico cree que los tratamientos que quedan no le sirven, o si dejan de funcionar.',
      sources: [SRC.cfrExpandedAccess],
    },
    approvedElsewhere: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado para otro uso, casi siempre su médico se lo puede recetar fuera de indicación. El acceso ampliado es sobre todo para medicamentos que todavía no están aprobados. Si el uso fuera de indicación no es posible para usted, pregúntele a su oncólogo por el acceso ampliado.`,
      sources: [SRC.nciOffLabel],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} está aprobado en otro país pero no por la FDA, en los EE. UU. cuenta como un medicamento no aprobado. El acceso ampliado podría encajar. También hace falta que no le quede un tratamiento comparable o satisfactorio y que no haya un estudio en el que pueda entrar. La compañía del medicamento tiene que aceptar.`,
      sources: [SRC.cfrExpandedAccess],
    },
    labelFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `La etiqueta de la FDA que buscó para ${labelQuery || drug} el ${labelOn} muestra que la FDA lo aprobó para algún uso. El acceso ampliado es sobre todo para medicamentos que todavía no están aprobados. Pregúntele a su oncólogo si se lo puede recetar, dentro o fuera de indicación.`,
      sources: [SRC.openFdaLabel, SRC.cfrExpandedAccess],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No se encontró una etiqueta de la FDA con el nombre ${labelQuery || drug} cuando buscó el ${labelOn}. Si el medicamento no está aprobado en los EE. UU., el acceso ampliado podría ser un camino. También hace falta que no le quede un tratamiento comparable o satisfactorio y que no haya un estudio en el que pueda entrar. Confirme el nombre exacto con su equipo de atención.`,
      sources: [SRC.openFdaLabel, SRC.cfrExpandedAccess],
    },
    allConditionsMet: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado, que no le quedan tratamientos aprobados y que no pudo entrar en un estudio, el acceso ampliado encaja bien. Aun así, la compañía del medicamento tiene que aceptar, y la FDA revisa la solicitud.`,
      sources: [SRC.cfrExpandedAccess, SRC.fdaSinglePatient],
    },
    notApprovedSomeUnsure: {
      text: ({ drug }) =>
        `Como nos dijo que ${drug} no está aprobado, el acceso ampliado podría encajar. También hace falta que no le quede un tratamiento aprobado ni un estudio en el que pueda entrar. Sus respuestas todavía no lo dejan claro.`,
      sources: [SRC.cfrExpandedAccess],
    },
    notEnoughKnown: {
      text: 'Todavía no lo podemos saber. El acceso ampliado es para medicamentos no aprobados, cuando no queda un tratamiento aprobado y no se puede entrar en un estudio. Díganos si el medicamento está aprobado. Así el resultado será más claro.',
      sources: [SRC.cfrExpandedAccess],
    },
    oncologistYes: {
      text: 'Como nos dijo que su oncólogo está dispuesto a ayudar: solo un médico puede hacer esta solicitud. Su médico se la pide primero a la compañía del medicamento y luego a la FDA.',
      sources: [SRC.fdaSinglePatient],
    },
    oncologistNotOpen: {
      text: 'Como nos dijo que su oncólogo no está dispuesto a ayudar: solo un médico puede pedir el acceso ampliado. Otro médico, por ejemplo en un centro de cáncer, podría pedirlo por usted.',
      sources: [SRC.fdaSinglePatient],
    },
    oncologistUnsure: {
      text: 'No sabe si su oncólogo le ayudaría. Solo un médico puede pedir el acceso ampliado, así que pregúntele a su oncólogo.',
      sources: [SRC.fdaSinglePatient],
    },
    optionsUnsure: {
      text: 'No sabe si le quedan tratamientos aprobados. Pregúntele a su oncólogo. El acceso ampliado es solo para personas a quienes no les queda un tratamiento parecido o que sirva.',
      sources: [SRC.cfrExpandedAccess],
    },
    trialFirst: {
      text: 'Por lo general, primero va un estudio clínico del medicamento. Si no puede entrar en uno, el acceso ampliado podría ser el siguiente camino.',
      sources: [SRC.cfrExpandedAccess],
    },
    programListed: {
      text: ({ drug, expandedAccessRecord, expandedAccessOn }) =>
        `ClinicalTrials.gov tiene un programa de acceso ampliado para ${drug} que está disponible: ${expandedAccessRecord}. Usted lo buscó el ${expandedAccessOn}. Por eso el acceso ampliado podría encajar bien. Su médico le pregunta a la compañía del medicamento por este programa. Aun así, la compañía tiene que aceptar.`,
      sources: [SRC.clinicalTrialsGov, SRC.cfrExpandedAccess],
    },
    programNotAvailable: {
      text: ({ drug, expandedAccessRecords, expandedAccessOn }) =>
        `ClinicalTrials.gov tiene acceso ampliado para ${drug}, pero ahora no está disponible: ${expandedAccessRecords}. Usted lo buscó el ${expandedAccessOn}. Su médico todavía puede pedir el medicamento solo para usted (acceso ampliado para un paciente). Pregúntele a la compañía del medicamento por su política.`,
      sources: [SRC.clinicalTrialsGov, SRC.fdaSinglePatient, SRC.companyPolicies],
    },
    noProgramListed: {
      text: ({ drug, expandedAccessQuery, expandedAccessOn }) =>
        `Cuando buscó el ${expandedAccessOn}, ClinicalTrials.gov no tenía ningún programa de acceso ampliado para ${expandedAccessQuery || drug}. Su médico todavía puede pedir el medicamento solo para usted (acceso ampliado para un paciente). Después, busque la política de acceso ampliado de la compañía del medicamento y el Expanded Access Navigator de la Fundación Reagan-Udall.`,
      sources: [SRC.clinicalTrialsGov, SRC.fdaSinglePatient, SRC.companyPolicies, SRC.reaganUdall],
    },
    childKidsVCancer: {
      text: 'Como la edad que nos dio es menor de 18 años: Kids v Cancer ayuda a los médicos de niños que piden el uso compasivo. Su ayuda es gratis.',
      sources: [SRC.kidsVCancer],
    },
  },
  steps: {
    askCompanyProgram: {
      text: ({ expandedAccessRecord }) =>
        `Pregúntele a la compañía por este programa: ${expandedAccessRecord}. Su médico hace la solicitud. La página del programa en ClinicalTrials.gov tiene más información.`,
      sources: [SRC.clinicalTrialsGov],
    },
    checkExistingProgram: {
      text: 'Primero averigüe si el medicamento ya tiene un programa de acceso ampliado. Busque un registro de acceso ampliado del medicamento en ClinicalTrials.gov, las reglas de acceso ampliado que publica la compañía y el Expanded Access Navigator de la Fundación Reagan-Udall (en inglés).',
      sources: [SRC.companyPolicies, SRC.reaganUdall, SRC.clinicalTrialsGov],
    },
    askOncologist: {
      text: 'Hable con su oncólogo sobre si el acceso ampliado podría servirle. Solo su médico puede hacer la solicitud. Decidan juntos.',
      sources: [SRC.fdaSinglePatient],
    },
    secondOpinion: {
      text: 'Si su oncólogo no lo va a pedir, piense en pedir otra opinión en un centro de cáncer. Otro médico puede hacer la solicitud.',
    },
    companyAgrees: {
      text: 'Primero, su médico se lo pide a la compañía del medicamento. La compañía tiene que aceptar darlo. Las compañías que hacen medicamentos para enfermedades graves deben publicar cómo pedirlo, pero eso no le asegura el medicamento.',
      sources: [SRC.fdaSinglePatient, SRC.companyPolicies],
    },
    projectFacilitate: {
      text: 'Para un medicamento contra el cáncer, su equipo de atención puede llamar a Project Facilitate de la FDA al 240-402-0004, de lunes a viernes, de 8:00 a.m. a 4:30 p.m., hora del Este. Les ayuda a encontrar el contacto de la compañía y un comité de ética, y a llenar el formulario.',
      sources: [SRC.projectFacilitate, SRC.fdaContacts],
    },
    fdaForm: {
      text: 'Luego su médico envía la solicitud a la FDA con el formulario Form FDA 3926. El tratamiento puede empezar 30 días después de que la FDA la recibe, o antes si la FDA lo dice. La FDA dice que deja seguir adelante cerca del 99 % de las solicitudes.',
      sources: [SRC.fdaSinglePatient, SRC.fdaExpandedAccess],
    },
    irbReview: {
      text: 'Un comité de ética (IRB) tiene que revisar el plan antes de empezar el tratamiento, salvo en una emergencia.',
      sources: [SRC.fdaIrb],
    },
    emergency: {
      text: 'En una emergencia, su médico puede hacer la solicitud a la FDA por teléfono, y la FDA puede dejar que el medicamento se envíe antes del formulario escrito. Los plazos de siempre: la compañía acepta (día 0 a 1); su médico llama a la FDA y usted da su consentimiento informado (día 1); se avisa al comité de ética (IRB) en 5 días hábiles; se envía el formulario escrito en 15 días hábiles. Fuera del horario de oficina y los fines de semana, el Centro de Llamadas de Emergencia de la FDA está en el 866-300-4374.',
      sources: [SRC.fdaSinglePatient, SRC.fdaEmergencyTimeline, SRC.fdaContacts],
    },
    alsoRightToTry: {
      text: 'Pregunte también por Right to Try. Es otro camino a un medicamento que todavía está en estudio. Antes de decidir, lea en esta lista lo que se gana y lo que se pierde con él.',
    },
    afterTrial: {
      text: 'Pregunte al equipo del estudio qué pasa cuando el estudio termine o si tiene que salir de él. El acceso ampliado podría ser una manera de seguir recibiendo el medicamento.',
    },
  },
  questions: {
    noAlternative: '¿Me queda un tratamiento aprobado que podría funcionar igual de bien?',
    willYouAsk: '¿Le pediría usted a la compañía del medicamento y a la FDA el acceso ampliado para mí?',
    companyPolicy: '¿La compañía del medicamento tiene reglas para el acceso ampliado? ¿Con quién hablamos?',
    whoPays: '¿Quién pagaría el medicamento y la atención que va con él?',
    trialInstead: '¿Hay un estudio clínico de este medicamento en el que podría entrar?',
  },
  contacts: {
    projectFacilitate: {
      name: 'Project Facilitate de la FDA (para su equipo de atención, medicamentos contra el cáncer; de lunes a viernes, de 8:00 a.m. a 4:30 p.m., hora del Este) (sitio web en inglés)',
      phone: '240-402-0004',
      url: 'https://www.fda.gov/about-fda/oncology-center-excellence/project-facilitate',
      source: SRC.projectFacilitate.url,
      reviewed: SRC.projectFacilitate.reviewed,
    },
    fdaPatientAffairs: {
      name: 'Oficina de Asuntos del Paciente de la FDA (FDA Patient Affairs Staff; de lunes a viernes, de 8:00 a.m. a 4:30 p.m., hora del Este) (sitio web en inglés)',
      phone: '301-796-8460',
      url: 'https://www.fda.gov/news-events/expanded-access/fdas-expanded-access-contact-information',
      source: SRC.fdaContacts.url,
      reviewed: SRC.fdaContacts.reviewed,
    },
    fdaEmergency: {
      name: 'Centro de Llamadas de Emergencia de la FDA (solicitudes de emergencia, fuera del horario de oficina y fines de semana)',
      phone: '866-300-4374',
      source: SRC.fdaContacts.url,
      reviewed: SRC.fdaContacts.reviewed,
    },
    reaganUdall: {
      name: 'Expanded Access Navigator de la Fundación Reagan-Udall (muestra las reglas de las compañías; en inglés)',
      url: 'https://navigator.reaganudall.org',
      source: SRC.reaganUdall.url,
      reviewed: SRC.reaganUdall.reviewed,
    },
    kidsVCancer: {
      name: 'Kids v Cancer: ayuda gratis a los médicos de niños que piden el uso compasivo (en inglés)',
      url: 'https://www.kidsvcancer.org/compassionate-use/request-our-help/',
      source: SRC.kidsVCancer.url,
      reviewed: SRC.kidsVCancer.reviewed,
    },
  },
} satisfies ExpandedAccessContent;
