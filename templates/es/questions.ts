import type { QuestionsContent } from '../../src/content/wizard-content.types';

/**
 * Las páginas de preguntas, en español, para pacientes hispanohablantes en EE. UU.: de usted, con
 * frases cortas y palabras de todos los días. El título es la pregunta (o el tema cuando la página
 * pregunta dos o tres cosas); las pistas son de una línea; "Por qué le preguntamos esto" se abre
 * solo si la persona lo pide. Estas páginas no dan datos, cifras ni teléfonos: esos van con los
 * caminos, con sus fuentes.
 */
export const questions = {
  welcome: {
    title: 'Vea qué caminos puede tener para conseguir un medicamento contra el cáncer',
    intro: [
      'A veces, el medicamento que usted espera no es el tratamiento de siempre para su cáncer, o todavía está en estudio. Aun así, puede haber maneras de conseguirlo.',
      'Esto toma unos 10 minutos. Puede llenarlo usted solo o con alguien que le ayude.',
    ],
    doesHeading: 'Qué hace esta herramienta',
    does: [
      'Le pregunta sobre su cáncer, sus tratamientos, su seguro médico y su equipo de atención.',
      'Le muestra qué maneras de conseguir un medicamento podrían servirle, y por qué.',
      'Prepara una lista de pasos y preguntas para llevar a su próxima cita.',
    ],
    doesNotHeading: 'Qué no hace',
    doesNot: [
      'No da consejos médicos ni le dice que tome ningún medicamento.',
      'No le inscribe en nada ni habla con nadie por usted.',
      'Decida qué hacer junto con su equipo de atención médica.',
    ],
    privacy: 'Sus respuestas se quedan en este dispositivo.',
    filledBy: {
      label: '¿Quién está llenando esto?',
      options: {
        patient: { label: 'Soy la persona que tiene cáncer' },
        caregiver: { label: 'Soy un familiar o amigo que le ayuda' },
        navigator: { label: 'Soy navegador de pacientes, enfermera u otro trabajador de la salud' },
      },
    },
  },

  diagnosis: {
    title: 'Su diagnóstico',
    cancerType: {
      label: '¿Qué tipo de cáncer es?',
      hint: 'Escriba unas letras para acortar la lista. Luego elija uno.',
      why: {
        paragraphs: ['Si un medicamento está aprobado, y qué estudios están abiertos, depende del tipo de cáncer.'],
      },
      searchLabel: 'Buscar en la lista',
      searchHint: 'Por ejemplo: pulmón, seno o cáncer de la sangre.',
      matchCount: (shown, total) => (shown === total ? `Se ven los ${total} tipos` : `${shown} de ${total} tipos coinciden`),
      noMatches: 'Ningún tipo coincide. Pruebe con otra palabra o elija “Otro tipo de cáncer”.',
      otherLabel: 'Nombre del cáncer',
      otherHint: 'Escríbalo como lo dice su equipo de atención, si puede.',
    },
    stage: {
      label: '¿Hasta dónde se ha extendido?',
      hint: 'Elija la respuesta más parecida. Si no está seguro, su equipo de atención se lo puede decir.',
      why: {
        paragraphs: ['Algunas maneras de conseguir un medicamento son solo para el cáncer que se ha extendido o que ha vuelto.'],
      },
      options: {
        early: { label: 'Temprano', hint: 'Está solo donde empezó.' },
        'locally-advanced': { label: 'Localmente avanzado', hint: 'Ha crecido hacia el tejido o los ganglios linfáticos de al lado.' },
        metastatic: { label: 'Metastásico', hint: 'Se ha extendido a otras partes del cuerpo. También se llama etapa 4.' },
        recurrent: { label: 'Recurrente', hint: 'Volvió después del tratamiento.' },
        unsure: { label: 'No lo sé' },
      },
    },
    age: {
      label: '¿Cuántos años tiene?',
      hint: 'En años. Déjelo en blanco si no lo sabe o si prefiere no decirlo.',
      why: {
        paragraphs: ['Algunos estudios, y algunos programas que ayudan a pagar medicamentos, son solo para personas de ciertas edades.'],
      },
    },
  },

  biomarkers: {
    title: 'Pruebas de cambios en los genes',
    testing: {
      label: '¿Le han hecho al cáncer una prueba de biomarcadores?',
      hint: 'Esta prueba busca cambios en las células del cáncer. También se llama prueba genómica o molecular.',
      why: {
        paragraphs: [
          'Algunos medicamentos actúan en cánceres que tienen cierto cambio, sin importar dónde empezó el cáncer.',
          'Si no le han hecho esta prueba, preguntar por ella puede ser un buen primer paso.',
        ],
      },
      options: {
        done: { label: 'Sí, ya se hizo' },
        'not-done': { label: 'No, no se ha hecho' },
        unsure: { label: 'No lo sé' },
      },
    },
    germlineTesting: {
      label: '¿Le han hecho una prueba de cambios en los genes heredados?',
      hint: 'Esta prueba usa sangre o saliva. Busca cambios con los que usted nació, como BRCA. También se llama prueba germinal o prueba genética.',
      why: {
        paragraphs: [
          'Algunos medicamentos están aprobados para personas que nacieron con cierto cambio en un gen, como BRCA.',
          'En algunos cánceres, esta prueba puede cambiar qué tratamientos son adecuados. Si no se la han hecho, puede preguntarle a su equipo de atención.',
        ],
      },
      options: {
        done: { label: 'Sí, ya se hizo' },
        'not-done': { label: 'No, no se ha hecho' },
        unsure: { label: 'No lo sé' },
      },
    },
    germlineFindings: {
      label: '¿Qué encontró la prueba de genes heredados?',
      hint: 'Copie lo que dice el informe, un resultado en cada línea. Por ejemplo: BRCA2. Déjelo en blanco si no lo sabe.',
    },
  },

  biomarkerFindings: {
    title: '¿Qué encontró la prueba?',
    findings: {
      label: '¿Qué encontró la prueba?',
      hint: 'Copie lo que dice el informe, un resultado en cada línea. Por ejemplo: BRAF V600E. Déjelo en blanco si no lo sabe.',
      why: {
        paragraphs: ['Un resultado puede llevar a un medicamento aprobado para otro cáncer que tiene el mismo cambio.'],
      },
    },
  },

  treatmentsTried: {
    title: 'Tratamientos que ha probado',
    intro: 'Agregue cada tratamiento contra el cáncer que ha recibido o que recibe ahora. Si todavía no ha recibido ninguno, deje la lista vacía.',
    list: {
      heading: 'Sus tratamientos',
      noneYet: 'No ha agregado ningún tratamiento.',
      count: (added) => (added === 1 ? 'Ha agregado 1 tratamiento.' : `Ha agregado ${added} tratamientos.`),
      itemLegend: (itemNumber) => `Tratamiento ${itemNumber}`,
      name: {
        label: 'Nombre del tratamiento',
        hint: 'El nombre de un medicamento, o un tipo de tratamiento como cirugía o radiación.',
      },
      outcome: {
        label: '¿Cómo le fue?',
        options: {
          'still-taking': { label: 'Todavía lo estoy recibiendo' },
          'stopped-working': { label: 'Funcionó un tiempo y luego dejó de funcionar' },
          'did-not-work': { label: 'No funcionó' },
          'side-effects': { label: 'Lo dejé por los efectos secundarios' },
        },
      },
      add: 'Agregar un tratamiento',
      addAnother: 'Agregar otro tratamiento',
      remove: (itemNumber) => `Quitar el tratamiento ${itemNumber}`,
      removed: (itemNumber) => `Se quitó el tratamiento ${itemNumber}.`,
      limitReached: (limit) => `Ha agregado ${limit} tratamientos. Es lo más que puede agregar.`,
    },
    standardOptionsLeft: {
      label: '¿Su equipo de atención le ha dicho que hay otros tratamientos aprobados que todavía podría probar?',
      hint: 'Aprobado quiere decir que la FDA (la agencia de EE. UU. que aprueba los medicamentos) lo aprobó para su cáncer.',
      why: {
        paragraphs: [
          'Algunas maneras de conseguir un medicamento que todavía está en estudio solo se abren cuando ya se usaron los tratamientos aprobados.',
        ],
      },
      options: {
        yes: { label: 'Sí, hay otros tratamientos aprobados' },
        no: { label: 'No, no queda ninguno' },
        unsure: { label: 'No lo sé' },
      },
    },
  },

  drugOfInterest: {
    title: 'El medicamento por el que pregunta',
    name: {
      label: 'Nombre del medicamento',
      hint: 'Déjelo en blanco si todavía no tiene un medicamento en mente.',
    },
    approval: {
      label: '¿Está aprobado este medicamento?',
      hint: 'Su equipo de atención o el sitio web del medicamento se lo pueden decir.',
      why: {
        paragraphs: [
          'La manera de conseguir un medicamento depende de si está aprobado para su cáncer, aprobado para otra cosa o todavía en estudio.',
        ],
      },
      options: {
        'approved-for-my-cancer': { label: 'Sí, está aprobado para mi tipo de cáncer' },
        'approved-for-other-use': {
          label: 'Está aprobado, pero para otro uso',
          hint: 'Por ejemplo, para otro tipo de cáncer.',
        },
        'approved-outside-us-only': {
          label: 'Está aprobado en otro país, no en los EE. UU.',
          hint: 'La FDA no lo ha aprobado para ningún uso.',
        },
        'not-approved': { label: 'No, todavía está en estudio', hint: 'No está aprobado para ningún uso.' },
        unsure: { label: 'No lo sé' },
      },
    },
    givenHow: {
      label: '¿Cómo se da este medicamento?',
      why: {
        paragraphs: ['El seguro suele pagar de forma distinta un medicamento que se da en una clínica y uno que usted toma en casa.'],
      },
      options: {
        'in-clinic': { label: 'En una clínica o un hospital', hint: 'Por ejemplo, por la vena (suero) o una inyección que le pone una enfermera.' },
        'at-home': { label: 'En casa', hint: 'Por ejemplo, pastillas, o una inyección que usted mismo se pone.' },
        unsure: { label: 'No lo sé' },
      },
    },
  },

  insurance: {
    title: 'Seguro médico y costos',
    residenceState: {
      label: '¿Dónde vive?',
      hint: 'Algunas reglas del seguro médico cambian de un estado a otro.',
      choose: 'Elija un estado o territorio',
    },
    coverage: {
      label: '¿Qué seguro médico tiene?',
      hint: 'Si tiene más de uno, elija el principal.',
      why: {
        paragraphs: ['Quién paga un medicamento, y qué tipos de ayuda puede recibir, depende de su seguro.'],
      },
      options: {
        private: { label: 'Un plan privado', hint: 'Por ejemplo, por su trabajo o por el trabajo de un familiar.' },
        marketplace: { label: 'Un plan del Marketplace (mercado de seguros)', hint: 'Comprado en HealthCare.gov o en el mercado de seguros de su estado.' },
        medicare: { label: 'Medicare', hint: 'También se llama Medicare Original.' },
        'medicare-advantage': { label: 'Medicare Advantage', hint: 'Un plan de Medicare que maneja una compañía privada.' },
        medicaid: { label: 'Medicaid' },
        'military-va': {
          label: 'Seguro militar o de veteranos',
          hint: 'Por ejemplo, TRICARE o la atención médica del VA (Departamento de Asuntos de Veteranos).',
        },
        uninsured: { label: 'No tengo seguro médico' },
        other: { label: 'Otro, o no lo sé', hint: 'Por ejemplo, si no sabe qué tipo de Medicare tiene.' },
      },
    },
    secondary: {
      label: '¿Tiene otro seguro además de Medicare?',
      hint: 'Si tiene más de uno, elija el que paga más.',
      options: {
        medigap: { label: 'Medigap', hint: 'Un plan suplementario de Medicare de una compañía privada.' },
        medicaid: { label: 'Medicaid', hint: 'Algunas personas tienen Medicare y Medicaid a la vez.' },
        'employer-or-retiree': { label: 'Un plan de un trabajo actual o anterior', hint: 'Por ejemplo, un plan para jubilados o de un sindicato.' },
        none: { label: 'No, solo Medicare' },
        unsure: { label: 'No lo sé' },
      },
    },
    deniedBefore: {
      label: '¿Alguna vez un seguro se negó a pagar uno de sus tratamientos contra el cáncer?',
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        unsure: { label: 'No lo sé' },
      },
    },
    deniedOn: {
      label: '¿Qué fecha tiene la carta de rechazo?',
      hint: 'Si hubo más de una, use la más reciente. Déjelo en blanco si no tiene la carta.',
      why: {
        paragraphs: ['Hay un plazo para pedirle al seguro que lo revise de nuevo. Se cuenta desde la fecha de la carta.'],
      },
    },
    costConcern: {
      label: '¿Cuánto le preocupa el costo del tratamiento?',
      options: {
        none: { label: 'No me preocupa' },
        some: { label: 'Me preocupa un poco' },
        major: { label: 'Me preocupa mucho', hint: 'Por ejemplo, no lo puedo pagar.' },
      },
    },
  },

  household: {
    title: 'Su hogar y sus ingresos',
    intro: 'No tiene que contestar estas preguntas. Una respuesta aproximada está bien.',
    why: {
      paragraphs: [
        'Muchos programas que ayudan a pagar medicamentos tienen límites de ingresos.',
        'Se fijan en sus ingresos y en cuántas personas hay en su hogar. Sus respuestas nos ayudan a mostrarle los programas que podría recibir.',
      ],
    },
    householdSize: {
      label: '¿Cuántas personas viven en su hogar?',
      hint: 'Cuéntese usted, y a cada persona que mantiene con sus ingresos.',
      readBack: (count, written) => `= ${written} ${count === 1 ? 'persona' : 'personas'}`,
    },
    yearlyIncome: {
      label: '¿Cuánto gana su hogar al año?',
      hint: 'En dólares, antes de impuestos, sumando a todas las personas de su hogar.',
      prefix: '$',
      readBack: (amount) => `= ${amount} dólares al año`,
      unclear: (amounts, plain) =>
        amounts.length === 1
          ? `¿Son ${amounts[0]} dólares? Escriba la cantidad otra vez solo con números, como ${plain}.`
          : `¿Son ${amounts.join(' o ')} dólares? Escriba la cantidad otra vez solo con números, como ${plain}.`,
    },
  },

  trialStatus: {
    title: 'Estudios clínicos',
    status: {
      label: '¿Ha buscado estudios clínicos?',
      hint: 'Un estudio clínico es una investigación que prueba tratamientos nuevos con personas.',
      why: {
        paragraphs: ['Un estudio puede ser una manera de recibir un medicamento nuevo. Su respuesta nos dice qué consejos sobre estudios le sirven.'],
      },
      options: {
        'in-a-trial': { label: 'Estoy en un estudio clínico ahora' },
        looking: { label: 'Estoy buscando un estudio ahora' },
        'looked-not-eligible': { label: 'Busqué, pero no pude entrar en ninguno' },
        'not-yet-considered': { label: 'Todavía no, pero me interesa' },
        'not-interested': { label: 'No quiero entrar en un estudio' },
      },
    },
  },

  trialTravel: {
    title: 'Viajar para un estudio clínico',
    travel: {
      label: '¿Qué tan lejos podría viajar para un estudio?',
      hint: 'Piense en visitas cada pocas semanas, a veces durante meses.',
      options: {
        'near-home': { label: 'Solo cerca de mi casa' },
        'in-my-state': { label: 'A cualquier lugar de mi estado' },
        'anywhere-in-us': { label: 'A cualquier lugar de EE. UU.' },
        unsure: { label: 'No lo sé' },
      },
    },
    zip: {
      label: 'Su código postal (ZIP)',
      hint: 'Le ayuda a buscar estudios cerca de usted. Tiene 5 números, como 43210.',
    },
  },

  careTeam: {
    title: 'Su equipo de atención médica',
    oncologistOpenToHelp: {
      label: '¿Su médico del cáncer está dispuesto a ayudarle a pedir un medicamento?',
      hint: 'Por ejemplo, pidiéndolo a la compañía que lo hace o escribiendo a su seguro.',
      why: {
        paragraphs: [
          'Para casi todas las maneras de conseguir un medicamento, su médico tiene que pedirlo. Si su médico no está seguro, otra opinión médica puede ayudar.',
        ],
      },
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        unsure: { label: 'No lo sé', hint: 'Por ejemplo, si todavía no le ha preguntado.' },
      },
    },
    setting: {
      label: '¿Dónde recibe su atención para el cáncer?',
      options: {
        'academic-center': { label: 'En un hospital universitario o un centro grande de cáncer' },
        'community-practice': { label: 'En una clínica o un hospital de su zona' },
        unsure: { label: 'No lo sé' },
      },
    },
  },

  appointment: {
    title: 'Su próxima cita',
    intro: 'Estas preguntas son opcionales. Lo que escriba aquí va en su lista para la cita.',
    date: {
      label: 'Fecha de su próxima cita',
      hint: 'Déjela en blanco si todavía no tiene una.',
    },
    clinician: {
      label: '¿Con quién es la cita?',
      hint: 'Por ejemplo, la Dra. Rivera.',
    },
    notes: {
      label: 'Notas para su cita',
      hint: 'Lo que quiera acordarse de preguntar o decir.',
    },
  },

  errors: {
    filledByRequired: 'Elija quién está llenando esto',
    cancerTypeRequired: 'Elija el tipo de cáncer',
    cancerTypeOtherRequired: 'Escriba el nombre del cáncer',
    cancerTypeOtherTooLong: 'El nombre del cáncer debe tener 200 caracteres o menos',
    stageRequired: 'Elija hasta dónde se ha extendido el cáncer, o “No lo sé”',
    ageInvalid: 'Escriba la edad en años, con un número entero del 0 al 120',
    testingRequired: 'Elija si al cáncer le han hecho una prueba de biomarcadores',
    germlineTestingRequired: 'Elija si le han hecho una prueba de genes heredados, o “No lo sé”',
    germlineFindingTooLong: 'Cada resultado heredado debe tener 100 caracteres o menos. Ponga cada resultado en su propia línea',
    germlineFindingsTooMany: 'Puede escribir hasta 20 resultados heredados',
    findingTooLong: 'Cada resultado debe tener 100 caracteres o menos. Ponga cada resultado en su propia línea',
    findingsTooMany: 'Puede escribir hasta 50 resultados',
    treatmentNameRequired: (n) => `Escriba el nombre del tratamiento ${n}, o quítelo`,
    treatmentNameTooLong: (n) => `El nombre del tratamiento ${n} debe tener 200 caracteres o menos`,
    treatmentOutcomeRequired: (n) => `Elija cómo le fue con el tratamiento ${n}`,
    treatmentsTooMany: 'Puede agregar hasta 30 tratamientos. Quite uno para continuar',
    standardOptionsLeftRequired: 'Elija si hay otros tratamientos aprobados, o “No lo sé”',
    drugNameTooLong: 'El nombre del medicamento debe tener 200 caracteres o menos',
    approvalRequired: 'Elija si el medicamento está aprobado, o “No lo sé”',
    givenHowInvalid: 'Elija cómo se da el medicamento, o “No lo sé”',
    residenceStateRequired: 'Elija el estado o territorio donde vive',
    coverageRequired: 'Elija su tipo de seguro médico',
    secondaryRequired: 'Elija si tiene otro seguro además de Medicare, o “No lo sé”',
    deniedBeforeInvalid: 'Elija sí, no o “No lo sé”',
    deniedOnInvalid: 'Escriba una fecha real para la carta de rechazo',
    costConcernRequired: 'Elija cuánto le preocupa el costo',
    householdSizeInvalid: 'Escriba cuántas personas hay en su hogar, con un número entero del 1 al 20',
    yearlyIncomeInvalid: 'Escriba los ingresos del año en dólares, con un número como 45000',
    yearlyIncomeUnclear: 'Los ingresos del año pueden leerse como más de una cantidad: escríbalos solo con números, como 45000',
    yearlyIncomeNegative: 'Los ingresos del año deben ser 0 o más',
    trialStatusRequired: 'Elija si ha buscado estudios clínicos',
    travelRequired: 'Elija qué tan lejos podría viajar, o “No lo sé”',
    zipInvalid: 'Escriba un código postal de 5 números, como 43210',
    oncologistOpenToHelpRequired: 'Elija si su médico del cáncer está dispuesto a ayudar, o “No lo sé”',
    settingRequired: 'Elija dónde recibe su atención para el cáncer, o “No lo sé”',
    appointmentDateInvalid: 'Escriba una fecha real para su cita',
    clinicianTooLong: 'El nombre de la persona que verá debe tener 200 caracteres o menos',
    notesTooLong: 'Las notas deben tener 2,000 caracteres o menos',
  },
} satisfies QuestionsContent;
