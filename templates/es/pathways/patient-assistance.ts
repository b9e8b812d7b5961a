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
      text: 'Como tiene Medicare: las tarjetas de copago de las compañías no se pueden usar para medicamentos que paga Medicare. La ley federal no lo permite. Sí puede pedir a la compañía del medicamento el medicamento gratis de su programa de ayuda al paciente. Las fundaciones benéficas, Extra Help (Ayuda Adicional) y la ayuda económica del hospital también pueden ayudarle.',
      sources: [SRC.oigCopayCoupons, SRC.oigFreeDrugPartD],
    },
    medicaidNoCards: {
      text: 'Como tiene Medicaid: las tarjetas de copago de las compañías no se pueden usar para medicamentos que paga Medicaid. La ley federal no lo permite. Los programas de medicamentos gratis de las compañías, las fundaciones benéficas y la ayuda económica del hospital sí pueden ayudarle.',
      sources: [SRC.oigCopayCoupons],
    },
    militaryNoCards: {
      text: 'Como tiene un seguro militar o de veteranos (VA): las tarjetas de copago de las compañías no se pueden usar con él. En esto, la ley federal trata a TRICARE y al VA igual que a Medicare. Los programas de medicamentos gratis de las compañías, las fundaciones benéficas y la ayuda económica del hospital sí pueden ayudarle.',
      sources: [SRC.antiKickback, SRC.oigCopayCoupons],
    },
    privateCards: {
      text: 'Como tiene un seguro privado o del mercado de seguros, tal vez pueda usar una tarjeta de copago de la compañía del medicamento. Las fundaciones benéficas y la ayuda económica del hospital también pueden ayudarle.',
      sources: [SRC.oigCopayCoupons],
    },
    otherCoverage: {
      text: 'Nos dijo que tiene otro tipo de seguro, o que no sabe cuál. Si el gobierno lo paga en todo o en parte, no se pueden usar con él las tarjetas de copago de las compañías. El plan de los empleados federales (FEHB) no cuenta como uno de esos programas. Pregunte a su plan.',
      sources: [SRC.antiKickback],
    },
    uninsuredPrograms: {
      text: 'Como no tiene seguro médico: pregúntele a la compañía del medicamento si tiene un programa de medicamentos gratis, pregunte si podría recibir Medicaid y pregunte en el hospital por su ayuda económica.',
    },
    incomeGiven: {
      text: 'Nos dio sus ingresos. Los programas de ayuda los comparan con el nivel federal de pobreza para el tamaño de su hogar. Díganos cuántas personas viven en su hogar para ver dónde está. Por ejemplo, la CancerCare Co-Payment Assistance Foundation ayuda a personas con ingresos de hasta cuatro veces el nivel federal de pobreza.',
      sources: [SRC.cancerCareCopay],
    },
    incomeAtMost400: {
      text: ({ povertyPercent }) =>
        `Los ingresos de su hogar son cerca del ${povertyPercent} % del nivel federal de pobreza (pautas de 2026, según el tamaño de su hogar, sus ingresos y su estado). La CancerCare Co-Payment Assistance Foundation ayuda a personas de hasta el 400 %. Podría estar por debajo del límite (confirme los datos actuales).`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay],
    },
    incomeAtMost500: {
      text: ({ povertyPercent }) =>
        `Los ingresos de su hogar son cerca del ${povertyPercent} % del nivel federal de pobreza (pautas de 2026, según el tamaño de su hogar, sus ingresos y su estado). Eso está por encima del límite de CancerCare, el 400 %. Algunos fondos de la HealthWell Foundation llegan hasta el 500 %, según el fondo. Podría estar por debajo del límite de algunos fondos (confirme los datos actuales). HealthWell solo ayuda con medicamentos que cubre su seguro.`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay, SRC.healthWell],
    },
    incomeOver500: {
      text: ({ povertyPercent }) =>
        `Los ingresos de su hogar son cerca del ${povertyPercent} % del nivel federal de pobreza (pautas de 2026, según el tamaño de su hogar, sus ingresos y su estado). Eso está por encima de los límites habituales de las fundaciones de copagos, del 400 % al 500 % (confirme los datos actuales). Pregunte a la compañía del medicamento y al hospital cuáles son sus propios límites.`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay, SRC.healthWell],
    },
    incomeUninsured: {
      text: ({ povertyPercent }) =>
        `Los ingresos de su hogar son cerca del ${povertyPercent} % del nivel federal de pobreza (pautas de 2026, según el tamaño de su hogar, sus ingresos y su estado). Los programas de medicamentos gratis de las compañías y la ayuda económica de los hospitales suelen pedir este dato. Pregúnteles cuáles son sus límites.`,
      sources: [SRC.povertyGuidelines],
    },
    extraHelpUnder150: {
      text: ({ povertyPercent }) =>
        `Con Medicare e ingresos de cerca del ${povertyPercent} % del nivel federal de pobreza: Extra Help (Ayuda Adicional) da toda la ayuda hasta el 150 %, así que podría estar por debajo del límite. También hay un límite para los ahorros y otros bienes. Pídala al Seguro Social para saberlo (confirme los datos actuales).`,
      sources: [SRC.ssaExtraHelp, SRC.povertyGuidelines],
    },
    clinicDrugPartB: {
      text: 'Como el medicamento se da en la clínica: por lo general lo paga la Parte B de Medicare, no la Parte D. Con Medicare Original usted paga el 20 % del costo, sin límite anual. El límite anual y el plan de pagos de la Parte D no se aplican a este medicamento (confirme los datos actuales).',
      sources: [SRC.medicarePartBDrugs],
    },
    clinicDrugSecondaryPays: {
      text: 'Nos dijo que también tiene Medigap o Medicaid. Podría pagar su parte del 20 % de un medicamento de la Parte B. Pregúntele (confirme los datos actuales).',
      sources: [SRC.medicarePartBDrugs],
    },
    clinicDrugAdvantageLimit: {
      text: 'Con Medicare Advantage, su plan tiene un límite anual de lo que usted paga por la atención, también por los medicamentos que se dan en la clínica. Pregunte a su plan la cantidad (confirme los datos actuales).',
      sources: [SRC.medicarePartBDrugs],
    },
    pharmacyDrugPartD: {
      text: 'Como toma el medicamento en casa: las pastillas y los medicamentos que usted mismo se inyecta, de la farmacia, por lo general son de la Parte D. El límite anual y el plan de pagos de la Parte D se aplican a ellos (confirme los datos actuales).',
      sources: [SRC.medicarePartBDrugs, SRC.partDCap],
    },
  },
  steps: {
    financialCounselor: {
      text: 'Pida en su clínica hablar con un consejero financiero o un trabajador social. Le pueden ayudar a encontrar ayuda y a pedirla.',
    },
    noCardsFederal: {
      text: 'Con su seguro no se pueden usar las tarjetas de copago de las compañías. Es una ley federal. Los programas de medicamentos gratis y las otras ayudas de esta lista sí se pueden usar.',
      sources: [SRC.oigCopayCoupons, SRC.antiKickback],
    },
    copayCardPrivate: {
      text: 'Pregúntele a la compañía del medicamento si tiene una tarjeta de copago. Estas tarjetas son para personas con seguro privado o del mercado de seguros.',
      sources: [SRC.oigCopayCoupons],
    },
    manufacturerProgram: { text: 'Pregúntele a la compañía del medicamento si tiene un programa de medicamentos gratis, y quién puede recibirlo.' },
    freeDrugMedicare: {
      text: 'Pregunte a la compañía del medicamento por su programa de medicamentos gratis (programa de ayuda al paciente). Las personas con Medicare pueden pedirlo, aunque no pueden usar tarjetas de copago. El medicamento gratis se da fuera de la Parte D: no se cobra a su plan y no cuenta para su límite anual.',
      sources: [SRC.oigFreeDrugPartD, SRC.oigFreeDrugPartDNotice],
    },
    freeDrugFederal: {
      text: 'Pregunte a la compañía del medicamento por su programa de medicamentos gratis, y quién puede recibirlo. Puede preguntar sea cual sea su seguro. El medicamento gratis se da fuera de su plan: no se le cobra a su plan.',
      sources: [SRC.oigFreeDrugPartD],
    },
    medicaidCheck: { text: 'Pregunte si podría recibir Medicaid. Un consejero financiero le puede ayudar a pedirlo.' },
    charityFoundations: {
      text: 'Pida a fundaciones benéficas ayuda con la parte del costo que le toca pagar. Sus fondos abren y cierran según la enfermedad, así que revise si están abiertos ahora. Por lo general no pagan el uso fuera de indicación ni el uso experimental.',
      sources: [SRC.cancerCareCopay],
    },
    extraHelp: {
      text: 'Pida Extra Help (Ayuda Adicional) al Seguro Social. Baja lo que paga por los medicamentos de Medicare. Desde el 1 de enero de 2024, las personas con ingresos de hasta el 150 % del nivel federal de pobreza pueden recibir toda la ayuda. También hay un límite para los ahorros y otros bienes.',
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
      text: 'Apele la negativa. Primero pida al plan que lo vuelva a revisar. Si sigue diciendo que no, pregunte cómo pedir una revisión fuera del plan. La carta le dice cómo y hasta cuándo.',
      sources: [SRC.healthcareGovAppeal],
    },
    partBCoinsurance: {
      text: 'Los medicamentos que se dan en la clínica (infusiones e inyecciones) por lo general los paga la Parte B de Medicare. Con Medicare Original usted paga el 20 % del costo sin límite anual, salvo que una póliza Medigap o Medicaid lo pague (confirme los datos actuales). Pregunte en la clínica cuánto le tocará pagar.',
      sources: [SRC.medicarePartBDrugs],
    },
    appealPrivate: {
      text: 'Apele la negativa. Pida a su plan una apelación interna dentro de los 180 días siguientes a la carta de negativa. Si el plan sigue diciendo que no, puede pedir una revisión externa dentro de los 4 meses siguientes a su carta final. Si esperar podría dañar gravemente su salud, pida una apelación urgente: el plan debe decidir en 72 horas, y una revisión externa urgente puede hacerse al mismo tiempo.',
      sources: [SRC.internalAppeals, SRC.externalReview],
    },
    appealMedicareDrug: {
      text: 'Para un medicamento de la farmacia (Parte D, también en Medicare Advantage): pida al plan una decisión de cobertura, o una excepción si el medicamento no está en su lista. Si dice que no, pida al plan que lo vuelva a revisar (redeterminación) dentro de los 65 días siguientes al aviso. Después, una revisión independiente puede verlo. Una solicitud urgente recibe respuesta en 72 horas.',
      sources: [SRC.partDRedetermination],
    },
    appealMedicarePartB: {
      text: 'Para un medicamento que se da en la clínica con Medicare Original (Parte B): pida una redeterminación dentro de los 120 días siguientes a su Resumen de Medicare (Medicare Summary Notice) (confirme los datos actuales).',
      sources: [SRC.originalMedicareAppeals],
    },
    appealMedicareAdvantage: {
      text: 'Con Medicare Advantage, para la atención y los medicamentos que se dan en la clínica: pida al plan que lo reconsidere dentro de los 65 días siguientes a su aviso (confirme los datos actuales).',
      sources: [SRC.medicareHealthPlanAppeals],
    },
    appealMedicaid: {
      text: 'Con Medicaid, puede pedir una audiencia imparcial del estado. Cada estado fija su plazo, de 90 días como máximo desde el aviso. Si un plan de salud de Medicaid dijo que no, primero tiene su propia apelación. Lea el plazo en su carta (confirme los datos actuales).',
      sources: [SRC.medicaidFairHearing],
    },
    appealMilitary: {
      text: 'TRICARE y el VA tienen sus propias formas de apelar. Lea su carta, y pregunte a su plan cómo apelar y hasta cuándo.',
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
      name: 'CancerCare Co-Payment Assistance Foundation (fundación que ayuda con los copagos; sitio web en inglés)',
      phone: '866-552-6729',
      url: 'https://www.cancercare.org/copayfoundation',
      source: SRC.cancerCareCopay.url,
      reviewed: SRC.cancerCareCopay.reviewed,
    },
    lls: {
      name: 'Programa de ayuda con los copagos de The Leukemia & Lymphoma Society (solo cánceres de la sangre; sitio web en inglés)',
      phone: '877-557-2672',
      url: 'https://www.lls.org/support-resources/financial-support/co-pay-assistance-program',
      source: SRC.lls.url,
      reviewed: SRC.lls.reviewed,
    },
    pan: {
      name: 'PAN Foundation (fundación que ayuda a pagar medicamentos; sitio web en inglés)',
      phone: '866-316-7263',
      url: 'https://www.panfoundation.org',
      source: SRC.pan.url,
      reviewed: SRC.pan.reviewed,
    },
    healthWell: {
      name: 'HealthWell Foundation (para medicamentos que cubre su seguro; sitio web en inglés)',
      phone: '800-675-8416',
      url: 'https://www.healthwellfoundation.org',
      source: SRC.healthWell.url,
      reviewed: SRC.healthWell.reviewed,
      reverify: true,
    },
    needyMeds: {
      name: 'NeedyMeds (lista gratis de programas de ayuda; sitio web en inglés)',
      phone: '800-503-6897',
      url: 'https://www.needymeds.org',
      source: SRC.needyMeds.url,
      reviewed: SRC.needyMeds.reviewed,
    },
    ssaExtraHelp: {
      name: 'Seguro Social: Extra Help (Ayuda Adicional) con los costos de medicamentos de Medicare (en inglés)',
      url: 'https://www.ssa.gov/medicare/part-d-extra-help',
      source: SRC.ssaExtraHelp.url,
      reviewed: SRC.ssaExtraHelp.reviewed,
    },
    acsHelpline: {
      name: 'Línea de ayuda de la American Cancer Society (Sociedad Americana Contra el Cáncer), todos los días, a toda hora (sitio web en inglés)',
      phone: '1-800-227-2345',
      url: 'https://www.cancer.org',
      source: SRC.acs.url,
      reviewed: SRC.acs.reviewed,
    },
  },
} satisfies PatientAssistanceContent;
