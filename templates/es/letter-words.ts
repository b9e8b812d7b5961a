import type { LetterWords } from '../../src/content/letters-content.types';

/** Lo que la persona lee sobre las cartas, y las palabras de compartir y del archivo de calendario, en español. */
export const letterWords = {
  notes: {
    'expanded-access-request': {
      title: 'Solicitud de acceso ampliado a la compañía del medicamento',
      what: (drug) =>
        `Una carta del oncólogo a la compañía que fabrica ${drug}. Pide a la compañía que dé el medicamento a una persona por acceso ampliado y que envíe una carta de autorización, que la solicitud a la FDA necesita.`,
      whoSigns: 'El oncólogo la revisa, completa lo que falta y la firma.',
      whereItGoes: 'El oncólogo la envía al contacto de acceso ampliado de la compañía, que aparece en su política de acceso ampliado.',
    },
    'fda-3926-worksheet': {
      title: 'Hoja de trabajo para el formulario de la FDA (Form FDA 3926)',
      what: () =>
        'Una lista de lo que el oncólogo necesita tener listo para llenar el formulario de la FDA para un paciente. No es el formulario. También explica la revisión por un comité de ética (IRB), que puede hacer el presidente del comité.',
      whoSigns: 'Nadie firma la hoja de trabajo. El oncólogo firma el formulario de la FDA.',
      whereItGoes: 'Se queda con el equipo médico. El formulario va a la FDA, en papel o por internet.',
    },
    'insurance-appeal': {
      title: 'Apelación del rechazo del seguro',
      what: (drug) => `Una carta que pide al plan de seguro que cambie su decisión de no pagar ${drug}.`,
      whoSigns: 'La firma la persona asegurada, o alguien autorizado para actuar por ella. Va junto con la carta de necesidad médica del oncólogo.',
      whereItGoes: 'A la dirección de apelaciones que aparece en la carta de rechazo. Guarde una copia y la fecha en que la envió.',
    },
    'medical-necessity': {
      title: 'Carta de necesidad médica (esquema)',
      what: (drug) =>
        `Un esquema para la carta del oncólogo que explica por qué se necesita ${drug}. Los planes de seguro piden esta carta antes de pagar, y con una apelación.`,
      whoSigns: 'El oncólogo la escribe completa y la firma.',
      whereItGoes: 'Al plan de seguro, con la solicitud de aprobación o con la apelación.',
    },
  },
  theDrug: 'el medicamento',
  deadlineOnLetter: 'Fecha límite: el último día para apelar está en la carta de rechazo. Léala ahora: los plazos para apelar son cortos.',
  inEnglish: 'La carta está en inglés, porque va a una compañía o a un seguro de EE. UU.',

  panel: {
    heading: 'Cartas para el equipo médico',
    intro:
      'Estos borradores se hacen con las respuestas. Esta aplicación no los envía. Cámbielos si hace falta, y luego copie el texto o descárguelo como archivo de Word (.docx). El equipo médico revisa cada carta antes de que alguien la firme o la envíe.',
    draft: 'Borrador para que lo revise el equipo médico',
    none: 'Todavía ninguna carta corresponde a estas respuestas. Se prepara una carta cuando un camino la necesita, por ejemplo un rechazo que apelar o una solicitud a una compañía.',
    whatLabel: 'Qué es',
    whoSignsLabel: 'Quién la firma',
    whereLabel: 'Adónde va',
    deadlineLabel: 'Fecha límite',
    textLabel: (title) => `Texto de la carta: ${title}`,
    copy: 'Copiar el texto',
    copyHidden: (title) => `de ${title}`,
    copied: 'Copiado. Péguelo en un correo o en un documento.',
    copyFailed: 'No se pudo copiar el texto. Selecciónelo en el cuadro y cópielo usted.',
    download: 'Descargar .docx',
    downloadHidden: (title) => `de ${title}`,
    downloading: 'Preparando el archivo de Word…',
    downloaded: (fileName) => `Guardado como ${fileName}. Mire su carpeta de descargas.`,
    downloadFailed: 'No se pudo hacer el archivo de Word. Copie el texto; no se perdió nada.',
    editsStay: 'Los cambios hechos aquí quedan solo en esta página. Descargue o copie la carta para guardarlos.',
  },

  share: {
    heading: 'Guárdelo en su teléfono',
    intro: 'Nada sale de este aparato a menos que usted elija adónde enviarlo.',
    button: 'Compartir la lista y las cartas',
    preparing: 'Preparando los archivos…',
    ready: 'Los archivos están listos. Pulse el botón otra vez para elegir adónde enviarlos.',
    shared: 'Compartido.',
    cancelled: 'No se compartió nada.',
    failed: 'No se pudieron compartir los archivos. Descárguelos; no se perdió nada.',
    calendarButton: 'Añadir la cita a un calendario (.ics)',
    calendarDone: (fileName) => `Guardado como ${fileName}. Ábralo para añadir la cita a su calendario.`,
    calendarFailed: 'No se pudo hacer el archivo de calendario.',
    eventTitle: (clinician) => (clinician ? `Cita con ${clinician}` : 'Cita de atención del cáncer'),
    eventDescription: 'Lleve la lista de acceso a tratamientos, las preguntas de su primera página y los documentos que enumera.',
    calendarFileName: (isoDate) => `cita-${isoDate}.ics`,
  },

  cli: {
    wrote: (count, dir, files) =>
      `Se ${count === 1 ? 'guardó una carta' : `guardaron ${count} cartas`} en ${dir}: ${files}. Cada una es un borrador: el equipo médico la revisa antes de que alguien la firme o la envíe. Las cartas a compañías y seguros de EE. UU. están en inglés.`,
    none: (dir) => `Ninguna carta corresponde a estas respuestas, así que no se guardó nada en ${dir}.`,
    notAFolder: (dir) => `--letters ${dir} no es una carpeta. Indique la ruta de una carpeta, como cartas.`,
    cannotWrite: (path) => `No se puede guardar ${path}. Revise que la carpeta exista y que usted pueda escribir en ella. No se perdió nada.`,
  },
} satisfies LetterWords;
