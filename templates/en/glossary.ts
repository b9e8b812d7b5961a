import type { GlossaryContent } from '../../src/content/pathway-content.types';
import { SRC } from './sources';

/** Every term the pathway words use that a person may not know, in plain words. */
export const glossary = {
  offLabel: {
    term: 'Off-label use',
    definition: 'Using an approved drug for a different cancer, dose or way of giving it than the FDA approved.',
    sources: [SRC.nciOffLabel],
  },
  onLabel: { term: 'On-label use', definition: 'Using a drug the way the FDA approved it.' },
  compendium: {
    term: 'Compendium',
    definition: 'An official drug reference book. Medicare uses a few of them to decide if an off-label use is backed by evidence.',
    sources: [SRC.cmsCompendia],
  },
  expandedAccess: {
    term: 'Expanded access (compassionate use)',
    definition: 'An FDA process that can let a person with a serious illness get a drug still being studied, outside a trial.',
    sources: [SRC.cfrExpandedAccess],
  },
  rightToTry: {
    term: 'Right to Try',
    definition: 'A 2018 federal law. It is another road to a drug still being studied, without an FDA request.',
    sources: [SRC.fdaRightToTry],
  },
  investigational: { term: 'Investigational drug', definition: 'A drug that is still being studied and is not approved by the FDA.' },
  ind: {
    term: 'IND (Investigational New Drug application)',
    definition: 'The request to the FDA to give a drug that is still being studied. For one patient, the doctor uses Form FDA 3926.',
    sources: [SRC.fdaSinglePatient],
  },
  irb: {
    term: 'IRB (ethics board)',
    definition: 'A group that checks that a study or treatment plan protects the patient. IRB means Institutional Review Board.',
    sources: [SRC.fdaIrb],
  },
  fda: { term: 'FDA', definition: 'The US Food and Drug Administration. It decides which drugs are approved.' },
  biomarker: {
    term: 'Biomarker testing',
    definition: 'A test of your tumor that looks for changes in its genes or proteins. The results can point to drugs that may work.',
  },
  priorAuthorization: {
    term: 'Prior authorization',
    definition: 'Asking your insurance plan to agree to pay before you start a treatment.',
    sources: [SRC.acsOffLabel],
  },
  appeal: {
    term: 'Appeal',
    definition: 'Asking your insurance plan to look again at a decision to say no.',
    sources: [SRC.healthcareGovAppeal],
  },
  externalReview: {
    term: 'External review',
    definition: 'A review of your plan’s decision by someone outside the plan, after an appeal inside the plan.',
    sources: [SRC.healthcareGovAppeal],
  },
  copay: { term: 'Co-pay', definition: 'The part of the cost you pay yourself each time you get a drug or a visit.' },
  copayCard: {
    term: 'Co-pay card',
    definition: 'A card from a drug company that pays part of your co-pay. It cannot be used with Medicare, Medicaid, TRICARE or VA coverage.',
    sources: [SRC.oigCopayCoupons, SRC.antiKickback],
  },
  charityFoundation: {
    term: 'Charity foundation',
    definition: 'A nonprofit group that helps people with insurance pay their share of drug costs.',
    sources: [SRC.cancerCareCopay],
  },
  extraHelp: {
    term: 'Extra Help',
    definition: 'A program from Social Security that lowers Medicare drug costs for people with low income.',
    sources: [SRC.ssaExtraHelp],
  },
  federalPovertyLevel: {
    term: 'Federal poverty level',
    definition: 'An income amount set by the government each year. Many help programs use it to decide who can get help.',
  },
  partD: { term: 'Medicare Part D', definition: 'The part of Medicare that pays for drugs you get from a pharmacy.' },
  partB: { term: 'Medicare Part B', definition: 'The part of Medicare that pays for care and drugs you get in a clinic or doctor’s office.' },
  clinicalTrial: { term: 'Clinical trial', definition: 'A research study that tests new treatments in people.' },
  phaseOneTrial: {
    term: 'Phase 1 trial',
    definition: 'The first step of testing a drug in people. It looks mostly at safety and dose.',
  },
  phaseTwoTrial: {
    term: 'Phase 2 trial',
    definition: 'A trial that tests if a treatment works against a cancer, and looks at its side effects.',
  },
  phaseThreeTrial: {
    term: 'Phase 3 trial',
    definition: 'A trial that compares a new treatment with a standard one, in many people.',
  },
  recruiting: { term: 'Recruiting', definition: 'A trial that is taking new people now.' },
  routineCosts: {
    term: 'Routine care costs',
    definition: 'The usual costs of care, like visits and tests, that you would have in or out of a trial.',
    sources: [SRC.phsa2709],
  },
  eligibility: { term: 'Eligibility', definition: 'The rules that say who can join a trial or get help from a program.' },
  tumorBoard: {
    term: 'Tumor board',
    definition: 'A meeting where cancer doctors of different kinds talk about a patient’s case together.',
  },
  secondOpinion: { term: 'Second opinion', definition: 'Asking another doctor to look at your case and your options.' },
  informedConsent: {
    term: 'Informed consent',
    definition: 'Agreeing in writing to a treatment after you are told its risks and possible benefits.',
  },
  pathologyReport: { term: 'Pathology report', definition: 'The report on what the lab found in your tumor sample.' },
  financialAssistance: {
    term: 'Hospital financial assistance',
    definition: 'Help from a hospital with its bills, often for people with low income. Nonprofit hospitals must have a written policy (check current details).',
    sources: [SRC.irsFinancialAssistance],
  },
  medicareAdvantage: {
    term: 'Medicare Advantage',
    definition: 'A Medicare plan run by a private company. It is still Medicare.',
  },
} satisfies GlossaryContent;
