import type { PatientAssistanceContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../../en/sources';

/**
 * Ayuda con los costos. Las tarjetas de copago de las compañías solo se ofrecen a planes privados y
 * del mercado de seguros: los programas federales de salud (Medicare, Medicare Advantage, Medicaid,
 * TRICARE, VA) no pueden usarlas.
 */
export const patientAssistance = {
  title: 'Ayuda con los costos (asistencia al paciente)',
  summary:
    'La ayuda para pagar un medicamento puede venir de las compañías que lo hacen, de fundaciones benéficas, de programas del gobierno y de los hospitales. La ayuda que puede usar depende de su seguro.',
  reasons: {
    uninsured: {
      text: 'Como nos dijo que no tiene seguro médico, la ayuda con los costos es un camino clave para usted. Algunos tipos de ayuda son para personas sin seguro.',
    },
    majorCost: { text: 'Como nos dijo que el costo le preocupa mucho, la ayuda con los costos le encaja bien.' },
    denied: {
      text: 'Como nos dijo que un seguro se negó a pagar un tratamiento contra el cáncer, la ayuda con los costos le encaja bien. También puede apelar.',
      sources: [SRC.healthcareGovAppeal],
    },
    someCost: { text: 'Como nos dijo que el costo le preocupa un poco, la ayuda con los costos podría servirle.' },
    noCostConcern: {
      text: 'Como nos dijo que el costo no le preocupa ahora, este camino le importa menos. Si los costos suben o un seguro dice que no, vuelva a verlo.',
    },
    costUnknown: { text: 'Todavía no nos ha dicho si el costo le preocupa. Díganoslo. Así el resultado será más claro.' },
    uninsuredSaysNoCost: {
      text: 'Nos dijo que el costo no le preocupa, pero también que no tiene seguro médico. La atención del cáncer sin seguro puede costar mucho dinero. Vea este camino de todos modos.',
    },
    medicareNoCards: {
      text: 'Como tiene Medicare: las tarjetas de copago de las compañías no se pueden usar para medicamentos que paga Medicare. La ley federal no lo permite. Sí puede recibir ayuda de fundaciones benéficas, de Extra Help (Ayuda Adicional), del límite anual y el plan de pagos de la Parte D, y de la ayuda económica del hospital.',
      sources: [SRC.oigCopayCoupons],
    },
    medicaidNoCards: {
      text: 'Como tiene Medicaid: las tarjetas de copago de las compañías no se pueden usar para medicamentos que paga Medicaid. La ley federal no lo permite. Las fundaciones benéficas y la ayuda económica del hospital sí pueden ayudarle.',
      sources: [SRC.oigCopayCoupons],
    },
    militaryNoCards: {
      text: 'Como tiene un seguro militar o de veteranos (VA): las tarjetas de copago de las compañías no se pueden usar con él. En esto, la ley federal trata a TRICARE y al VA igual que a Medicare. Las fundaciones benéficas y la ayuda económica del hospital sí pueden ayudarle.',
      sources: [SRC.antiKickback, SRC.oigCopayCoupons],
    },
    privateCards: {
      text: 'Como tiene un seguro privado o del mercado de seguros, tal vez pueda usar una tarjeta de copago de la compañía del medicamento. Las fundaciones benéficas y la ayuda económica del hospital también pueden ayudarle.',
      sources: [SRC.oigCopayCoupons],
    },
    otherCoverage: {
      text: 'Nos dijo que tiene otro tipo de seguro. Si el gobierno lo paga en todo o en parte, no se pueden usar con él las tarjetas de copago de las compañías. Pregunte a su plan.',
      sources: [SRC.antiKickback],
    },
    uninsuredPrograms: {
      text: 'Como no tiene seguro médico: pregúntele a la compañía del medicamento si tiene un programa de medicamentos gratis, pregunte si podría recibir Medicaid y pregunte en el hospital por su ayuda económica.',
    },
    incomeGiven: {
      text: 'Nos dio el tamaño de su hogar y sus ingresos. Los programas de ayuda suelen usar estos datos para decidir quién la recibe. Por ejemplo, la CancerCare Co-Payment Assistance Foundation ayuda a personas con ingresos de hasta cuatro veces el nivel federal de pobreza.',
      sources: [SRC.cancerCareCopay],
    },
  },
  steps: {
    financialCounselor: {
      text: 'Pida en su clínica hablar con un consejero financiero o un trabajador social. Le pueden ayudar a encontrar ayuda y a pedirla.',
    },
    noCardsFederal: {
      text: 'Con su seguro no se pueden usar las tarjetas de copago de las compañías. Es una ley federal. Use las otras ayudas de esta lista.',
      sources: [SRC.oigCopayCoupons, SRC.antiKickback],
    },
    copayCardPrivate: {
      text: 'Pregúntele a la compañía del medicamento si tiene una tarjeta de copago. Estas tarjetas son para personas con seguro privado o del mercado de seguros.',
      sources: [SRC.oigCopayCoupons],
    },
    manufacturerProgram: { text: 'Pregúntele a la compañía del medicamento si tiene un programa de medicamentos gratis, y quién puede recibirlo.' },
    medicaidCheck: { text: 'Pregunte si podría recibir Medicaid. Un consejero financiero le puede ayudar a pedirlo.' },
    charityFoundations: {
      text: 'Pida a fundaciones benéficas ayuda con la parte del costo que le toca pagar. Sus fondos abren y cierran según la enfermedad, así que revise si están abiertos ahora. Por lo general no pagan el uso fuera de indicación ni el uso experimental.',
      sources: [SRC.cancerCareCopay],
    },
    extraHelp: {
      text: 'Pida Extra Help (Ayuda Adicional) al Seguro Social. Baja lo que paga por los medicamentos de Medicare. Desde el 1 de enero de 2024, las personas con ingresos de hasta el 150 % del nivel federal de pobreza pueden recibir toda la ayuda.',
      sources: [SRC.ssaExtraHelp],
    },
    partDCap: {
      text: 'Conozca el límite anual de lo que paga por medicamentos en Medicare Parte D: $2,000 en 2025 y $2,100 en 2026 (confirme los datos actuales). El límite no cubre los medicamentos que recibe en la clínica por la Parte B.',
      sources: [SRC.partDCap],
    },
    paymentPlan: {
      text: 'Pregunte por el Medicare Prescription Payment Plan (plan de pagos de recetas de Medicare). Usted paga $0 en la farmacia y recibe facturas mensuales sin intereses. Reparte el costo en el tiempo. No baja el total.',
      sources: [SRC.paymentPlan],
    },
    hospitalAssistance: {
      text: 'Pida en el hospital sus reglas de ayuda económica. Los hospitales sin fines de lucro deben tenerlas (confirme los datos actuales).',
      sources: [SRC.irsFinancialAssistance],
    },
    appeal: {
      text: 'Apele la negativa. Primero pida al plan que lo vuelva a revisar (apelación interna). Si sigue diciendo que no, pida una revisión externa. La carta le dice cómo.',
      sources: [SRC.healthcareGovAppeal],
    },
    needyMeds: {
      text: 'Busque programas de ayuda en NeedyMeds. Es gratis y no necesita inscribirse. Su línea de ayuda es el 800-503-6897.',
      sources: [SRC.needyMeds],
    },
  },
  questions: {
    costOfDrug: '¿Cuánto me va a costar este tratamiento cada mes?',
    financialCounselor: '¿Puedo hablar aquí con un consejero financiero o un trabajador social?',
    partBOrD: '¿Voy a recibir este medicamento en la clínica (Parte B) o en una farmacia (Parte D)?',
    cheaperOption: '¿Hay un medicamento que funcione igual de bien y cueste menos?',
    appealHelp: '¿Su consultorio me ayudará a apelar la negativa?',
  },
  contacts: {
    cancerCareCopay: {
      name: 'CancerCare Co-Payment Assistance Foundation (fundación que ayuda con los copagos)',
      phone: '866-552-6729',
      url: 'https://www.cancercare.org/copayfoundation',
      source: SRC.cancerCareCopay.url,
      reviewed: SRC.cancerCareCopay.reviewed,
    },
    lls: {
      name: 'Programa de ayuda con los copagos de The Leukemia & Lymphoma Society',
      phone: '877-557-2672',
      url: 'https://www.lls.org',
      source: SRC.lls.url,
      reviewed: SRC.lls.reviewed,
      reverify: true,
    },
    pan: {
      name: 'PAN Foundation (fundación que ayuda a pagar medicamentos)',
      phone: '866-316-7263',
      url: 'https://www.panfoundation.org',
      source: SRC.pan.url,
      reviewed: SRC.pan.reviewed,
      reverify: true,
    },
    needyMeds: {
      name: 'NeedyMeds (lista gratis de programas de ayuda)',
      phone: '800-503-6897',
      url: 'https://www.needymeds.org',
      source: SRC.needyMeds.url,
      reviewed: SRC.needyMeds.reviewed,
    },
    ssaExtraHelp: {
      name: 'Seguro Social: Extra Help (Ayuda Adicional) con los costos de medicamentos de Medicare',
      url: 'https://www.ssa.gov/medicare/part-d-extra-help',
      source: SRC.ssaExtraHelp.url,
      reviewed: SRC.ssaExtraHelp.reviewed,
    },
    acsHelpline: {
      name: 'Línea de ayuda de la American Cancer Society (Sociedad Americana Contra el Cáncer), todos los días, a toda hora',
      phone: '1-800-227-2345',
      url: 'https://www.cancer.org',
      source: SRC.acs.url,
      reviewed: SRC.acs.reviewed,
    },
  },
} satisfies PatientAssistanceContent;
