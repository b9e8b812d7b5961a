import type { UiContent } from '../../src/content/wizard-content.types';

const count = (n: number) => n.toLocaleString('es-US');

/** Palabras comunes a todas las páginas del asistente, en español. */
export const ui = {
  serviceName: 'Guía de acceso a tratamientos',
  titleSeparator: ' – ',
  errorTitlePrefix: 'Error: ',
  errorInlinePrefix: 'Error:',
  errorSummaryTitle: 'Hay un problema',
  errorFallback: 'Revise esta respuesta',
  back: 'Volver',
  continue: 'Continuar',
  optional: '(opcional)',
  whyWeAsk: 'Por qué le preguntamos esto',
  charactersRemaining: (remaining) => (remaining === 1 ? 'Queda 1 carácter' : `Quedan ${count(remaining)} caracteres`),
  charactersTooMany: (over) => (over === 1 ? '1 carácter de más' : `${count(over)} caracteres de más`),
  charactersLimit: (limit) => `Hasta ${count(limit)} caracteres.`,
  // Como se escriben a mano: 25.000 son veinticinco mil y 25,5 es veinticinco y medio.
  numbers: { group: '.', decimal: ',' },
} satisfies UiContent;
