import type { LetterBodies } from '../../src/content/letters-content.types';
import type { FactSource } from '../../src/content/pathway-content.types';
import type { CancerTypeId } from '../../src/domain/cancer-types';
import { cancerTypes } from './cancer-types';
import { SRC } from './sources';
import { states } from './states';

/**
 * The bodies of the letters the care team can send (src/letters/build-letters.ts picks and fills
 * them). Always in English: they go to US drug companies, insurers and the FDA. Every fact a letter
 * states carries its source, checked against ../shared/spec/facts.md; `[...]` marks a place the
 * care team fills in. Facts marked `reverify` say "check current details" beside them.
 */
const reviewed = '2026-11-30';

/** Sources the letters cite that the pathway templates do not (facts.md, "Added 2026-11-30"). */
export const LETTER_SRC = {
  medicaidDrugs: { url: 'https://www.law.cornell.edu/uscode/text/42/1396r-8', reviewed },
  avalereStateLaws: { url: 'https://avalere.com/insights/new-resource-state-statute-oncology-drug-coverage-report', reviewed },
  internalAppeals: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/', reviewed },
  externalReview: { url: 'https://www.healthcare.gov/appeal-insurance-company-decision/external-review/', reviewed },
  partDRedetermination: { url: 'https://www.hhs.gov/guidance/document/redetermination-part-d-plan-sponsor', reviewed },
  originalMedicareAppeals: {
    url: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/original-medicare',
    reviewed,
    reverify: true,
  },
  healthPlanAppeals: {
    url: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/medicare-health-plans',
    reviewed,
    reverify: true,
  },
  medicaidHearings: { url: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-431/subpart-E', reviewed, reverify: true },
  fdaEmergencyTimeline: { url: 'https://www.fda.gov/drugs/investigational-new-drug-ind-application/emergency-ind-timeline', reviewed },
} as const satisfies Record<string, FactSource>;

const cancerNames = Object.fromEntries(
  (Object.entries(cancerTypes) as [CancerTypeId, { name: string }][]).map(([id, { name }]) => [id, name]),
) as Record<CancerTypeId, string>;

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export const letters = {
  draftNotice:
    'DRAFT for the care team to check. Made from the patient’s own answers by the Treatment access navigator. It is not medical advice: the treating doctor decides whether to send it, checks every fact, and fills in every part in [brackets] before anyone signs.',
  sourcesHeading: 'Sources (checked on the date shown; check current details before sending)',
  blank: '____________________',
  theDrug: '[name of the drug]',
  theCancer: '[type of cancer]',
  cancerNames,
  stateNames: states,
  stages: {
    early: 'early stage',
    'locally-advanced': 'locally advanced',
    metastatic: 'metastatic',
    recurrent: 'recurrent',
    unsure: '[stage]',
  },
  outcomes: {
    'stopped-working': 'stopped working',
    'did-not-work': 'did not work',
    'side-effects': 'stopped because of side effects',
    'still-taking': 'still taking',
  },
  coverages: {
    private: 'private or employer plan',
    marketplace: 'Marketplace plan',
    medicare: 'Medicare',
    'medicare-advantage': 'Medicare Advantage plan',
    medicaid: 'Medicaid',
    'military-va': 'TRICARE or VA',
    uninsured: 'no insurance',
    other: 'health plan',
  },
  formatDate: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
  fileName: (slug, isoDate) => `letter-${slug}-${isoDate}.docx`,

  common: {
    date: 'Date',
    patientInitials: 'Patient (initials only)',
    age: 'Age',
    diagnosis: (cancer, stage) => (stage ? `Diagnosis: ${cancer}, ${stage}.` : `Diagnosis: ${cancer}.`),
    biomarkers: (findings) => `Tumor biomarker findings: ${findings}.`,
    treatment: (name, outcome) => `${name}: ${outcome}`,
    noTreatmentsListed: '[List each treatment tried, and how it went.]',
    doctorHeading: 'Treating doctor',
    doctorName: 'Name',
    doctorPractice: 'Practice or hospital',
    doctorAddress: 'Address',
    doctorPhone: 'Phone',
    doctorEmail: 'Email',
    signature: 'Signature',
  },

  expandedAccess: {
    title: 'Request for single-patient expanded access',
    to: 'To (the company’s expanded-access contact, from its expanded-access policy)',
    subject: (drug) => `Re: Request for single-patient expanded access to ${drug}`,
    opening: (drug) =>
      `I am writing to ask whether your company will provide ${drug} for one of my patients through single-patient expanded access (compassionate use).`,
    situationHeading: 'The patient’s situation in brief',
    treatmentsHeading: 'Treatments tried',
    alternativeHeading: 'Why there is no comparable or satisfactory alternative',
    criteria: {
      label: '21 CFR 312.305(a) and 312.310',
      text: 'Under 21 CFR 312.305(a), expanded access needs a serious or immediately life-threatening disease with no comparable or satisfactory alternative therapy, a potential benefit that justifies the potential risk, and no interference with trials that could support approval.',
      source: SRC.cfrExpandedAccess,
    },
    noOptionsLeft: 'The approved options for this cancer have been used or do not suit this patient.',
    alternativeBlank: '[In my judgment, why no comparable or satisfactory alternative therapy is available for this patient.]',
    trialsNotEligible: 'The patient has been looked at for clinical trials and was not eligible.',
    inTrialNote: '[The patient is in a clinical trial now: say why expanded access is asked for.]',
    programmeHeading: 'Your expanded-access program',
    programmeIntro: 'ClinicalTrials.gov lists this expanded-access record for the drug:',
    programmeRecord: (nctId, title, status, retrievedOn) => `${nctId}: ${title} (status “${status}” when looked up on ${retrievedOn})`,
    noProgrammeListed: '[If your company has an expanded-access program for this drug, its ClinicalTrials.gov number (NCT).]',
    requestHeading: 'What I ask',
    request: (drug) =>
      `Please tell me whether you are willing to provide ${drug} for this patient. If you are, please send a Letter of Authorization (right of reference) so that I can submit an individual patient expanded access IND to the FDA (Form FDA 3926).`,
    closing: 'Thank you. Please reply to me at the contact details below.',
  },

  fda3926: {
    title: 'Worksheet for Form FDA 3926 (individual patient expanded access IND)',
    notTheForm: {
      label: 'FDA: how to request single-patient expanded access',
      text: 'This worksheet is not the form. It gathers what the doctor needs ready. Use the FDA’s own Form FDA 3926, or the FDA’s online Expanded Access eRequest for non-emergency requests; both are reached from the FDA page listed under Sources.',
      source: SRC.fdaSinglePatient,
    },
    beforeHeading: 'Before the form',
    companyAgreement: {
      label: 'FDA: how to request single-patient expanded access',
      text: 'The company’s agreement to provide the drug, and its Letter of Authorization (right of reference).',
      source: SRC.fdaSinglePatient,
    },
    projectFacilitate: {
      label: 'FDA Oncology Center of Excellence: Project Facilitate',
      text: 'Help for the care team: Project Facilitate (FDA Oncology Center of Excellence) helps find the company’s contact, find IRB resources and fill in Form 3926. Phone 240-402-0004, weekdays 8:00 a.m. to 4:30 p.m. Eastern.',
      source: SRC.projectFacilitate,
    },
    patientHeading: 'Patient',
    initialsOnly: 'Patient initials (initials only: no name on the form)',
    historyHeading: 'Clinical history',
    historyBlank: '[Other relevant history: when the cancer was found, other illnesses, current condition.]',
    planHeading: 'Treatment plan',
    planFields: {
      drug: 'Drug',
      dose: 'Dose',
      route: 'How it is given, and how often',
      length: 'Planned length of treatment',
      monitoring: 'How the patient will be watched (tests and visits)',
      stopping: 'When treatment would stop',
    },
    irbHeading: 'IRB (institutional review board)',
    irbRule: {
      label: 'FDA: expanded access information for IRBs',
      text: 'An IRB must review the request before treatment starts, except in an emergency.',
      source: SRC.fdaIrb,
    },
    irbChair: {
      label: 'FDA: expanded access information for IRBs',
      text: 'Chair review: ticking section 10.b of Form 3926 asks for review by the IRB chair or a designated member instead of the full board.',
      source: SRC.fdaIrb,
    },
    irbName: 'IRB name',
    irbContact: 'IRB contact',
    timingHeading: 'Timing',
    nonEmergency: {
      label: 'FDA: how to request single-patient expanded access',
      text: 'Non-emergency: treatment may begin 30 days after the FDA receives the request, or sooner if the FDA says so.',
      source: SRC.fdaSinglePatient,
    },
    emergency: {
      label: 'FDA: expanded access contact information',
      text: 'Emergency: the request can be made by phone, and the FDA can allow shipment before the written form. After hours and at weekends: FDA Emergency Call Center 866-300-4374.',
      source: SRC.fdaContacts,
    },
    timeToComplete: {
      label: 'FDA: how to request single-patient expanded access',
      text: 'The FDA estimates about 45 minutes to complete the form (check current details).',
      source: { ...SRC.fdaSinglePatient, reverify: true },
    },
    doctorIsSponsor: 'The treating doctor is the sponsor of this IND.',
  },

  appeal: {
    title: (drug) => `Appeal of a refusal to cover ${drug}`,
    to: 'To (the appeals address on the refusal letter)',
    memberName: 'Member name',
    memberId: 'Member ID',
    reference: 'Claim or reference number (from the refusal letter)',
    deniedOn: 'Date on the refusal letter',
    opening: (drug, cancer) =>
      `I am writing to appeal your decision not to cover ${drug} for my ${cancer}. I ask you to review the decision and to cover this treatment.`,
    urgentHeading: 'Urgent (expedited) appeal',
    urgentKeepIf: '[Keep this part only if my doctor agrees that waiting could seriously harm my health.]',
    urgent: {
      label: 'HealthCare.gov: internal appeals',
      text: 'My doctor believes that waiting for a standard decision could seriously harm my health. I ask for an expedited (urgent) appeal, with a decision within 72 hours.',
      source: LETTER_SRC.internalAppeals,
    },
    urgentPartD: {
      label: 'HHS: redetermination by a Part D plan sponsor',
      text: 'My doctor believes that waiting for a standard decision could seriously harm my health. I ask for an expedited (urgent) redetermination, with an answer within 72 hours.',
      source: LETTER_SRC.partDRedetermination,
    },
    urgentExternal: {
      label: 'HealthCare.gov: external review',
      text: 'I also ask for an urgent external review at the same time.',
      source: LETTER_SRC.externalReview,
    },
    whyHeading: 'Why this treatment should be covered',
    onLabel: (drug) => `${drug} is approved by the FDA for this type of cancer. [My doctor confirms the approved use.]`,
    offLabelUse: (drug) => `My doctor has prescribed ${drug} for a use outside its FDA label (off-label use), which is legal and common in cancer care.`,
    medicareCompendia: {
      label: 'Medicare Benefit Policy Manual, chapter 15, section 50.4.5',
      text: 'Medicare covers an off-label anticancer drug when the use is medically accepted: supported by a recognised compendium (NCCN Drugs & Biologics Compendium, Micromedex DrugDex, Clinical Pharmacology, AHFS-DI or Lexi-Drugs) or by peer-reviewed literature (Medicare Benefit Policy Manual, chapter 15, section 50.4.5).',
      source: SRC.cmsCompendia,
    },
    medicaidAccepted: {
      label: '42 U.S.C. 1396r-8(k)(6)',
      text: 'Medicaid must cover outpatient drugs for a “medically accepted indication”, which includes a use supported by the compendia (42 U.S.C. 1396r-8(k)(6)).',
      source: LETTER_SRC.medicaidDrugs,
    },
    compendiumBlank:
      '[My doctor adds the listing that supports this use, for example NCCN category 1 or 2A, or DrugDex class I, IIa or IIb, and the published studies.]',
    medicalNecessity: 'This treatment is medically necessary for me. My doctor’s letter of medical necessity is enclosed.',
    stateLaw: {
      label: 'Avalere, state statutes on oncology drug coverage (2024)',
      text: 'About 41 states have laws on insurance coverage of cancer drugs used off-label (Avalere, as of April 2024).',
      source: LETTER_SRC.avalereStateLaws,
    },
    stateLawAsk: (state) =>
      state
        ? `[Ask the plan whether the law of ${state} on off-label cancer drugs applies to this plan; it may not reach every employer plan.]`
        : '[Ask the plan whether your state’s law on off-label cancer drugs applies to this plan; it may not reach every employer plan.]',
    otherRoute: '[Follow the appeal route printed on the refusal letter.]',
    treatmentsHeading: 'Treatments I have tried',
    enclosedHeading: 'Enclosed',
    enclosed: [
      'A copy of the refusal letter',
      'My doctor’s letter of medical necessity',
      'Medical records: pathology report, biomarker report, treatment history',
      '[The compendium listing or the published studies that support this use]',
    ],
    deadlineHeading: 'Deadline',
    lastDay: (date, route) => `Last day to ask for ${route}: ${date}. [Check it against the refusal letter.]`,
    routes: {
      'appeal-internal': 'an internal appeal',
      'appeal-part-d': 'a redetermination by the Medicare drug plan (Part D)',
      'appeal-part-b': 'a redetermination by Original Medicare (Part B)',
      'appeal-medicare-advantage': 'a reconsideration by the Medicare Advantage plan',
      other: 'this appeal',
    },
    readLetterDeadline: '[The last day to appeal is on the refusal letter: write it here.]',
    privateDeadlines: {
      label: 'HealthCare.gov: internal appeals',
      text: 'Internal appeal: within 180 days of the refusal notice. After a final internal refusal: external review within 4 months.',
      source: LETTER_SRC.internalAppeals,
    },
    partDDeadline: {
      label: 'HHS: redetermination by a Part D plan sponsor',
      text: 'Medicare drug plan (Part D, including drug coverage in Medicare Advantage): ask the plan for a redetermination within 65 days of the notice; an expedited request is answered within 72 hours.',
      source: LETTER_SRC.partDRedetermination,
    },
    partBDeadline: {
      label: 'Medicare.gov: appeals in Original Medicare',
      text: 'Original Medicare (Part B, drugs given in the clinic): redetermination within 120 days of the Medicare Summary Notice (check current details).',
      source: LETTER_SRC.originalMedicareAppeals,
    },
    advantageDeadline: {
      label: 'Medicare.gov: appeals in Medicare health plans',
      text: 'Medicare Advantage (medical services, including Part B drugs): reconsideration within 65 days (check current details).',
      source: LETTER_SRC.healthPlanAppeals,
    },
    medicaidDeadline: {
      label: '42 CFR part 431, subpart E',
      text: 'Medicaid: each state sets the deadline for a fair hearing, at most 90 days from the notice; a managed-care plan has its own appeal first (check current details).',
      source: LETTER_SRC.medicaidHearings,
    },
    closing: 'Thank you for reviewing this appeal. Please contact me or my doctor if you need more information.',
    memberSignature: 'Signature of the member (or the person acting for the member)',
    memberPhone: 'Phone',
  },

  medicalNecessity: {
    title: 'Letter of medical necessity (outline for the oncologist)',
    to: 'To (the health plan’s medical director or prior-authorisation department)',
    patientName: 'Patient name',
    birthDate: 'Date of birth',
    memberId: 'Member ID',
    opening: (drug, cancer) =>
      `I am the treating oncologist of the patient named above. I am writing to ask you to cover ${drug} for this patient’s ${cancer}.`,
    diagnosisHeading: 'Diagnosis',
    treatmentsHeading: 'Treatments tried',
    necessityHeading: 'Why this drug is medically necessary',
    necessityBlank: '[Why this drug, for this patient, now: the clinical reasons in my judgment.]',
    offLabel: (drug) => `This use of ${drug} is outside its FDA label (off-label).`,
    evidenceBlank: '[Supporting evidence: the compendium listing (for example NCCN category, DrugDex class) and published studies.]',
    withoutHeading: 'What is expected without it',
    withoutBlank: '[What is likely to happen if the patient cannot have this treatment.]',
    closing: 'Please contact me with any questions.',
  },
} satisfies LetterBodies;
