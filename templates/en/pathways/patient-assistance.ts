import type { PatientAssistanceContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../sources';

/**
 * Help with costs. Drug company co-pay cards are offered only to private and marketplace plans:
 * federal health care programs (Medicare, Medicare Advantage, Medicaid, TRICARE, VA) cannot use them.
 */
export const patientAssistance = {
  title: 'Help with costs (patient assistance)',
  summary:
    'Help with the cost of a drug can come from drug companies, charity foundations, government programs and hospitals. Which help you can use depends on your insurance.',
  reasons: {
    uninsured: {
      text: 'Because you said you have no insurance, help with costs is a key road for you. Some kinds of help are made for people without insurance.',
    },
    majorCost: { text: 'Because you said cost is a major worry, help with costs fits you well.' },
    denied: {
      text: 'Because you said an insurer said no to paying for a cancer treatment, help with costs fits you well. You can also appeal.',
      sources: [SRC.healthcareGovAppeal],
    },
    someCost: { text: 'Because you said cost is some worry, help with costs may fit you.' },
    noCostConcern: {
      text: 'Because you said cost is not a worry now, this road matters less for you. If costs go up or an insurer says no, come back to it.',
    },
    costUnknown: { text: 'You have not told us if cost worries you. Tell us to sharpen this.' },
    uninsuredSaysNoCost: {
      text: 'You said cost is not a worry, but you also said you have no insurance. Cancer care without insurance can cost a great deal. Look at this road anyway.',
    },
    medicareNoCards: {
      text: 'Because you have Medicare: drug company co-pay cards cannot be used for drugs Medicare pays for. Federal law does not allow it. You can still get help from charity foundations, Extra Help, the Part D cap and payment plan, and hospital financial assistance.',
      sources: [SRC.oigCopayCoupons],
    },
    medicaidNoCards: {
      text: 'Because you have Medicaid: drug company co-pay cards cannot be used for drugs Medicaid pays for. Federal law does not allow it. Charity foundations and hospital financial assistance can still help.',
      sources: [SRC.oigCopayCoupons],
    },
    militaryNoCards: {
      text: 'Because you have military or VA coverage: drug company co-pay cards cannot be used with it. Federal law treats TRICARE and the VA like Medicare here. Charity foundations and hospital financial assistance can still help.',
      sources: [SRC.antiKickback, SRC.oigCopayCoupons],
    },
    privateCards: {
      text: 'Because you have private or marketplace insurance, you may be able to use a drug company co-pay card. Charity foundations and hospital financial assistance can help too.',
      sources: [SRC.oigCopayCoupons],
    },
    otherCoverage: {
      text: 'You said you have another kind of coverage. If it is a federal health care program, drug company co-pay cards cannot be used with it. Ask your plan.',
      sources: [SRC.antiKickback],
    },
    uninsuredPrograms: {
      text: 'Because you have no insurance: ask the drug company about a free-drug program, ask if you could get Medicaid, and ask the hospital about financial assistance.',
    },
    incomeGiven: {
      text: 'You gave your household size and income. Help programs often use these to decide who can get help. For example, the CancerCare Co-Payment Assistance Foundation helps people with incomes up to four times the federal poverty level.',
      sources: [SRC.cancerCareCopay],
    },
  },
  steps: {
    financialCounselor: { text: 'Ask your clinic for a financial counselor or social worker. They can help you find and apply for help.' },
    noCardsFederal: {
      text: 'Drug company co-pay cards cannot be used with your coverage. This is federal law. Use the other help in this list instead.',
      sources: [SRC.oigCopayCoupons, SRC.antiKickback],
    },
    copayCardPrivate: {
      text: 'Ask the drug company if it has a co-pay card. These cards are for people with private or marketplace insurance.',
      sources: [SRC.oigCopayCoupons],
    },
    manufacturerProgram: { text: 'Ask the drug company if it has a free-drug program, and who can get it.' },
    medicaidCheck: { text: 'Ask if you could get Medicaid. A financial counselor can help you apply.' },
    charityFoundations: {
      text: 'Ask charity foundations for help with your share of the cost. Their funds open and close by disease, so check the current status. They usually do not pay for off-label or experimental use.',
      sources: [SRC.cancerCareCopay],
    },
    extraHelp: {
      text: 'Apply for Extra Help from Social Security. It lowers Medicare drug costs. Since January 1, 2024, people with incomes up to 150% of the federal poverty level can get full help.',
      sources: [SRC.ssaExtraHelp],
    },
    partDCap: {
      text: 'Know the Medicare Part D yearly cap on what you pay for drugs: $2,000 in 2025 and $2,100 in 2026 (check current details). The cap does not cover drugs you get in the clinic under Part B.',
      sources: [SRC.partDCap],
    },
    paymentPlan: {
      text: 'Ask about the Medicare Prescription Payment Plan. You pay $0 at the pharmacy and get monthly bills with no interest. It spreads the cost out. It does not lower the total.',
      sources: [SRC.paymentPlan],
    },
    hospitalAssistance: {
      text: 'Ask the hospital for its financial assistance policy. Nonprofit hospitals must have one (check current details).',
      sources: [SRC.irsFinancialAssistance],
    },
    appeal: {
      text: 'Appeal the refusal. First ask the plan to look again (internal appeal). If it still says no, ask for an external review. The letter tells you how.',
      sources: [SRC.healthcareGovAppeal],
    },
    needyMeds: {
      text: 'Look up help programs on NeedyMeds. It is free, and you do not need to sign up. Its helpline is 800-503-6897.',
      sources: [SRC.needyMeds],
    },
  },
  questions: {
    costOfDrug: 'What will this treatment cost me each month?',
    financialCounselor: 'Can I meet a financial counselor or social worker here?',
    partBOrD: 'Will I get this drug in the clinic (Part B) or from a pharmacy (Part D)?',
    cheaperOption: 'Is there a drug that works as well and costs less?',
    appealHelp: 'Will your office help me appeal the refusal?',
  },
  contacts: {
    cancerCareCopay: {
      name: 'CancerCare Co-Payment Assistance Foundation',
      phone: '866-552-6729',
      url: 'https://www.cancercare.org/copayfoundation',
      source: SRC.cancerCareCopay.url,
      reviewed: SRC.cancerCareCopay.reviewed,
    },
    lls: {
      name: 'The Leukemia & Lymphoma Society Co-Pay Assistance Program',
      phone: '877-557-2672',
      url: 'https://www.lls.org',
      source: SRC.lls.url,
      reviewed: SRC.lls.reviewed,
      reverify: true,
    },
    pan: {
      name: 'PAN Foundation',
      phone: '866-316-7263',
      url: 'https://www.panfoundation.org',
      source: SRC.pan.url,
      reviewed: SRC.pan.reviewed,
      reverify: true,
    },
    needyMeds: {
      name: 'NeedyMeds (free list of help programs)',
      phone: '800-503-6897',
      url: 'https://www.needymeds.org',
      source: SRC.needyMeds.url,
      reviewed: SRC.needyMeds.reviewed,
    },
    ssaExtraHelp: {
      name: 'Social Security: Extra Help with Medicare drug costs',
      url: 'https://www.ssa.gov/medicare/part-d-extra-help',
      source: SRC.ssaExtraHelp.url,
      reviewed: SRC.ssaExtraHelp.reviewed,
    },
    acsHelpline: {
      name: 'American Cancer Society helpline (every day, all hours)',
      phone: '1-800-227-2345',
      url: 'https://www.cancer.org',
      source: SRC.acs.url,
      reviewed: SRC.acs.reviewed,
    },
  },
} satisfies PatientAssistanceContent;
