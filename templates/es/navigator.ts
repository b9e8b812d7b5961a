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
  welcomeOn: 'El modo navegador de pacientes está activado. Puede apagarlo arriba, en cualquier página.',
  taskList: {
    heading: 'Secciones',
    hint: 'Elija una sección para ir a ella.',
    status: {
      'not-started': 'Sin empezar',
      'in-progress': 'En curso',
      done: 'Terminada',
      skipped: 'Omitida',
    },
    current: 'Usted está aquí',
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
    hint: (maxCharacters) => `Estas notas van en la lista. Como máximo ${maxCharacters} caracteres.`,
    tooLong: (maxCharacters) => `Las notas deben tener ${maxCharacters} caracteres o menos`,
    save: 'Guardar las notas',
    saved: 'Notas guardadas.',
  },
  shortcuts: {
    heading: 'Atajos de teclado',
    help: [
      'Alt+N: seguir a la página siguiente (lo mismo que pulsar Continuar).',
      'Alt+B: volver una página.',
      'No funcionan mientras el cursor está en un cuadro de texto, para no cortar lo que escribe.',
    ],
  },
  timeoutSetting: {
    label: 'Borrar las respuestas después de este tiempo sin actividad',
    hint: 'Primero sale un aviso, con un botón para seguir.',
    option: (minutes) => `${minutes} minutos`,
  },
  rule: (ruleId) => `Regla: ${ruleId}`,
  summary: {
    title: 'Resumen para el equipo médico',
    intro: 'Una página para el equipo médico, hecha en el modo de navegador. Las páginas anteriores son las del paciente.',
    linesOfTherapy: 'Líneas de tratamiento',
    pathways: 'Caminos y qué tan bien encajan',
    pathwayColumns: { pathway: 'Camino', fit: 'Encaje', rules: 'Reglas' },
    keyQuestions: 'Preguntas clave',
    notes: 'Notas del navegador de pacientes',
    none: 'No se indicó ninguno',
  },
} satisfies NavigatorContent;
