import type { GlossaryContent } from '../../src/content/pathway-content.types';
import { SRC } from '../en/sources';

/**
 * Cada término de los caminos que una persona quizás no conozca, en palabras sencillas. Los nombres
 * oficiales de programas y leyes de EE. UU. se dejan en inglés, con su explicación en español.
 */
export const glossary = {
  offLabel: {
    term: 'Uso fuera de indicación (off-label)',
    definition: 'Usar un medicamento aprobado para otro cáncer, otra dosis u otra forma de darlo que no es la que aprobó la FDA.',
    sources: [SRC.nciOffLabel],
  },
  onLabel: { term: 'Uso aprobado (on-label)', definition: 'Usar un medicamento de la manera en que la FDA lo aprobó.' },
  compendium: {
    term: 'Compendio de medicamentos',
    definition: 'Un libro oficial de consulta sobre medicamentos. Medicare usa algunos de ellos para decidir si un uso fuera de indicación tiene pruebas que lo apoyen.',
    sources: [SRC.cmsCompendia],
  },
  expandedAccess: {
    term: 'Acceso ampliado (uso compasivo)',
    definition: 'Un trámite de la FDA que puede permitir que una persona con una enfermedad grave reciba un medicamento en estudio, fuera de un estudio clínico.',
    sources: [SRC.cfrExpandedAccess],
  },
  rightToTry: {
    term: 'Right to Try (“derecho a probar”)',
    definition: 'Una ley federal de 2018. Es otro camino a un medicamento en estudio, sin una solicitud a la FDA.',
    sources: [SRC.fdaRightToTry],
  },
  investigational: {
    term: 'Medicamento en investigación',
    definition: 'Un medicamento que todavía está en estudio y que la FDA no ha aprobado.',
  },
  ind: {
    term: 'IND (solicitud para usar un medicamento en investigación)',
    definition: 'La solicitud a la FDA para dar un medicamento que todavía está en estudio. Para un solo paciente, el médico usa el formulario Form FDA 3926.',
    sources: [SRC.fdaSinglePatient],
  },
  irb: {
    term: 'IRB (comité de ética)',
    definition: 'Un grupo que revisa que un estudio o un plan de tratamiento proteja al paciente. IRB quiere decir Institutional Review Board.',
    sources: [SRC.fdaIrb],
  },
  fda: {
    term: 'FDA',
    definition: 'La Administración de Alimentos y Medicamentos de EE. UU. Decide qué medicamentos se aprueban.',
  },
  biomarker: {
    term: 'Prueba de biomarcadores',
    definition: 'Una prueba de su tumor que busca cambios en sus genes o proteínas. Los resultados pueden señalar medicamentos que podrían funcionar.',
  },
  priorAuthorization: {
    term: 'Autorización previa',
    definition: 'Pedirle a su plan de seguro que acepte pagar antes de que empiece un tratamiento.',
    sources: [SRC.acsOffLabel],
  },
  appeal: {
    term: 'Apelación',
    definition: 'Pedirle a su plan de seguro que vuelva a revisar una decisión en la que dijo que no.',
    sources: [SRC.healthcareGovAppeal],
  },
  externalReview: {
    term: 'Revisión externa',
    definition: 'Una revisión de la decisión de su plan hecha por alguien de fuera del plan, después de apelar dentro del plan.',
    sources: [SRC.healthcareGovAppeal],
  },
  copay: { term: 'Copago', definition: 'La parte del costo que usted paga cada vez que recibe un medicamento o va a una consulta.' },
  copayCard: {
    term: 'Tarjeta de copago',
    definition: 'Una tarjeta de una compañía de medicamentos que paga parte de su copago. No se puede usar con Medicare, Medicaid, TRICARE ni con la cobertura del VA.',
    sources: [SRC.oigCopayCoupons, SRC.antiKickback],
  },
  charityFoundation: {
    term: 'Fundación benéfica',
    definition: 'Un grupo sin fines de lucro que ayuda a personas con seguro a pagar su parte del costo de los medicamentos.',
    sources: [SRC.cancerCareCopay],
  },
  extraHelp: {
    term: 'Extra Help (Ayuda Adicional)',
    definition: 'Un programa del Seguro Social que baja el costo de los medicamentos de Medicare para personas con ingresos bajos.',
    sources: [SRC.ssaExtraHelp],
  },
  federalPovertyLevel: {
    term: 'Nivel federal de pobreza',
    definition: 'Una cantidad de ingresos que el gobierno fija cada año. Muchos programas de ayuda la usan para decidir quién puede recibir ayuda.',
  },
  partD: { term: 'Medicare Parte D', definition: 'La parte de Medicare que paga los medicamentos que recibe en una farmacia.' },
  partB: {
    term: 'Medicare Parte B',
    definition: 'La parte de Medicare que paga la atención y los medicamentos que recibe en una clínica o en el consultorio del médico.',
  },
  clinicalTrial: { term: 'Estudio clínico', definition: 'Una investigación que prueba tratamientos nuevos con personas.' },
  phaseOneTrial: {
    term: 'Estudio de fase 1',
    definition: 'El primer paso para probar un medicamento en personas. Se fija sobre todo en la seguridad y la dosis.',
  },
  phaseTwoTrial: {
    term: 'Estudio de fase 2',
    definition: 'Un estudio que prueba si un tratamiento funciona contra un cáncer, y se fija en sus efectos secundarios.',
  },
  phaseThreeTrial: {
    term: 'Estudio de fase 3',
    definition: 'Un estudio que compara un tratamiento nuevo con uno estándar, en muchas personas.',
  },
  recruiting: { term: 'Reclutando', definition: 'Un estudio que está aceptando personas nuevas ahora.' },
  routineCosts: {
    term: 'Costos de la atención de rutina',
    definition: 'Los costos de siempre, como consultas y pruebas, que tendría dentro o fuera de un estudio.',
    sources: [SRC.phsa2709],
  },
  eligibility: {
    term: 'Requisitos para participar',
    definition: 'Las reglas que dicen quién puede entrar en un estudio o recibir ayuda de un programa.',
  },
  tumorBoard: {
    term: 'Comité de tumores',
    definition: 'Una reunión en la que médicos del cáncer de distintas especialidades hablan juntos sobre el caso de un paciente.',
  },
  secondOpinion: { term: 'Segunda opinión', definition: 'Pedirle a otro médico que revise su caso y sus opciones.' },
  informedConsent: {
    term: 'Consentimiento informado',
    definition: 'Aceptar un tratamiento por escrito después de que le expliquen sus riesgos y sus posibles beneficios.',
  },
  pathologyReport: {
    term: 'Informe de patología',
    definition: 'El informe de lo que el laboratorio encontró en la muestra de su tumor.',
  },
  financialAssistance: {
    term: 'Ayuda económica del hospital',
    definition: 'Ayuda de un hospital para pagar sus cuentas, muchas veces para personas con ingresos bajos. Los hospitales sin fines de lucro deben tener reglas escritas para esto (confirme los datos actuales).',
    sources: [SRC.irsFinancialAssistance],
  },
  medicareAdvantage: {
    term: 'Medicare Advantage',
    definition: 'Un plan de Medicare que maneja una compañía privada. Sigue siendo Medicare.',
  },
} satisfies GlossaryContent;
