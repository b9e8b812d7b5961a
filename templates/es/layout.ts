import type { LayoutContent } from '../../src/content/wizard-shell-content.types';

/** Palabras alrededor de cada página, en español. */
export const layout = {
  skipLink: 'Saltar al contenido principal',
  headerLabel: 'Guía de acceso a tratamientos',
  progress: (step, of) => `Paso ${step} de ${of}`,
  footer: 'Esta herramienta da información, no consejos médicos. Decida con su equipo de atención.',
  pageLoadFailedHeading: 'Esta página no se cargó',
  pageLoadFailed: 'Revise que tiene conexión a internet y vuelva a intentarlo. Sus respuestas hasta ahora están guardadas en esta pestaña.',
  tryAgain: 'Volver a intentarlo',
  updateLabel: 'Versión nueva',
  updateReady: 'Hay una versión nueva de esta herramienta. Vuelva a cargar la página para usarla. Sus respuestas hasta ahora están guardadas en esta pestaña.',
  updateReload: 'Volver a cargar para actualizar',
} satisfies LayoutContent;
