import type { NavigatorContent } from '../../src/content/session-content.types';

/**
 * Palabras del modo navegador de pacientes: la lista de secciones, las notas, los atajos y el
 * resumen para el equipo médico. "Navegador de pacientes" es el nombre del puesto en EE. UU.
 */
export const navigator = {
  toggle: {
    label: 'Modo navegador de pacientes',
    hint: 'Para quien guía a un paciente: una lista de secciones para ir de una a otra, notas en cada sección, la regla detrás de cada resultado y atajos de teclado.',
  },
  taskList: {
    heading: 'Secciones',
    hint: 'Elija una sección para ir a ella.',
    status: {
      'not-started': 'Sin empezar',
      'in-progress': 'En curso',
      done: 'Terminada',
      skipped: 'Omitida',
    },
    current: 'Sección actual',
    sections: {
      welcome: 'Quién llena esto',
      diagnosis: 'Diagnóstico',
      biomarkers: 'Prueba de biomarcadores',
      biomarkerFindings: 'Resultados de biomarcadores',
      treatmentsTried: 'Tratamientos probados',
      drugOfInterest: 'Medicamento que le interesa',
      insurance: 'Seguro médico y costos',
      household: 'Hogar e ingresos',
      trialStatus: 'Estudios clínicos',
      trialTravel: 'Viajes para un estudio',
      careTeam: 'Equipo de atención',
      appointment: 'Próxima cita',
      checkAnswers: 'Revisar las respuestas',
    },
  },
  notes: {
    label: (section) => `Notas del navegador de pacientes: ${section} (opcional)`,
    hint: (maxCharacters) => `Estas notas van solo en el resumen para el equipo médico de la lista, no en las páginas del paciente. Como máximo ${maxCharacters} caracteres.`,
    tooLong: (maxCharacters) => `Las notas deben tener ${maxCharacters} caracteres o menos`,
  },
  shortcuts: {
    heading: 'Atajos de teclado',
    help: [
      'Alt+N: seguir a la página siguiente (lo mismo que pulsar Continuar).',
      'Alt+B: volver una página.',
      'No funcionan mientras el cursor está en un cuadro de texto, para no cortar lo que escribe.',
    ],
  },
  voice: {
    welcome: {
      title: 'Vea qué caminos puede tener el paciente para conseguir un medicamento contra el cáncer',
      intro: [
        'A veces, el medicamento que el paciente espera no es el tratamiento de siempre para su cáncer, o todavía está en estudio. Aun así, puede haber maneras de conseguirlo.',
        'Esto toma unos 10 minutos. Háganlo junto con el paciente, o por él.',
      ],
      does: [
        'Pregunta sobre el cáncer del paciente, sus tratamientos, su seguro médico y su equipo de atención.',
        'Muestra qué maneras de conseguir un medicamento podrían servirle al paciente, y por qué.',
        'Prepara una lista de pasos y preguntas para la próxima cita del paciente.',
      ],
      doesNot: [
        'No da consejos médicos ni le dice al paciente que tome ningún medicamento.',
        'No inscribe al paciente en nada ni habla con nadie por él.',
        'El paciente decide qué hacer junto con su equipo de atención médica.',
      ],
      privacy: 'Las respuestas se quedan en este dispositivo.',
      filledBy: {
        options: {
          patient: { label: 'La persona que tiene cáncer' },
          caregiver: { label: 'Un familiar o amigo que le ayuda' },
          navigator: { label: 'Navegador de pacientes, enfermera u otro trabajador de la salud' },
        },
      },
    },
    diagnosis: {
      title: 'El diagnóstico del paciente',
      stage: {
        hint: 'Elija la respuesta más parecida. Si el paciente no está seguro, su equipo de atención se lo puede decir.',
        options: { unsure: { label: 'No se sabe' } },
      },
      age: { label: '¿Cuántos años tiene el paciente?', hint: 'En años. Déjelo en blanco si no se sabe o si el paciente prefiere no decirlo.' },
    },
    biomarkers: {
      testing: { options: { unsure: { label: 'No se sabe' } } },
      germlineTesting: {
        label: '¿Le han hecho al paciente una prueba de cambios en los genes heredados?',
        hint: 'Esta prueba usa sangre o saliva. Busca cambios con los que el paciente nació, como BRCA. También se llama prueba germinal o prueba genética.',
        why: {
          paragraphs: [
            'Algunos medicamentos están aprobados para personas que nacieron con cierto cambio en un gen, como BRCA.',
            'En algunos cánceres, esta prueba puede cambiar qué tratamientos son adecuados. Si no se la han hecho, el paciente puede preguntarle a su equipo de atención.',
          ],
        },
        options: { unsure: { label: 'No se sabe' } },
      },
      germlineFindings: { hint: 'Copie lo que dice el informe, un resultado en cada línea. Por ejemplo: BRCA2. Déjelo en blanco si no se sabe.' },
    },
    biomarkerFindings: {
      findings: { hint: 'Copie lo que dice el informe, un resultado en cada línea. Por ejemplo: BRAF V600E. Déjelo en blanco si no se sabe.' },
    },
    treatmentsTried: {
      title: 'Tratamientos que ha probado el paciente',
      intro: 'Agregue cada tratamiento contra el cáncer que el paciente ha recibido o recibe ahora. Si todavía no ha recibido ninguno, deje la lista vacía.',
      list: {
        heading: 'Los tratamientos del paciente',
        noneYet: 'Todavía no se agregó ningún tratamiento.',
        outcome: {
          options: {
            'still-taking': { label: 'Todavía lo está recibiendo' },
            'side-effects': { label: 'Lo dejó por los efectos secundarios' },
          },
        },
      },
      standardOptionsLeft: {
        label: '¿El equipo de atención le ha dicho al paciente que hay otros tratamientos aprobados que todavía podría probar?',
        hint: 'Aprobado quiere decir que la FDA (la agencia de EE. UU. que aprueba los medicamentos) lo aprobó para el cáncer del paciente.',
        options: { unsure: { label: 'No se sabe' } },
      },
    },
    drugOfInterest: {
      title: 'El medicamento por el que pregunta el paciente',
      name: { hint: 'Déjelo en blanco si el paciente todavía no tiene un medicamento en mente.' },
      approval: {
        hint: 'El equipo de atención o el sitio web del medicamento lo pueden decir.',
        why: {
          paragraphs: [
            'La manera de conseguir un medicamento depende de si está aprobado para el cáncer del paciente, aprobado para otra cosa o todavía en estudio.',
          ],
        },
        options: { 'approved-for-my-cancer': { label: 'Sí, está aprobado para su tipo de cáncer' }, unsure: { label: 'No se sabe' } },
      },
      givenHow: {
        why: { paragraphs: ['El seguro suele pagar de forma distinta un medicamento que se da en una clínica y uno que el paciente toma en casa.'] },
        options: { 'at-home': { hint: 'Por ejemplo, pastillas, o una inyección que el paciente se pone.' }, unsure: { label: 'No se sabe' } },
      },
    },
    insurance: {
      residenceState: { label: '¿Dónde vive el paciente?' },
      coverage: {
        label: '¿Qué seguro médico tiene el paciente?',
        hint: 'Si el paciente tiene más de uno, elija el principal.',
        why: { paragraphs: ['Quién paga un medicamento, y qué tipos de ayuda puede recibir el paciente, depende de su seguro.'] },
        options: {
          private: { hint: 'Por ejemplo, por el trabajo del paciente o de un familiar.' },
          marketplace: { hint: 'Comprado en HealthCare.gov o en el mercado de seguros del estado.' },
          uninsured: { label: 'No tiene seguro médico' },
          other: { label: 'Otro, o no se sabe', hint: 'Por ejemplo, si el paciente no sabe qué tipo de Medicare tiene.' },
        },
      },
      secondary: {
        label: '¿Tiene el paciente otro seguro además de Medicare?',
        hint: 'Si el paciente tiene más de uno, elija el que paga más.',
        options: { unsure: { label: 'No se sabe' } },
      },
      deniedBefore: {
        label: '¿Alguna vez un seguro se negó a pagar uno de los tratamientos contra el cáncer del paciente?',
        options: { unsure: { label: 'No se sabe' } },
      },
      costConcern: {
        label: '¿Cuánto le preocupa al paciente el costo del tratamiento?',
        options: {
          none: { label: 'No le preocupa' },
          some: { label: 'Le preocupa un poco' },
          major: { label: 'Le preocupa mucho', hint: 'Por ejemplo, el paciente no lo puede pagar.' },
        },
      },
    },
    household: {
      title: 'El hogar y los ingresos del paciente',
      intro: 'El paciente no tiene que contestar estas preguntas. Una respuesta aproximada está bien.',
      why: {
        paragraphs: [
          'Muchos programas que ayudan a pagar medicamentos tienen límites de ingresos.',
          'Se fijan en los ingresos del hogar y en cuántas personas hay en él. Las respuestas nos ayudan a mostrar los programas que el paciente podría recibir.',
        ],
      },
      householdSize: {
        label: '¿Cuántas personas viven en el hogar del paciente?',
        hint: 'Cuente al paciente, y a cada persona que mantiene con sus ingresos.',
      },
      yearlyIncome: { label: '¿Cuánto gana el hogar al año?', hint: 'En dólares, antes de impuestos, sumando a todas las personas del hogar.' },
    },
    trialStatus: {
      status: {
        label: '¿El paciente ha buscado estudios clínicos?',
        why: { paragraphs: ['Un estudio puede ser una manera de recibir un medicamento nuevo. La respuesta nos dice qué consejos sobre estudios le sirven al paciente.'] },
        options: {
          'not-yet-considered': { label: 'Todavía no, pero le interesa' },
          'in-a-trial': { label: 'Está en un estudio clínico ahora' },
          looking: { label: 'Está buscando un estudio ahora' },
          'looked-not-eligible': { label: 'Buscó, pero no pudo entrar en ninguno' },
          'not-interested': { label: 'No quiere entrar en un estudio' },
        },
      },
    },
    trialTravel: {
      travel: {
        label: '¿Qué tan lejos podría viajar el paciente para un estudio?',
        options: { 'near-home': { label: 'Solo cerca de su casa' }, 'in-my-state': { label: 'A cualquier lugar de su estado' }, unsure: { label: 'No se sabe' } },
      },
      zip: { label: 'El código postal (ZIP) del paciente', hint: 'Ayuda a buscar estudios cerca del paciente. Tiene 5 números, como 43210.' },
    },
    careTeam: {
      title: 'El equipo de atención médica del paciente',
      oncologistOpenToHelp: {
        label: '¿El médico del cáncer del paciente está dispuesto a ayudarle a pedir un medicamento?',
        hint: 'Por ejemplo, pidiéndolo a la compañía que lo hace o escribiendo al seguro del paciente.',
        why: {
          paragraphs: [
            'Para casi todas las maneras de conseguir un medicamento, el médico del paciente tiene que pedirlo. Si el médico no está seguro, otra opinión médica puede ayudar.',
          ],
        },
        options: { unsure: { label: 'No se sabe', hint: 'Por ejemplo, si el paciente todavía no le ha preguntado.' } },
      },
      setting: { label: '¿Dónde recibe el paciente su atención para el cáncer?', options: { unsure: { label: 'No se sabe' } } },
    },
    appointment: {
      title: 'La próxima cita del paciente',
      intro: 'Estas preguntas son opcionales. Lo que se escriba aquí va en la lista del paciente para la cita.',
      date: { label: 'Fecha de la próxima cita del paciente', hint: 'Déjela en blanco si el paciente todavía no tiene una.' },
      clinician: { label: '¿Con quién es la cita del paciente?' },
      notes: { label: 'Notas para la cita del paciente', hint: 'Lo que haya que acordarse de preguntar o decir.' },
    },
    errors: {
      stageRequired: 'Elija hasta dónde se ha extendido el cáncer, o “No se sabe”',
      standardOptionsLeftRequired: 'Elija si hay otros tratamientos aprobados, o “No se sabe”',
      approvalRequired: 'Elija si el medicamento está aprobado, o “No se sabe”',
      residenceStateRequired: 'Elija el estado o territorio donde vive el paciente',
      coverageRequired: 'Elija el tipo de seguro médico del paciente',
      costConcernRequired: 'Elija cuánto le preocupa el costo al paciente',
      trialStatusRequired: 'Elija si el paciente ha buscado estudios clínicos',
      travelRequired: 'Elija qué tan lejos podría viajar el paciente, o “No se sabe”',
      oncologistOpenToHelpRequired: 'Elija si el médico del cáncer del paciente está dispuesto a ayudar, o “No se sabe”',
      settingRequired: 'Elija dónde recibe el paciente su atención para el cáncer, o “No se sabe”',
      appointmentDateInvalid: 'Escriba una fecha real para la cita del paciente',
      clinicianTooLong: 'El nombre de la persona que verá el paciente debe tener 200 caracteres o menos',
      treatmentsTooMany: 'Se pueden agregar hasta 30 tratamientos. Quite uno para continuar',
      germlineTestingRequired: 'Elija si al paciente le han hecho una prueba de genes heredados, o “No se sabe”',
      germlineFindingsTooMany: 'Se pueden escribir hasta 20 resultados heredados',
      findingsTooMany: 'Se pueden escribir hasta 50 resultados',
      givenHowInvalid: 'Elija cómo se da el medicamento, o “No se sabe”',
      secondaryRequired: 'Elija si el paciente tiene otro seguro además de Medicare, o “No se sabe”',
      deniedBeforeInvalid: 'Elija sí, no o “No se sabe”',
    },
  },
  shellVoice: {
    checkAnswers: {
      title: 'Revise las respuestas del paciente',
      intro: 'Lea las respuestas con el paciente. Se puede cambiar cualquiera antes de ver los resultados.',
      welcomeSectionTitle: 'Quién llena esto',
      skippedReasons: {
        'testing-not-done': 'No preguntamos qué encontraron las pruebas de biomarcadores, porque el paciente dijo que no le hicieron la prueba al cáncer.',
        'testing-unsure': 'No preguntamos qué encontraron las pruebas de biomarcadores, porque el paciente dijo que no sabe si le hicieron la prueba.',
        'testing-not-answered': 'No preguntamos qué encontraron las pruebas de biomarcadores, porque el paciente no dijo si le hicieron la prueba.',
        'no-cost-concern': 'No preguntamos por el hogar ni los ingresos del paciente, porque el paciente dijo que tiene seguro y que el costo no le preocupa.',
        'cost-concern-not-answered': 'No preguntamos por el hogar ni los ingresos del paciente, porque el paciente no dijo si el costo le preocupa.',
        'in-a-trial': 'No preguntamos hasta dónde podría viajar el paciente para un estudio, porque el paciente dijo que ya está en un estudio clínico.',
        'not-interested-in-trials': 'No preguntamos hasta dónde podría viajar el paciente para un estudio, porque el paciente dijo que no quiere entrar en un estudio.',
        'trial-status-not-answered': 'No preguntamos hasta dónde podría viajar el paciente para un estudio, porque el paciente no dijo si ha buscado estudios.',
      },
      confirmHeading: 'Ahora vea los resultados',
      confirmText: 'Las respuestas se quedan en este dispositivo. Las usamos para mostrar qué caminos para conseguir un medicamento podrían estar abiertos para el paciente.',
    },
    results: {
      title: 'Los resultados del paciente',
      intro: 'Estos son los cinco caminos que usan las personas para conseguir un medicamento contra el cáncer. Según las respuestas del paciente, mostramos cuáles podrían servirle, y por qué.',
      notAdvice: 'Esto es información, no un consejo médico. El paciente debe llevarla a su equipo de atención y decidir con ellos.',
      pathwaysIntro: 'El que mejor encaja para el paciente va primero. Puede encajar más de uno.',
      questionsHeading: 'Preguntas para el médico del cáncer del paciente',
      missingIntro: 'El paciente no respondió estas preguntas, o dijo que no sabe. Si lo averigua, vuelva y respóndalas:',
      decideHeading: 'Decidir con el equipo de atención',
      decide: 'Solo el paciente y su equipo de atención pueden decidir qué es lo mejor para el paciente. Lleve estos resultados a la próxima cita del paciente.',
      changeAnswers: 'Revisar o cambiar las respuestas',
      startAgainConfirmText: 'Esto borra todas las respuestas. No se puede deshacer.',
      startAgainYes: 'Sí, borrar las respuestas',
      startAgainNo: 'No, quedarme con las respuestas',
    },
  },
  rule: (ruleId) => `Regla: ${ruleId}`,
  summary: {
    title: 'Resumen para el equipo médico',
    intro: 'Una página para el equipo médico, hecha en el modo navegador de pacientes. Las páginas anteriores son las del paciente.',
    linesOfTherapy: 'Líneas de tratamiento',
    pathways: 'Caminos y qué tan bien encajan',
    pathwayColumns: { pathway: 'Camino', fit: 'Encaje', rules: 'Reglas' },
    keyQuestions: 'Preguntas que el paciente le hará, con sus palabras',
    quoted: (question) => `“${question}”`,
    notes: 'Notas del navegador de pacientes',
    none: 'No se indicó ninguno',
  },
} satisfies NavigatorContent;
