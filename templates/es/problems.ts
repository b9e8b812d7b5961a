import type { ProblemsContent } from '../../src/content/pathway-content.types';

/**
 * Palabras para rechazar un archivo de respuestas: qué está mal y qué se esperaba, campo por campo.
 * Los nombres de campos y los valores técnicos (true, false, null, schemaVersion) se dejan tal cual,
 * porque así aparecen en el archivo.
 */
export const problems = {
  wholeFile: 'el archivo de respuestas',
  heading: 'Todavía no se pueden usar estas respuestas. No se cambió nada. Por favor, corrija:',
  notAnObject: ({ received }) =>
    `se esperaba un grupo de respuestas entre llaves, como { "schemaVersion": 2 }, pero se encontró ${received}.`,
  versionMissing: ({ supported }) => `falta la versión. Agregue "schemaVersion": ${supported}.`,
  versionInvalid: ({ received, supported }) => `se esperaba un número entero, como ${supported}, pero se encontró ${received}.`,
  versionNewer: ({ found, supported }) =>
    `este archivo se hizo con una versión más nueva de esta herramienta (versión ${found}). Esta versión lee archivos hasta la versión ${supported}. Por favor, use la versión más nueva de la herramienta.`,
  versionUnsupported: ({ found, supported }) =>
    `este archivo es de la versión ${found}, y esta herramienta no lo puede poner al día a la versión ${supported}.`,
  migrationFailed: ({ from, to }) => `no se pudo poner al día este archivo de la versión ${from} a la versión ${to}.`,
  unknownKey: 'esta herramienta no conoce este campo. Revise cómo está escrito, o quítelo.',
  required: 'falta este dato. Llénelo, o quite toda la entrada.',
  wrongType: ({ expected, received }) => `se esperaba ${expected}, pero se encontró ${received}.`,
  receivedNames: { missing: 'nada', null: 'null (vacío)', list: 'una lista', group: 'un grupo de campos' },
  typeNames: {
    text: 'texto entre comillas',
    number: 'un número',
    'whole-number': 'un número entero',
    'true-or-false': 'true o false (sí o no)',
    group: 'un grupo de campos entre llaves',
    list: 'una lista entre corchetes',
  },
  notOneOf: ({ received, noun, options }) =>
    `${received} no es ${noun} que esta herramienta conozca. Se esperaba uno de estos: ${options}.`,
  notInLongList: ({ received, expected }) => `${received} no es uno que esta herramienta conozca. Se esperaba ${expected}.`,
  fieldNouns: {
    filledBy: 'una persona que llena esto',
    'diagnosis.stage': 'una etapa',
    'biomarkers.testing': 'una respuesta sobre la prueba',
    'treatments.tried.*.outcome': 'un resultado de tratamiento',
    'treatments.standardOptionsLeft': 'una respuesta sobre los tratamientos aprobados',
    'drugOfInterest.approval': 'un estado de aprobación',
    'insurance.coverage': 'un tipo de seguro',
    'insurance.costConcern': 'un nivel de preocupación por el costo',
    'trials.status': 'una respuesta sobre estudios clínicos',
    'trials.travel': 'una opción de viaje',
    'careTeam.oncologistOpenToHelp': 'una respuesta sobre su oncólogo',
    'careTeam.setting': 'un tipo de lugar de atención',
  },
  longLists: {
    residenceState: 'un código de dos letras de un estado o territorio de EE. UU., como OH',
    'diagnosis.cancerType': 'un código de tipo de cáncer de la lista en answers.schema.json, u "other"',
  },
  genericNoun: 'un valor',
  tooLong: ({ max }) => `esto es demasiado largo. Use como máximo ${max} caracteres.`,
  empty: 'esto está vacío. Escriba algo, o quítelo.',
  tooMany: ({ max }) => `esta lista es demasiado larga. Use como máximo ${max} entradas.`,
  tooSmall: ({ min }) => `este número es demasiado pequeño. Use ${min} o más.`,
  tooBig: ({ max }) => `este número es demasiado grande. Use ${max} o menos.`,
  formats: {
    zip: 'se esperaba un código postal (ZIP) de cinco números, como 43210.',
    date: 'se esperaba una fecha real entre 1900 y 2100, escrita como año-mes-día, como 2026-12-01.',
    other: 'esto no tiene la forma que se esperaba.',
  },
  invalid: 'este valor no se puede usar aquí.',
  cli: {
    usage: [
      'Uso: npm run --silent checklist -- --answers ARCHIVO [--json] [--out ARCHIVO.pdf] [--letters CARPETA] [--lookup LISTA] [--save-answers ARCHIVO] [--lang en|es]',
      '',
      '  --answers ARCHIVO      el archivo de respuestas (JSON, vea public/answers.schema.json)',
      '  --json                 muestra la evaluación como JSON',
      '  --out ARCHIVO.pdf      guarda en un PDF la lista para llevar a la clínica',
      '  --letters CARPETA      guarda en una carpeta las cartas que corresponden (borradores para el equipo médico), como .docx',
      '  --lookup LISTA         busca primero en servicios públicos, p. ej. label (la etiqueta de la FDA, en openFDA: solo se envía el nombre del medicamento),',
      '                         expanded-access y trials (ClinicalTrials.gov); si una búsqueda falla, se dice y lo demás sigue (salida 3)',
      '  --save-answers ARCHIVO guarda las respuestas, con lo que se buscó, en ARCHIVO',
      '  --lang en|es           el idioma de las palabras: en (inglés, si no se indica) o es (español)',
      '  --help                 muestra este mensaje',
    ].join('\n'),
    fileMissing: ({ file }) => `No se encuentra el archivo de respuestas ${file}. Revise la ruta.`,
    unreadable: ({ file }) => `No se puede leer el archivo de respuestas ${file}. Revise que sea un archivo que usted puede abrir.`,
    notJson: ({ file, detail }) =>
      `El archivo de respuestas ${file} no es JSON (${detail}). Guárdelo como archivo JSON y vuelva a intentarlo.`,
    badOption: ({ detail }) => `No se puede usar ese comando: ${detail}.`,
    notAFile: ({ file }) => `El archivo de respuestas ${file} no es un archivo guardado. Indique la ruta de un archivo .json.`,
    tooLarge: ({ file, max }) =>
      `El archivo de respuestas ${file} pesa más de ${max}. Un archivo de respuestas es mucho más pequeño: revise que sea el archivo correcto.`,
    utf16: ({ file }) => `El archivo de respuestas ${file} está guardado como texto UTF-16. Guárdelo como UTF-8 y vuelva a intentarlo.`,
    notUtf8: ({ file }) => `El archivo de respuestas ${file} no es texto UTF-8. Guárdelo como UTF-8 y vuelva a intentarlo.`,
    outIsAnswers: ({ file }) =>
      `--out ${file} es el mismo archivo de respuestas. Guardar la lista allí borraría sus respuestas. Elija otro nombre, como lista.pdf.`,
    outNotAFile: ({ file }) => `--out ${file} no es un archivo que la lista pueda reemplazar. Elija un nombre de archivo, como lista.pdf.`,
  },
} satisfies ProblemsContent;
