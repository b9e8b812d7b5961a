import type { FactSource } from '../../src/content/pathway-content.types';

/**
 * The fact registry: every authority the English templates cite, and every phone number they
 * show, each with the page it was checked against (../shared/spec/facts.md, reviewed 2026-11-21).
 * Items marked `reverify` came from an archived or secondary page: the words beside them must say
 * "check current details". A test checks every phone number in templates/ against PHONES.
 */
const reviewed = '2026-11-21';

export const SRC = {
  openFdaLabel: { url: 'https://open.fda.gov/apis/drug/label/', reviewed: '2026-11-30' },
  olaparibLabel: { url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=olaparib', reviewed: '2026-11-30' },
  nciOffLabel: { url: 'https://www.cancer.gov/about-cancer/treatment/drugs/off-label', reviewed },
  acsOffLabel: { url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/off-label-drug-use.html', reviewed },
  cmsCompendia: { url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf', reviewed },
  avalereStateLaws: { url: 'https://avalere.com', reviewed, reverify: true },
  healthcareGovAppeal: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/', reviewed },
  cfrExpandedAccess: { url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-312/subpart-I', reviewed },
  fdaSinglePatient: {
    url: 'https://www.fda.gov/news-events/expanded-access/physicians-how-request-single-patient-expanded-access-compassionate-use',
    reviewed,
  },
  fdaExpandedAccess: { url: 'https://www.fda.gov/news-events/public-health-focus/expanded-access', reviewed },
  fdaIrb: {
    url: 'https://www.fda.gov/news-events/expanded-access/expanded-access-information-institutional-review-boards-irbs',
    reviewed,
  },
  fdaContacts: { url: 'https://www.fda.gov/news-events/expanded-access/fdas-expanded-access-contact-information', reviewed },
  projectFacilitate: { url: 'https://www.fda.gov/about-fda/oncology-center-excellence/project-facilitate', reviewed },
  companyPolicies: { url: 'https://www.law.cornell.edu/uscode/text/21/360bbb-0', reviewed },
  reaganUdall: { url: 'https://navigator.reaganudall.org/about', reviewed },
  fdaRightToTry: { url: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try', reviewed },
  oigCopayCoupons: {
    url: 'https://www.hhs.gov/guidance/document/special-advisory-bulletin-pharmaceutical-manufacturer-copayment-coupons',
    reviewed,
  },
  antiKickback: { url: 'https://www.law.cornell.edu/uscode/text/42/1320a-7b', reviewed },
  cancerCareCopay: { url: 'https://www.cancercare.org/copayfoundation', reviewed },
  lls: { url: 'https://www.lls.org', reviewed, reverify: true },
  pan: { url: 'https://www.panfoundation.org', reviewed, reverify: true },
  needyMeds: { url: 'https://www.needymeds.org', reviewed },
  partDCap: { url: 'https://www.cms.gov/newsroom/fact-sheets/final-cy-2026-part-d-redesign-program-instructions', reviewed, reverify: true },
  paymentPlan: { url: 'https://www.panfoundation.org/facts-about-the-medicare-prescription-payment-plan', reviewed },
  ssaExtraHelp: { url: 'https://www.ssa.gov/medicare/part-d-extra-help', reviewed },
  irsFinancialAssistance: { url: 'https://www.irs.gov/charities-non-profits/financial-assistance-policies-faps', reviewed, reverify: true },
  phsa2709: { url: 'https://www.law.cornell.edu/uscode/text/42/300gg-8', reviewed },
  ncd310: { url: 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=1', reviewed },
  medicaidTrials: { url: 'https://www.medicaid.gov/federal-policy-guidance/downloads/smd21005.pdf', reviewed },
  clinicalTrialsGov: { url: 'https://clinicaltrials.gov', reviewed },
  nciTrialSearch: { url: 'https://www.cancer.gov/research/participate/clinical-trials-search', reviewed },
  nciContact: { url: 'https://www.cancer.gov/contact', reviewed },
  acs: { url: 'https://www.cancer.org', reviewed },
} as const satisfies Record<string, FactSource>;

/** A phone number the product may show, and where it was checked. */
export type PhoneFact = { number: string; who: string; source: string; reviewed: string; reverify?: true };

export const PHONES = [
  { number: '240-402-0004', who: 'FDA Oncology Center of Excellence, Project Facilitate', source: SRC.projectFacilitate.url, reviewed },
  { number: '301-796-3400', who: 'FDA Division of Drug Information', source: SRC.fdaContacts.url, reviewed },
  { number: '855-543-3784', who: 'FDA Division of Drug Information', source: SRC.fdaContacts.url, reviewed },
  { number: '240-402-8020', who: 'FDA, biologics', source: SRC.fdaContacts.url, reviewed },
  { number: '800-835-4709', who: 'FDA, biologics', source: SRC.fdaContacts.url, reviewed },
  { number: '301-796-8460', who: 'FDA Patient Affairs Staff', source: SRC.fdaContacts.url, reviewed },
  { number: '866-300-4374', who: 'FDA Emergency Call Center', source: SRC.fdaContacts.url, reviewed },
  { number: '866-552-6729', who: 'CancerCare Co-Payment Assistance Foundation', source: SRC.cancerCareCopay.url, reviewed },
  { number: '877-557-2672', who: 'The Leukemia & Lymphoma Society Co-Pay Assistance Program', source: SRC.lls.url, reviewed, reverify: true },
  { number: '866-316-7263', who: 'PAN Foundation', source: SRC.pan.url, reviewed, reverify: true },
  { number: '800-503-6897', who: 'NeedyMeds helpline', source: SRC.needyMeds.url, reviewed },
  { number: '1-800-422-6237', who: 'NCI Cancer Information Service (1-800-4-CANCER)', source: SRC.nciContact.url, reviewed },
  { number: '1-800-227-2345', who: 'American Cancer Society helpline', source: SRC.acs.url, reviewed },
] as const satisfies readonly PhoneFact[];
