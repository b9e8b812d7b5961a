import type { DocumentsContent } from '../../src/content/pathway-content.types';

/** Papeles para llevar a la clínica: todos los caminos a un medicamento piden algunos de ellos. */
export const documents = {
  heading: 'Papeles que debe juntar',
  intro: 'Lleve copias de estos papeles a su próxima cita. Guarde los originales.',
  items: {
    pathology: 'Su informe de patología (lo que el laboratorio encontró en la muestra de su tumor)',
    biomarkerReport: 'El informe de su prueba de biomarcadores o prueba genómica',
    treatmentHistory: 'Una lista de los tratamientos que ha recibido, con las fechas y cómo le fue',
    insuranceCard: 'Su tarjeta del seguro, por delante y por detrás',
    denialLetters: 'Toda carta en la que un seguro dijo que no',
    scansAndNotes: 'Los informes de sus estudios de imagen recientes y las notas del médico',
    medicineList: 'Una lista de todos los medicamentos que toma ahora',
  },
} satisfies DocumentsContent;
