import type { FactSource } from '../../src/content/pathway-content.types';

/**
 * The fact registry: every authority the English templates cite, and every phone number they
 * show, each with the page it was checked against (../shared/spec/facts.md, reviewed 2026-11-21).
 * Items marked `reverify` came from an archived or secondary page: the words beside them must say
 * "check current details". A test checks every phone number in templates/ against PHONES.
 */
const reviewed = '2026-11-21';
/** Facts added or corrected from facts.md, section "Added 2026-11-30". */
const reviewed2 = '2026-11-30';

export const SRC = {
  openFdaLabel: { url: 'https://open.fda.gov/apis/drug/label/', reviewed: reviewed2 },
  nciBrcaFactSheet: { url: 'https://www.cancer.gov/about-cancer/causes-prevention/genetics/brca-fact-sheet', reviewed: reviewed2 },
  olaparibLabel: { url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=olaparib', reviewed: reviewed2 },
  nciOffLabel: { url: 'https://www.cancer.gov/about-cancer/treatment/drugs/off-label', reviewed },
  acsOffLabel: { url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/off-label-drug-use.html', reviewed: reviewed2 },
  cmsCompendia: { url: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf', reviewed },
  avalereStateLaws: { url: 'https://avalere.com/insights/new-resource-state-statute-oncology-drug-coverage-report', reviewed: reviewed2 },
  medicaidAcceptedUses: { url: 'https://www.law.cornell.edu/uscode/text/42/1396r-8', reviewed: reviewed2 },
  medicaidOffLabel: {
    url: 'https://healthlaw.org/resource/more-transparency-needed-to-ensure-medicaid-beneficiaries-have-access-to-necessary-off-label-prescription-drugs',
    reviewed: reviewed2,
  },
  healthcareGovAppeal: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/', reviewed },
  internalAppeals: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/', reviewed: reviewed2 },
  externalReview: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/external-review/', reviewed: reviewed2 },
  partDRedetermination: { url: 'https://www.hhs.gov/guidance/document/redetermination-part-d-plan-sponsor', reviewed: reviewed2 },
  originalMedicareAppeals: {
    url: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/original-medicare',
    reviewed: reviewed2,
    reverify: true,
  },
  medicareHealthPlanAppeals: {
    url: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/medicare-health-plans',
    reviewed: reviewed2,
    reverify: true,
  },
  medicaidFairHearing: {
    url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-431/subpart-E',
    reviewed: reviewed2,
    reverify: true,
  },
  cfrExpandedAccess: { url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-312/subpart-I', reviewed },
  fdaSinglePatient: {
    url: 'https://www.fda.gov/drugs/investigational-new-drug-ind-application/physicians-how-request-single-patient-expanded-access-compassionate-use',
    reviewed: reviewed2,
  },
  fdaEmergencyTimeline: { url: 'https://www.fda.gov/drugs/investigational-new-drug-ind-application/emergency-ind-timeline', reviewed },
  kidsVCancer: { url: 'https://www.kidsvcancer.org/compassionate-use/request-our-help/', reviewed: reviewed2 },
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
  oigFreeDrugPartD: { url: 'https://oig.hhs.gov/publications/docs/press/2005/patientassistancesabrelD.pdf', reviewed: reviewed2 },
  oigFreeDrugPartDNotice: { url: 'https://www.govinfo.gov/content/pkg/FR-2005-11-22/html/05-23038.htm', reviewed: reviewed2 },
  povertyGuidelines: { url: 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines', reviewed: reviewed2 },
  povertyGuidelinesNotice: { url: 'https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00755.htm', reviewed: reviewed2 },
  healthWell: { url: 'https://www.healthwellfoundation.org/providers/faqs/', reviewed: reviewed2, reverify: true },
  cancerCareCopay: { url: 'https://www.cancercare.org/copayfoundation', reviewed },
  lls: { url: 'https://www.lls.org/support-resources/financial-support/co-pay-assistance-program', reviewed: reviewed2 },
  pan: { url: 'https://www.panfoundation.org', reviewed: reviewed2 },
  needyMeds: { url: 'https://www.needymeds.org', reviewed },
  partDCap: { url: 'https://www.cms.gov/newsroom/fact-sheets/final-cy-2026-part-d-redesign-program-instructions', reviewed: reviewed2 },
  medicarePartBDrugs: { url: 'https://www.medicare.gov/coverage/prescription-drugs-outpatient', reviewed: reviewed2, reverify: true },
  paymentPlan: { url: 'https://www.panfoundation.org/facts-about-the-medicare-prescription-payment-plan', reviewed },
  ssaExtraHelp: { url: 'https://www.ssa.gov/medicare/part-d-extra-help', reviewed },
  irsFinancialAssistance: { url: 'https://www.irs.gov/charities-non-profits/financial-assistance-policies-faps', reviewed: reviewed2 },
  phsa2709: { url: 'https://www.law.cornell.edu/uscode/text/42/300gg-8', reviewed },
  ncd310: { url: 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=1', reviewed },
  medicareTrials: { url: 'https://www.medicare.gov/coverage/clinical-research-studies', reviewed: reviewed2, reverify: true },
  federalTrials: { url: 'https://www.cancer.gov/about-cancer/treatment/clinical-trials/paying/federal-programs', reviewed: reviewed2 },
  medicaidTrials: { url: 'https://www.medicaid.gov/federal-policy-guidance/downloads/smd21005.pdf', reviewed },
  clinicalTrialsGov: { url: 'https://clinicaltrials.gov', reviewed },
  nciTrialSearch: { url: 'https://www.cancer.gov/research/participate/clinical-trials-search', reviewed },
  /** The NCI's Spanish page on finding a trial (checked with the search tool, 2026-11-30). */
  nciTrialSearchEs: { url: 'https://www.cancer.gov/espanol/investigacion/participe/como-buscar-un-estudio-clinico', reviewed: reviewed2 },
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
  { number: '877-557-2672', who: 'The Leukemia & Lymphoma Society Co-Pay Assistance Program', source: SRC.lls.url, reviewed: reviewed2 },
  { number: '866-316-7263', who: 'PAN Foundation', source: SRC.pan.url, reviewed: reviewed2 },
  { number: '800-675-8416', who: 'HealthWell Foundation', source: SRC.healthWell.url, reviewed: reviewed2, reverify: true },
  { number: '800-503-6897', who: 'NeedyMeds helpline', source: SRC.needyMeds.url, reviewed },
  { number: '1-800-422-6237', who: 'NCI Cancer Information Service (1-800-4-CANCER)', source: SRC.nciContact.url, reviewed },
  { number: '1-800-227-2345', who: 'American Cancer Society helpline', source: SRC.acs.url, reviewed },
] as const satisfies readonly PhoneFact[];

/**
 * The content's version and the day it was last checked against its sources, printed in the
 * checklist's footer in both languages (templates/<lang>/checklist.ts read it from here, the one
 * place). The day is the latest `reviewed` of any fact above, so it moves when a fact is checked
 * again. Version 1.1: the facts of facts.md "Added 2026-11-30".
 */
export const CONTENT_VERSION = {
  version: '1.1',
  reviewed: [...Object.values(SRC), ...PHONES].map((fact) => fact.reviewed as string).reduce((a, b) => (b > a ? b : a)),
} as const;
