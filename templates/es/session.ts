import type { SessionContent } from '../../src/content/session-content.types';

/** Un tiempo en palabras: "1 minuto", "35 segundos", "1 minuto y 5 segundos". */
function timeLeft(secondsLeft: number): string {
  const minutes = Math.floor(secondsLeft / 60);
  const seconds = secondsLeft % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}`);
  return parts.join(' y ');
}

/** Palabras para recuperar, guardar y abrir respuestas, terminar y borrar, el tiempo de espera y guardar entre visitas. */
export const session = {
  setAside: {
    heading: 'No pudimos abrir las respuestas guardadas en esta pestaña',
    body: [
      'Las respuestas guardadas en esta pestaña del navegador están dañadas o vienen de una versión de esta herramienta que no podemos leer.',
      'No las hemos borrado. Puede descargarlas en un archivo para guardarlas, o descartarlas y empezar de nuevo.',
    ],
    download: 'Descargar los datos guardados',
    discard: 'Descartarlos y empezar de nuevo',
    fileName: (isoDate) => `treatment-access-answers-set-aside-${isoDate}.txt`,
    notStored:
      'Estos datos son demasiado grandes para guardarlos en este navegador junto con una sesión nueva. Si los quiere, descárguelos ahora. Se perderán al cerrar esta pestaña.',
  },
  saveFailed: {
    heading: 'Sus respuestas no se están guardando en este navegador',
    body: [
      'Este navegador no nos dejó guardar sus últimas respuestas. Puede que su espacio esté lleno o que guardar esté desactivado.',
      'Sus respuestas siguen en la pantalla. Si recarga o cierra esta pestaña, se pueden perder. Descárguelas en un archivo para conservarlas.',
    ],
    download: 'Descargar sus respuestas',
  },
  migrated: 'Sus respuestas guardadas venían de una versión anterior de esta herramienta. Las pusimos al día. Por favor, revíselas.',

  export: {
    hint: 'El archivo se queda en esta computadora hasta que usted lo mueva. Más tarde puede abrirlo aquí para seguir.',
    button: 'Guardar las respuestas en un archivo',
    fileName: (isoDate, label) => `treatment-access-answers-${label ? `${label}-` : ''}${isoDate}.json`,
    labelLabel: 'Una etiqueta para el nombre del archivo (opcional)',
    labelHint: (maxCharacters) =>
      `Por ejemplo, las iniciales del paciente, para distinguir un archivo de otro. Solo va en el nombre del archivo, en esta computadora. Nunca se envía a ningún lugar. Letras, números y guiones, como máximo ${maxCharacters}.`,
    labelInvalid: (maxCharacters) => `Use solo letras, números y guiones en la etiqueta, como máximo ${maxCharacters}, o déjela vacía`,
  },
  import: {
    label: 'Abrir un archivo de respuestas guardadas',
    hint: (maxMegabytes) => `Elija un archivo .json guardado con esta herramienta. Debe pesar menos de ${maxMegabytes} MB.`,
    errorHeading: 'No pudimos abrir ese archivo',
    tooBig: (maxMegabytes) =>
      `El archivo es demasiado grande. Un archivo de respuestas pesa mucho menos de ${maxMegabytes} MB. Elija el archivo que guardó esta herramienta.`,
    notReadable: 'No se pudo leer el archivo. Intente elegirlo otra vez.',
    notJson: 'Este no es un archivo de respuestas guardadas. Debe ser un archivo .json guardado con esta herramienta.',
    problemsIntro: 'Estas respuestas del archivo no están bien:',
    confirmHeading: '¿Cambiar sus respuestas?',
    confirmBody: (fileName) =>
      `Las respuestas de “${fileName}” van a reemplazar las que ve ahora en la pantalla. Las respuestas de la pantalla se perderán si no las guardó.`,
    fileLabel: (label) => `Etiqueta del archivo: ${label}`,
    noFileLabel: 'Etiqueta del archivo: ninguna',
    fileDate: (date) => `Guardado el: ${date}`,
    confirmReplace: 'Reemplazar mis respuestas',
    confirmKeep: 'Quedarme con mis respuestas de ahora',
    done: (fileName) => `Abrimos las respuestas de “${fileName}”. Revíselas abajo.`,
  },

  finish: {
    button: 'Terminar y borrar',
    hint: 'Cuando haya guardado o impreso la lista, esto borra todas las respuestas de este navegador.',
    confirmHeading: '¿Borrar todo ahora?',
    confirmBody:
      'Esto borra todas las respuestas de este navegador. No se puede deshacer. Antes, asegúrese de haber guardado o impreso la lista.',
    confirmYes: 'Sí, borrar todo',
    confirmNo: 'No, volver',
    cleared: 'Todo lo que escribió se borró de este navegador.',
  },

  timeout: {
    dialogHeading: '¿Sigue ahí?',
    countdown: (secondsLeft) => `Sus respuestas se borrarán en ${timeLeft(secondsLeft)}.`,
    countdownKept: (secondsLeft) =>
      `Esta pantalla se cerrará en ${timeLeft(secondsLeft)}. Sus respuestas guardadas siguen en esta computadora.`,
    explain: 'Hace un rato que no pasa nada. Para proteger sus respuestas en una computadora que usan otras personas, las borramos.',
    explainKept:
      'Hace un rato que no pasa nada. Para proteger sus respuestas, las cerramos en la pantalla. La copia que decidió guardar sigue en esta computadora. Puede seguir desde la primera página.',
    saveFirst: 'Antes, puede guardar lo que necesite:',
    downloadAnswers: 'Descargar sus respuestas (archivo)',
    downloadChecklist: 'Descargar la lista (PDF)',
    downloadingChecklist: 'Preparando la lista…',
    checklistFailed: 'No se pudo preparar la lista. Descargue sus respuestas.',
    downloadSetAside: 'Descargar los datos guardados',
    stillHere: 'Sigo aquí',
    clearNow: 'Borrar ahora',
    closeNow: 'Cerrar ahora',
    cleared: (minutes) => `Sus respuestas se borraron después de ${minutes} minutos sin actividad, para protegerlas.`,
    closedKept: {
      heading: 'Sus respuestas se cerraron en la pantalla',
      body: [
        'Para protegerlas, las cerramos después de un rato sin actividad.',
        'Las respuestas que decidió guardar siguen en esta computadora. Puede seguir donde lo dejó o borrarlas.',
      ],
    },
    continueKept: 'Seguir con mis respuestas guardadas',
    deleteKept: 'Borrar las respuestas guardadas',
    keptDeleted: 'Las respuestas guardadas se borraron de esta computadora.',
    otherTab: 'Su sesión terminó porque se terminó, o se cerró por inactividad, en otra pestaña de esta herramienta.',
    setting: {
      label: 'Cerrar la pantalla después de este tiempo sin actividad',
      hint: 'Así sus respuestas quedan protegidas en una computadora que usan otras personas. Primero sale un aviso, un minuto antes. Las respuestas que no guardó en esta computadora se borran; las que guardó siguen guardadas. Elija “Nunca” solo en una computadora que usa solo usted.',
      option: (minutes) => `${minutes} minutos`,
      never: 'Nunca',
    },
  },

  keep: {
    heading: 'Guardar las respuestas entre visitas',
    label: 'Guardar mis respuestas en esta computadora hasta que yo lo apague',
    explain: [
      'Normalmente, sus respuestas se guardan solo mientras esta pestaña está abierta.',
      'Si activa esto, sus respuestas también se guardan en este navegador, en esta computadora. Así puede cerrar la pestaña y seguir más tarde. Nunca se envían a ningún lado.',
      'Cualquier persona que use esta computadora y este navegador podría verlas. No lo active en una computadora que usan otras personas.',
    ],
    on: 'Sus respuestas se guardan en este navegador, en esta computadora.',
    turnedOff: 'Las respuestas guardadas se borraron de esta computadora.',
    failed:
      'No pudimos guardar sus respuestas en esta computadora: este navegador no nos dejó. No se guardó nada. Guárdelas en un archivo.',
  },

  panelHeading: 'Sus respuestas en esta computadora',
  filesHeading: 'Guarde sus respuestas o abra las que guardó',
  dismiss: 'Cerrar este mensaje',
} satisfies SessionContent;
