import type { CheckAnswersContent } from '../../src/content/wizard-shell-content.types';

/** La página «Revise sus respuestas», en español. */
export const checkAnswers = {
  title: 'Revise sus respuestas',
  intro: 'Lea sus respuestas. Puede cambiar cualquiera antes de ver sus resultados.',
  welcomeSectionTitle: 'Sobre usted',
  notProvided: 'Sin respuesta',
  noneAdded: 'Ninguno',
  change: 'Cambiar',
  treatment: (name, outcome) => `${name}: ${outcome}`,
  labelRow: 'Lo que dice la etiqueta de la FDA',
  labelValue: (count, date) =>
    count === 0
      ? `No se encontró etiqueta de la FDA. Se buscó el ${date}.`
      : `${count === 1 ? '1 etiqueta guardada' : `${count} etiquetas guardadas`}. Se buscó el ${date}.`,
  otherCancer: (typed) => `Otro tipo: ${typed}`,
  skippedHeading: 'Preguntas que no le hicimos',
  skippedIntro: 'Algunas preguntas solo importan después de ciertas respuestas. No le hicimos estas:',
  skippedReasons: {
    'testing-not-done': 'No le preguntamos qué encontraron las pruebas de biomarcadores, porque dijo que no le hicieron la prueba al cáncer.',
    'testing-unsure': 'No le preguntamos qué encontraron las pruebas de biomarcadores, porque dijo que no sabe si le hicieron la prueba.',
    'testing-not-answered': 'No le preguntamos qué encontraron las pruebas de biomarcadores, porque no nos dijo si le hicieron la prueba.',
    'no-cost-concern': 'No le preguntamos por su hogar ni sus ingresos, porque dijo que tiene seguro y que el costo no le preocupa.',
    'cost-concern-not-answered': 'No le preguntamos por su hogar ni sus ingresos, porque no nos dijo si el costo le preocupa.',
    'in-a-trial': 'No le preguntamos hasta dónde podría viajar para un estudio, porque dijo que ya está en un estudio clínico.',
    'not-interested-in-trials': 'No le preguntamos hasta dónde podría viajar para un estudio, porque dijo que no quiere entrar en un estudio.',
    'trial-status-not-answered': 'No le preguntamos hasta dónde podría viajar para un estudio, porque no nos dijo si ha buscado estudios.',
  },
  changeThatAnswer: 'Cambiar esa respuesta',
  changeThatAnswerHidden: (pageTitle) => `: ${pageTitle}`,
  notVisitedHeading: 'Páginas que todavía no se abrieron',
  notVisitedIntro: 'Se saltaron estas páginas, así que todavía no se hicieron sus preguntas:',
  notVisitedTag: 'Sin abrir todavía',
  notAskedYet: 'Todavía no se preguntó',
  goToPage: 'Ir a esta página',
  goToPageHidden: (pageTitle) => `: ${pageTitle}`,
  confirmHeading: 'Ahora vea sus resultados',
  confirmText: 'Sus respuestas se quedan en este dispositivo. Las usamos para mostrarle qué caminos para conseguir un medicamento podrían estar abiertos para usted.',
  confirm: 'Ver los resultados',
} satisfies CheckAnswersContent;
