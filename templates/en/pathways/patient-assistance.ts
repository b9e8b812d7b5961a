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
      text: 'Because you have Medicare: drug company co-pay cards cannot be used for drugs Medicare pays for. Federal law does not allow it. You can still ask the drug company for free drug from its patient assistance program. Charity foundations, Extra Help and hospital financial assistance can help too.',
      sources: [SRC.oigCopayCoupons, SRC.oigFreeDrugPartD],
    },
    medicaidNoCards: {
      text: 'Because you have Medicaid: drug company co-pay cards cannot be used for drugs Medicaid pays for. Federal law does not allow it. Drug company free-drug programs, charity foundations and hospital financial assistance can still help.',
      sources: [SRC.oigCopayCoupons],
    },
    militaryNoCards: {
      text: 'Because you have military or VA coverage: drug company co-pay cards cannot be used with it. Federal law treats TRICARE and the VA like Medicare here. Drug company free-drug programs, charity foundations and hospital financial assistance can still help.',
      sources: [SRC.antiKickback, SRC.oigCopayCoupons],
    },
    privateCards: {
      text: 'Because you have private or marketplace insurance, you may be able to use a drug company co-pay card. Charity foundations and hospital financial assistance can help too.',
      sources: [SRC.oigCopayCoupons],
    },
    otherCoverage: {
      text: "You said you have another kind of coverage, or you are not sure which. If it is a federal health care program, drug company co-pay cards cannot be used with it. The federal employees' plan (FEHB) does not count as one of these programs. Ask your plan.",
      sources: [SRC.antiKickback],
    },
    uninsuredPrograms: {
      text: 'Because you have no insurance: ask the drug company about a free-drug program, ask if you could get Medicaid, and ask the hospital about financial assistance.',
    },
    incomeGiven: {
      text: 'You gave your income. Help programs compare it with the federal poverty level for your household size. Tell us how many people live in your household to see where you are. For example, the CancerCare Co-Payment Assistance Foundation helps people with incomes up to four times the federal poverty level.',
      sources: [SRC.cancerCareCopay],
    },
    incomeAtMost400: {
      text: ({ povertyPercent }) =>
        `Your household income is about ${povertyPercent}% of the federal poverty level (2026 guidelines, from your household size, income and state). The CancerCare Co-Payment Assistance Foundation helps people up to 400%. You may be under the limit (check current details).`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay],
    },
    incomeAtMost500: {
      text: ({ povertyPercent }) =>
        `Your household income is about ${povertyPercent}% of the federal poverty level (2026 guidelines, from your household size, income and state). That is above the CancerCare limit of 400%. Some HealthWell Foundation funds go up to 500%, by fund. You may be under the limit of some funds (check current details). HealthWell helps only with drugs your insurance covers.`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay, SRC.healthWell],
    },
    incomeOver500: {
      text: ({ povertyPercent }) =>
        `Your household income is about ${povertyPercent}% of the federal poverty level (2026 guidelines, from your household size, income and state). That is above the usual limits of co-pay foundations, 400% to 500% (check current details). Ask the drug company and the hospital about their own limits.`,
      sources: [SRC.povertyGuidelines, SRC.cancerCareCopay, SRC.healthWell],
    },
    incomeUninsured: {
      text: ({ povertyPercent }) =>
        `Your household income is about ${povertyPercent}% of the federal poverty level (2026 guidelines, from your household size, income and state). Drug company free-drug programs and hospital financial assistance often ask for it. Ask them about their limits.`,
      sources: [SRC.povertyGuidelines],
    },
    extraHelpUnder150: {
      text: ({ povertyPercent }) =>
        `With Medicare and an income of about ${povertyPercent}% of the federal poverty level: Extra Help gives full help up to 150%, so you may be under the limit. A limit on savings and other resources also applies. Apply with Social Security to find out (check current details).`,
      sources: [SRC.ssaExtraHelp, SRC.povertyGuidelines],
    },
    clinicDrugPartB: {
      text: 'Because the drug is given in the clinic: Medicare Part B usually pays for it, not Part D. In Original Medicare you pay 20% of the cost, with no yearly limit. The Part D yearly cap and payment plan do not apply to it (check current details).',
      sources: [SRC.medicarePartBDrugs],
    },
    clinicDrugSecondaryPays: {
      text: 'You said you also have Medigap or Medicaid. It may pay your 20% share of a Part B drug. Ask it (check current details).',
      sources: [SRC.medicarePartBDrugs],
    },
    clinicDrugAdvantageLimit: {
      text: 'With Medicare Advantage, your plan has a yearly limit on what you pay for care, including drugs given in the clinic. Ask your plan for the amount (check current details).',
      sources: [SRC.medicarePartBDrugs],
    },
    pharmacyDrugPartD: {
      text: 'Because you said the drug is given at home: pills and drugs you inject yourself from a pharmacy are usually Part D drugs. The Part D yearly cap and the payment plan apply to them (check current details).',
      sources: [SRC.medicarePartBDrugs, SRC.partDCap],
    },
  },
  steps: {
    financialCounselor: { text: 'Ask your clinic for a financial counselor or social worker. They can help you find and apply for help.' },
    noCardsFederal: {
      text: 'Drug company co-pay cards cannot be used with your coverage. This is federal law. Free-drug programs and the other help in this list can still be used.',
      sources: [SRC.oigCopayCoupons, SRC.antiKickback],
    },
    copayCardPrivate: {
      text: 'Ask the drug company if it has a co-pay card. These cards are for people with private or marketplace insurance.',
      sources: [SRC.oigCopayCoupons],
    },
    manufacturerProgram: { text: 'Ask the drug company if it has a free-drug program, and who can get it.' },
    freeDrugMedicare: {
      text: 'Ask the drug company about its free-drug program (patient assistance program). People on Medicare can apply, even though they cannot use co-pay cards. The free drug is given outside Part D: it is not billed to your plan, and it does not count toward your yearly cap.',
      sources: [SRC.oigFreeDrugPartD, SRC.oigFreeDrugPartDNotice],
    },
    freeDrugFederal: {
      text: 'Ask the drug company about its free-drug program, and who can get it. You can ask whatever your coverage. The free drug is given outside your plan: it is not billed to your plan.',
      sources: [SRC.oigFreeDrugPartD],
    },
    medicaidCheck: { text: 'Ask if you could get Medicaid. A financial counselor can help you apply.' },
    charityFoundations: {
      text: 'Ask charity foundations for help with your share of the cost. Their funds open and close by disease, so check the current status. They usually do not pay for off-label or experimental use.',
      sources: [SRC.cancerCareCopay],
    },
    extraHelp: {
      text: 'Apply for Extra Help from Social Security. It lowers Medicare drug costs. Since January 1, 2024, people with incomes up to 150% of the federal poverty level can get full help. A limit on savings and other resources also applies.',
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
      text: 'Appeal the refusal. First ask the plan to look again. If it still says no, ask how to get a review outside the plan. The letter tells you how, and by when.',
      sources: [SRC.healthcareGovAppeal],
    },
    partBCoinsurance: {
      text: 'Drugs given in the clinic (infusions and shots) are usually paid by Medicare Part B. In Original Medicare you pay 20% of the cost with no yearly limit, unless a Medigap policy or Medicaid pays it (check current details). Ask the clinic what your share will be.',
      sources: [SRC.medicarePartBDrugs],
    },
    appealPrivate: {
      text: 'Appeal the refusal. Ask your plan for an internal appeal within 180 days of the refusal letter. If the plan still says no, you can ask for an external review within 4 months of its final letter. If waiting could seriously harm your health, ask for an urgent appeal: the plan must decide within 72 hours, and an urgent external review can run at the same time.',
      sources: [SRC.internalAppeals, SRC.externalReview],
    },
    appealMedicareDrug: {
      text: 'For a drug from the pharmacy (Part D, also in Medicare Advantage): ask the plan for a coverage decision, or for an exception if the drug is not on its list. If it says no, ask the plan to look again (redetermination) within 65 days of the notice. After that, an independent review can look at it. An urgent request gets an answer within 72 hours.',
      sources: [SRC.partDRedetermination],
    },
    appealMedicarePartB: {
      text: 'For a drug given in the clinic under Original Medicare (Part B): ask for a redetermination within 120 days of your Medicare Summary Notice (check current details).',
      sources: [SRC.originalMedicareAppeals],
    },
    appealMedicareAdvantage: {
      text: 'With Medicare Advantage, for care and drugs given in the clinic: ask the plan to reconsider within 65 days of its notice (check current details).',
      sources: [SRC.medicareHealthPlanAppeals],
    },
    appealMedicaid: {
      text: 'With Medicaid, you can ask for a state fair hearing. Each state sets its deadline, at most 90 days from the notice. If a Medicaid health plan said no, it has its own appeal first. Read the deadline on your letter (check current details).',
      sources: [SRC.medicaidFairHearing],
    },
    appealMilitary: {
      text: 'TRICARE and the VA have their own ways to appeal. Read your letter, and ask your plan how to appeal and by when.',
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
      name: 'The Leukemia & Lymphoma Society Co-Pay Assistance Program (blood cancers only)',
      phone: '877-557-2672',
      url: 'https://www.lls.org/support-resources/financial-support/co-pay-assistance-program',
      source: SRC.lls.url,
      reviewed: SRC.lls.reviewed,
    },
    pan: {
      name: 'PAN Foundation',
      phone: '866-316-7263',
      url: 'https://www.panfoundation.org',
      source: SRC.pan.url,
      reviewed: SRC.pan.reviewed,
    },
    healthWell: {
      name: 'HealthWell Foundation (for drugs your insurance covers)',
      phone: '800-675-8416',
      url: 'https://www.healthwellfoundation.org',
      source: SRC.healthWell.url,
      reviewed: SRC.healthWell.reviewed,
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
