import type { FirstStepsContent } from '../../src/content/pathway-content.types';
import { SRC } from '../en/sources';

/** Los pasos que van antes de cualquier camino a un medicamento. */
export const firstSteps = {
  biomarkerTesting: {
    text: 'Pregúntele a su oncólogo por la prueba de biomarcadores de su tumor. Casi todos los caminos a un medicamento dependen de ella.',
  },
  biomarkerTestingUnknown: {
    text: 'Averigüe si a su tumor le hicieron la prueba de biomarcadores. Casi todos los caminos a un medicamento dependen de ella.',
  },
  secondOpinionAcademic: {
    text: 'Piense en pedir una segunda opinión en un centro de cáncer universitario. Allí, un comité de tumores puede revisar su caso.',
  },
  tumorBoard: {
    text: 'Pregunte si su caso puede ir al comité de tumores de su centro de cáncer, o pida una segunda opinión.',
  },
  appealDenial: {
    text: 'Busque la carta en la que su seguro dijo que no. Las apelaciones tienen plazos, y la carta le dice cómo apelar.',
    sources: [SRC.healthcareGovAppeal],
  },
  appealDenialBy: {
    text: ({ appealBy }) =>
      `Apele la negativa a más tardar el ${appealBy}. Es el último día, contado desde la fecha de su carta. Busque la carta: le dice cómo apelar.`,
    sources: [SRC.internalAppeals, SRC.partDRedetermination],
  },
  noRoadYet: {
    text: 'Ninguno de los cinco caminos encaja bien ahora. Eso puede cambiar: si el costo empieza a preocuparle o un seguro dice que no, si se abre a un estudio clínico, o si sus tratamientos aprobados dejan de funcionar o no le sirven. Cada camino de abajo dice qué lo abriría.',
  },
  gatherDocuments: {
    text: 'Junte sus papeles: los informes de patología y de biomarcadores, la lista de sus tratamientos, su tarjeta del seguro, toda carta en la que le dijeron que no, y sus estudios de imagen y notas recientes.',
  },
  inheritedTesting: {
    text: 'Pregúntele a su equipo de atención por la prueba genética hereditaria (de línea germinal), con sangre o saliva. Para su tipo de cáncer, un cambio genético heredado, como en BRCA1 o BRCA2, puede abrir tratamientos. Algunas etiquetas de la FDA son solo para personas que lo tienen.',
    sources: [SRC.nciBrcaFactSheet, SRC.olaparibLabel],
  },
  careTeamDecides: {
    text: 'Esta lista le da información, no consejos médicos. Llévela a su equipo de atención y decidan juntos.',
  },
} satisfies FirstStepsContent;
