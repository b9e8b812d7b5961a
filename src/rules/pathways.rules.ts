/**
 * The decision table: which of the five pathways fit, why, and what to do next.
 *
 * Everything here is data a nurse navigator can review line by line; docs/decision-table.md is
 * generated from it (`npm run docs:rules`). How the rows are read (see src/rules/evaluate.ts):
 *
 * 1. Fit. For each pathway, the rows with a fit ('strong' | 'possible' | 'unlikely') are read top
 *    to bottom and the FIRST row that matches sets the fit. Every later matching row with the SAME
 *    fit adds its reason too (they agree); matching rows with another fit are skipped. Each
 *    pathway's fit rows cover every combination of answers (a test enumerates them); if a gap ever
 *    slipped through, the pathway's last fit row would be used.
 * 2. Notes. Rows with fit 'note' never change the fit; every one that matches adds its reason
 *    after the fit reasons.
 * 3. Advice. Steps, questions and contacts are listed per pathway in order; each is shown when its
 *    condition matches.
 * 4. First steps and missing answers have tables of their own below.
 *
 * A condition names answer paths and the values that make it true; all must hold. The value
 * 'not-answered' means the question was left blank ('unsure' is an answer of its own). A reason's
 * `basedOn` is the answer paths its condition reads, unless the row lists them itself.
 */
import type { DeadlineKey, FirstStepTextKey, PathwaysContent } from '../content/pathway-content.types';
import type { Fit, PathwayId } from '../domain/evaluation.schema';
import { NOT_ANSWERED, type Condition, type FacetPath } from './answer-facets';
import { POVERTY_BANDS } from './poverty-guidelines';

const NA = NOT_ANSWERED;

// Groups of answers the table uses again and again, named so each row reads as a sentence.
const ADVANCED = ['locally-advanced', 'metastatic', 'recurrent'] as const;
const FEDERAL = ['medicare', 'medicare-advantage', 'medicaid', 'military-va'] as const;
const MEDICARE = ['medicare', 'medicare-advantage'] as const;
/** Medicare and adult-only content is not shown for an age under 18 (issue 12, item 9). */
const NOT_CHILD = { not: ['under-18'] } as const;
const PRIVATE = ['private', 'marketplace'] as const;
/** The drug could still be used off-label: approved elsewhere, or we do not know yet. */
const OFF_LABEL_OPEN = ['approved-for-other-use', 'unsure', NA] as const;
/** The drug could still need expanded access or Right to Try: not FDA-approved, or we do not know yet. */
const INVESTIGATIONAL_OPEN = ['not-approved', 'approved-outside-us-only', 'unsure', NA] as const;
/** Not approved by the FDA for any use: still being studied, or approved only in other countries. */
const NOT_FDA_APPROVED = ['not-approved', 'approved-outside-us-only'] as const;
const SEARCHING = ['looking', 'not-yet-considered'] as const;
/** A saved FDA label lookup found the drug's label: the FDA has approved it for some use. */
const LABEL_FOUND = ['names-my-cancer', 'other-uses-only', 'cannot-tell'] as const;
const MAY_SEARCH = ['looking', 'not-yet-considered', 'looked-not-eligible', NA] as const;
/** The answers the poverty-guideline percent is computed from. */
const INCOME_ANSWERS = ['insurance.householdSize', 'insurance.yearlyIncome', 'residenceState'] as const satisfies readonly FacetPath[];

/** Where the rule comes from: the authority a reviewer can check it against. */
export const SOURCES = {
  nciOffLabel: 'https://www.cancer.gov/about-cancer/treatment/drugs/off-label',
  acsOffLabel: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/off-label-drug-use.html',
  cmsCompendia: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf',
  avalereStateLaws: 'https://avalere.com/insights/new-resource-state-statute-oncology-drug-coverage-report',
  medicaidAcceptedUses: 'https://www.law.cornell.edu/uscode/text/42/1396r-8',
  healthcareGovAppeal: 'https://www.healthcare.gov/appeal-insurance-company-decision/',
  cfrExpandedAccess: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-312/subpart-I',
  fdaSinglePatient:
    'https://www.fda.gov/drugs/investigational-new-drug-ind-application/physicians-how-request-single-patient-expanded-access-compassionate-use',
  fdaEmergencyTimeline: 'https://www.fda.gov/drugs/investigational-new-drug-ind-application/emergency-ind-timeline',
  kidsVCancer: 'https://www.kidsvcancer.org/compassionate-use/request-our-help/',
  companyPolicies: 'https://www.law.cornell.edu/uscode/text/21/360bbb-0',
  fdaRightToTry: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try',
  oigCopayCoupons: 'https://www.hhs.gov/guidance/document/special-advisory-bulletin-pharmaceutical-manufacturer-copayment-coupons',
  antiKickback: 'https://www.law.cornell.edu/uscode/text/42/1320a-7b',
  oigFreeDrugPartD: 'https://oig.hhs.gov/publications/docs/press/2005/patientassistancesabrelD.pdf',
  povertyGuidelines: 'https://aspe.hhs.gov/topics/poverty-economic-mobility/poverty-guidelines',
  lls: 'https://www.lls.org/support-resources/financial-support/co-pay-assistance-program',
  healthWell: 'https://www.healthwellfoundation.org/providers/faqs/',
  medicarePartBDrugs: 'https://www.medicare.gov/coverage/prescription-drugs-outpatient',
  partDCap: 'https://www.cms.gov/newsroom/fact-sheets/final-cy-2026-part-d-redesign-program-instructions',
  internalAppeals: 'https://www.healthcare.gov/appeal-insurance-company-decision/internal-appeals/',
  partDRedetermination: 'https://www.hhs.gov/guidance/document/redetermination-part-d-plan-sponsor',
  originalMedicareAppeals: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/original-medicare',
  medicareHealthPlanAppeals: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals/medicare-health-plans',
  medicaidFairHearing: 'https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-431/subpart-E',
  ssaExtraHelp: 'https://www.ssa.gov/medicare/part-d-extra-help',
  cancerCareCopay: 'https://www.cancercare.org/copayfoundation',
  phsa2709: 'https://www.law.cornell.edu/uscode/text/42/300gg-8',
  ncd310: 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=1',
  medicareTrials: 'https://www.medicare.gov/coverage/clinical-research-studies',
  federalTrials: 'https://www.cancer.gov/about-cancer/treatment/clinical-trials/paying/federal-programs',
  medicaidTrials: 'https://www.medicaid.gov/federal-policy-guidance/downloads/smd21005.pdf',
  clinicalTrialsGov: 'https://clinicaltrials.gov',
  /** openFDA's drug labels: what the saved lookup (drugOfInterest.label) read. */
  openFdaLabel: 'https://open.fda.gov/apis/drug/label/',
  /** An FDA label limited to inherited BRCA changes in pancreatic, breast, ovarian and prostate cancer (olaparib, LYNPARZA). */
  nciBrcaFactSheet: 'https://www.cancer.gov/about-cancer/causes-prevention/genetics/brca-fact-sheet',
  olaparibLabel: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=olaparib',
  nciTrialSearch: 'https://www.cancer.gov/research/participate/clinical-trials-search',
} as const;

type ReasonKey<P extends PathwayId> = keyof PathwaysContent[P]['reasons'] & string;
type StepKey<P extends PathwayId> = keyof PathwaysContent[P]['steps'] & string;
type QuestionKey<P extends PathwayId> = keyof PathwaysContent[P]['questions'] & string;
type ContactKey<P extends PathwayId> = keyof PathwaysContent[P]['contacts'] & string;

type RuleRowFor<P extends PathwayId> = {
  /** Stable id, shown in the decision table and to navigators. */
  id: string;
  pathway: P;
  when: Condition;
  /** Sets the fit (first match wins), or 'note': adds a reason only. */
  fit: Fit | 'note';
  reason: ReasonKey<P>;
  /** Only where the condition reads nothing (a fallback) or reads less than the reason names. */
  basedOn?: readonly FacetPath[];
  /** The authority behind the rule; absent when it rests on the person's own answers alone. */
  source?: string;
};

/** One row of the pathway table. */
export type PathwayRule = { [P in PathwayId]: RuleRowFor<P> }[PathwayId];

type AdviceRowFor<P extends PathwayId> = { pathway: P; when: Condition } & (
  | { kind: 'step'; key: StepKey<P> }
  | { kind: 'question'; key: QuestionKey<P> }
  | { kind: 'contact'; key: ContactKey<P> }
);

/** One step, question or contact and when it is shown. */
export type AdviceRule = { [P in PathwayId]: AdviceRowFor<P> }[PathwayId];

export const PATHWAY_RULES = [
  // ── Off-label prescribing ────────────────────────────────────────────────────────────
  { id: 'OL-1', pathway: 'off-label', fit: 'unlikely', reason: 'onLabel', when: { 'drugOfInterest.approval': ['approved-for-my-cancer'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-2', pathway: 'off-label', fit: 'unlikely', reason: 'notApprovedAnywhere', when: { 'drugOfInterest.approval': ['not-approved'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-2b', pathway: 'off-label', fit: 'unlikely', reason: 'approvedOutsideUsOnly', when: { 'drugOfInterest.approval': ['approved-outside-us-only'] }, source: SOURCES.nciOffLabel },
  // The saved FDA label lookup (drugOfInterest.label) decides before what the person guessed.
  { id: 'OL-LB1', pathway: 'off-label', fit: 'possible', reason: 'labelNamesCancer', when: { 'drugOfInterest.label': ['names-my-cancer'], 'drugOfInterest.approval': ['approved-for-other-use', 'unsure', NA] }, basedOn: ['drugOfInterest.label', 'diagnosis.cancerType'], source: SOURCES.openFdaLabel },
  { id: 'OL-LB3', pathway: 'off-label', fit: 'unlikely', reason: 'labelNoneFound', when: { 'drugOfInterest.label': ['none-found'], 'drugOfInterest.approval': ['unsure', NA] }, basedOn: ['drugOfInterest.label'], source: SOURCES.openFdaLabel },
  { id: 'OL-3', pathway: 'off-label', fit: 'possible', reason: 'oncologistNotOpen', when: { 'drugOfInterest.approval': ['approved-for-other-use'], 'careTeam.oncologistOpenToHelp': ['no'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-4', pathway: 'off-label', fit: 'strong', reason: 'approvedForOtherUse', when: { 'drugOfInterest.approval': ['approved-for-other-use'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-LB2', pathway: 'off-label', fit: 'strong', reason: 'labelOtherUsesOnly', when: { 'drugOfInterest.label': ['other-uses-only'], 'drugOfInterest.approval': OFF_LABEL_OPEN }, basedOn: ['drugOfInterest.label', 'diagnosis.cancerType'], source: SOURCES.openFdaLabel },
  { id: 'OL-5', pathway: 'off-label', fit: 'possible', reason: 'findingsPointToDrug', when: { 'drugOfInterest.approval': ['unsure', NA], 'biomarkers.findings': ['listed'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-6', pathway: 'off-label', fit: 'possible', reason: 'approvalUnsure', when: { 'drugOfInterest.approval': ['unsure'] }, source: SOURCES.nciOffLabel },
  { id: 'OL-7', pathway: 'off-label', fit: 'possible', reason: 'noDrugYet', when: { 'drugOfInterest.approval': [NA] }, source: SOURCES.nciOffLabel },
  { id: 'OL-N1', pathway: 'off-label', fit: 'note', reason: 'medicareCompendia', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN, age: NOT_CHILD }, source: SOURCES.cmsCompendia },
  { id: 'OL-N2', pathway: 'off-label', fit: 'note', reason: 'privatePlanStateLaw', when: { 'insurance.coverage': PRIVATE, 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.avalereStateLaws },
  { id: 'OL-N3', pathway: 'off-label', fit: 'note', reason: 'otherCoverageAsk', when: { 'insurance.coverage': ['military-va', 'other'], 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.acsOffLabel },
  { id: 'OL-N7', pathway: 'off-label', fit: 'note', reason: 'medicaidAcceptedUses', when: { 'insurance.coverage': ['medicaid'], 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.medicaidAcceptedUses },
  { id: 'OL-N4', pathway: 'off-label', fit: 'note', reason: 'uninsuredPays', when: { 'insurance.coverage': ['uninsured'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { id: 'OL-N5', pathway: 'off-label', fit: 'note', reason: 'deniedCanAppeal', when: { 'insurance.deniedBefore': ['yes'], 'drugOfInterest.approval': { not: NOT_FDA_APPROVED } }, source: SOURCES.healthcareGovAppeal },
  { id: 'OL-N6', pathway: 'off-label', fit: 'note', reason: 'findingsSupportCase', when: { 'biomarkers.findings': ['listed'], 'drugOfInterest.approval': ['approved-for-other-use'] }, source: SOURCES.nciOffLabel },

  // ── Expanded access ──────────────────────────────────────────────────────────────────
  { id: 'EA-1', pathway: 'expanded-access', fit: 'unlikely', reason: 'inTrial', when: { 'trials.status': ['in-a-trial'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-2', pathway: 'expanded-access', fit: 'unlikely', reason: 'approvedForMyCancer', when: { 'drugOfInterest.approval': ['approved-for-my-cancer'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-3', pathway: 'expanded-access', fit: 'unlikely', reason: 'optionsLeft', when: { 'treatments.standardOptionsLeft': ['yes'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-4', pathway: 'expanded-access', fit: 'unlikely', reason: 'approvedElsewhere', when: { 'drugOfInterest.approval': ['approved-for-other-use'] }, source: SOURCES.nciOffLabel },
  // A programme listed on ClinicalTrials.gov (drugOfInterest.expandedAccess, looked up by the person) when nothing above rules the road out.
  { id: 'EA-L1', pathway: 'expanded-access', fit: 'strong', reason: 'programListed', when: { 'drugOfInterest.expandedAccess': ['available'] }, basedOn: ['drugOfInterest.expandedAccess'], source: SOURCES.clinicalTrialsGov },
  { id: 'EA-4b', pathway: 'expanded-access', fit: 'possible', reason: 'approvedOutsideUsOnly', when: { 'drugOfInterest.approval': ['approved-outside-us-only'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-5', pathway: 'expanded-access', fit: 'strong', reason: 'allConditionsMet', when: { 'drugOfInterest.approval': ['not-approved'], 'treatments.standardOptionsLeft': ['no'], 'trials.status': ['looked-not-eligible'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-6', pathway: 'expanded-access', fit: 'possible', reason: 'notApprovedSomeUnsure', when: { 'drugOfInterest.approval': ['not-approved'] }, basedOn: ['drugOfInterest.approval', 'treatments.standardOptionsLeft', 'trials.status'], source: SOURCES.cfrExpandedAccess },
  { id: 'EA-LB1', pathway: 'expanded-access', fit: 'unlikely', reason: 'labelFound', when: { 'drugOfInterest.label': LABEL_FOUND, 'drugOfInterest.approval': ['unsure', NA] }, basedOn: ['drugOfInterest.label'], source: SOURCES.openFdaLabel },
  { id: 'EA-LB2', pathway: 'expanded-access', fit: 'possible', reason: 'labelNoneFound', when: { 'drugOfInterest.label': ['none-found'], 'drugOfInterest.approval': ['unsure', NA] }, basedOn: ['drugOfInterest.label'], source: SOURCES.cfrExpandedAccess },
  { id: 'EA-7', pathway: 'expanded-access', fit: 'possible', reason: 'notEnoughKnown', when: { 'drugOfInterest.approval': ['unsure', NA] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-N1', pathway: 'expanded-access', fit: 'note', reason: 'oncologistYes', when: { 'careTeam.oncologistOpenToHelp': ['yes'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'treatments.standardOptionsLeft': { not: ['yes'] }, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['careTeam.oncologistOpenToHelp'], source: SOURCES.fdaSinglePatient },
  { id: 'EA-N2', pathway: 'expanded-access', fit: 'note', reason: 'oncologistNotOpen', when: { 'careTeam.oncologistOpenToHelp': ['no'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'treatments.standardOptionsLeft': { not: ['yes'] }, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['careTeam.oncologistOpenToHelp'], source: SOURCES.fdaSinglePatient },
  { id: 'EA-N3', pathway: 'expanded-access', fit: 'note', reason: 'oncologistUnsure', when: { 'careTeam.oncologistOpenToHelp': ['unsure', NA], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'treatments.standardOptionsLeft': { not: ['yes'] }, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['careTeam.oncologistOpenToHelp'], source: SOURCES.fdaSinglePatient },
  { id: 'EA-N4', pathway: 'expanded-access', fit: 'note', reason: 'optionsUnsure', when: { 'treatments.standardOptionsLeft': ['unsure', NA], 'drugOfInterest.approval': NOT_FDA_APPROVED, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['treatments.standardOptionsLeft'], source: SOURCES.cfrExpandedAccess },
  { id: 'EA-N5', pathway: 'expanded-access', fit: 'note', reason: 'trialFirst', when: { 'trials.status': ['looking', 'not-yet-considered', NA], 'drugOfInterest.approval': NOT_FDA_APPROVED, 'treatments.standardOptionsLeft': { not: ['yes'] } }, basedOn: ['trials.status'], source: SOURCES.cfrExpandedAccess },
  { id: 'EA-N6', pathway: 'expanded-access', fit: 'note', reason: 'childKidsVCancer', when: { age: ['under-18'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['age'], source: SOURCES.kidsVCancer },
  { id: 'EA-LN1', pathway: 'expanded-access', fit: 'note', reason: 'programNotAvailable', when: { 'drugOfInterest.expandedAccess': ['listed-not-available'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['drugOfInterest.expandedAccess'], source: SOURCES.fdaSinglePatient },
  { id: 'EA-LN2', pathway: 'expanded-access', fit: 'note', reason: 'noProgramListed', when: { 'drugOfInterest.expandedAccess': ['none-listed'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } }, basedOn: ['drugOfInterest.expandedAccess'], source: SOURCES.fdaSinglePatient },

  // ── Right to Try (never rated above "possible": fewer safeguards, and it sits beside expanded access) ──
  { id: 'RT-1', pathway: 'right-to-try', fit: 'unlikely', reason: 'inTrial', when: { 'trials.status': ['in-a-trial'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-2', pathway: 'right-to-try', fit: 'unlikely', reason: 'approvedDrug', when: { 'drugOfInterest.approval': ['approved-for-my-cancer', 'approved-for-other-use'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-3', pathway: 'right-to-try', fit: 'unlikely', reason: 'optionsLeft', when: { 'treatments.standardOptionsLeft': ['yes'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-4', pathway: 'right-to-try', fit: 'unlikely', reason: 'trialFirst', when: { 'drugOfInterest.approval': NOT_FDA_APPROVED, 'trials.status': SEARCHING }, source: SOURCES.fdaRightToTry },
  { id: 'RT-4b', pathway: 'right-to-try', fit: 'possible', reason: 'approvedOutsideUsOnly', when: { 'drugOfInterest.approval': ['approved-outside-us-only'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-5', pathway: 'right-to-try', fit: 'possible', reason: 'conditionsMet', when: { 'drugOfInterest.approval': ['not-approved'], 'treatments.standardOptionsLeft': ['no'], 'trials.status': ['looked-not-eligible'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-6', pathway: 'right-to-try', fit: 'possible', reason: 'notInterestedInTrials', when: { 'drugOfInterest.approval': ['not-approved'], 'trials.status': ['not-interested'] }, source: SOURCES.fdaRightToTry },
  { id: 'RT-7', pathway: 'right-to-try', fit: 'possible', reason: 'notApprovedSomeUnsure', when: { 'drugOfInterest.approval': ['not-approved'] }, basedOn: ['drugOfInterest.approval', 'treatments.standardOptionsLeft', 'trials.status'], source: SOURCES.fdaRightToTry },
  { id: 'RT-LB1', pathway: 'right-to-try', fit: 'unlikely', reason: 'labelFound', when: { 'drugOfInterest.label': LABEL_FOUND, 'drugOfInterest.approval': ['unsure', NA] }, basedOn: ['drugOfInterest.label'], source: SOURCES.fdaRightToTry },
  { id: 'RT-LB2', pathway: 'right-to-try', fit: 'possible', reason: 'labelNoneFound', when: { 'drugOfInterest.label': ['none-found'], 'drugOfInterest.approval': ['unsure', NA] }, basedOn: ['drugOfInterest.label'], source: SOURCES.fdaRightToTry },
  { id: 'RT-8', pathway: 'right-to-try', fit: 'possible', reason: 'notEnoughKnown', when: { 'drugOfInterest.approval': ['unsure', NA] }, source: SOURCES.fdaRightToTry },

  // ── Patient assistance ───────────────────────────────────────────────────────────────
  { id: 'PA-1', pathway: 'patient-assistance', fit: 'strong', reason: 'uninsured', when: { 'insurance.coverage': ['uninsured'] } },
  { id: 'PA-2', pathway: 'patient-assistance', fit: 'strong', reason: 'majorCost', when: { 'insurance.costConcern': ['major'] } },
  { id: 'PA-3', pathway: 'patient-assistance', fit: 'strong', reason: 'denied', when: { 'insurance.deniedBefore': ['yes'] }, source: SOURCES.healthcareGovAppeal },
  { id: 'PA-4', pathway: 'patient-assistance', fit: 'possible', reason: 'someCost', when: { 'insurance.costConcern': ['some'] } },
  { id: 'PA-5', pathway: 'patient-assistance', fit: 'unlikely', reason: 'noCostConcern', when: { 'insurance.costConcern': ['none'] } },
  { id: 'PA-6', pathway: 'patient-assistance', fit: 'possible', reason: 'costUnknown', when: { 'insurance.costConcern': [NA] } },
  { id: 'PA-N1', pathway: 'patient-assistance', fit: 'note', reason: 'uninsuredSaysNoCost', when: { 'insurance.coverage': ['uninsured'], 'insurance.costConcern': ['none'] } },
  { id: 'PA-N2', pathway: 'patient-assistance', fit: 'note', reason: 'medicareNoCards', when: { 'insurance.coverage': MEDICARE, age: NOT_CHILD }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N3', pathway: 'patient-assistance', fit: 'note', reason: 'medicaidNoCards', when: { 'insurance.coverage': ['medicaid'] }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N4', pathway: 'patient-assistance', fit: 'note', reason: 'militaryNoCards', when: { 'insurance.coverage': ['military-va'] }, source: SOURCES.antiKickback },
  { id: 'PA-N5', pathway: 'patient-assistance', fit: 'note', reason: 'privateCards', when: { 'insurance.coverage': PRIVATE }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N6', pathway: 'patient-assistance', fit: 'note', reason: 'otherCoverage', when: { 'insurance.coverage': ['other'] } },
  { id: 'PA-N7', pathway: 'patient-assistance', fit: 'note', reason: 'uninsuredPrograms', when: { 'insurance.coverage': ['uninsured'] } },
  { id: 'PA-N8', pathway: 'patient-assistance', fit: 'note', reason: 'incomeGiven', when: { 'insurance.yearlyIncome': ['given'] }, basedOn: ['insurance.yearlyIncome', 'insurance.householdSize'], source: SOURCES.cancerCareCopay },
  // Income as a share of the 2026 HHS poverty guideline (src/rules/poverty-guidelines.ts): "you may be under the limit", never "you qualify".
  { id: 'PA-N9', pathway: 'patient-assistance', fit: 'note', reason: 'incomeAtMost400', when: { 'insurance.yearlyIncome': ['at-most-150-percent', 'at-most-400-percent'], 'insurance.coverage': { not: ['uninsured'] } }, basedOn: INCOME_ANSWERS, source: SOURCES.cancerCareCopay },
  { id: 'PA-N10', pathway: 'patient-assistance', fit: 'note', reason: 'incomeAtMost500', when: { 'insurance.yearlyIncome': ['at-most-500-percent'], 'insurance.coverage': { not: ['uninsured'] } }, basedOn: INCOME_ANSWERS, source: SOURCES.healthWell },
  { id: 'PA-N11', pathway: 'patient-assistance', fit: 'note', reason: 'incomeOver500', when: { 'insurance.yearlyIncome': ['over-500-percent'], 'insurance.coverage': { not: ['uninsured'] } }, basedOn: INCOME_ANSWERS, source: SOURCES.healthWell },
  { id: 'PA-N12', pathway: 'patient-assistance', fit: 'note', reason: 'incomeUninsured', when: { 'insurance.yearlyIncome': POVERTY_BANDS, 'insurance.coverage': ['uninsured'] }, basedOn: INCOME_ANSWERS, source: SOURCES.povertyGuidelines },
  // Medicare Part B (in the clinic) or Part D (at home): the Part D cap never for a clinic drug.
  { id: 'PA-N14', pathway: 'patient-assistance', fit: 'note', reason: 'clinicDrugPartB', when: { 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': ['in-clinic'], age: NOT_CHILD }, basedOn: ['drugOfInterest.givenHow', 'insurance.coverage'], source: SOURCES.medicarePartBDrugs },
  { id: 'PA-N15', pathway: 'patient-assistance', fit: 'note', reason: 'clinicDrugSecondaryPays', when: { 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': ['in-clinic'], 'insurance.secondary': ['medigap', 'medicaid'], age: NOT_CHILD }, basedOn: ['insurance.secondary', 'drugOfInterest.givenHow'], source: SOURCES.medicarePartBDrugs },
  { id: 'PA-N16', pathway: 'patient-assistance', fit: 'note', reason: 'clinicDrugAdvantageLimit', when: { 'insurance.coverage': ['medicare-advantage'], 'drugOfInterest.givenHow': ['in-clinic'], age: NOT_CHILD }, basedOn: ['drugOfInterest.givenHow', 'insurance.coverage'], source: SOURCES.medicarePartBDrugs },
  { id: 'PA-N17', pathway: 'patient-assistance', fit: 'note', reason: 'pharmacyDrugPartD', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': ['at-home'], age: NOT_CHILD }, basedOn: ['drugOfInterest.givenHow', 'insurance.coverage'], source: SOURCES.partDCap },
  { id: 'PA-N13', pathway: 'patient-assistance', fit: 'note', reason: 'extraHelpUnder150', when: { 'insurance.yearlyIncome': ['at-most-150-percent'], 'insurance.coverage': MEDICARE, age: NOT_CHILD }, basedOn: [...INCOME_ANSWERS, 'insurance.coverage'], source: SOURCES.ssaExtraHelp },

  // ── Clinical trials ──────────────────────────────────────────────────────────────────
  { id: 'CT-1', pathway: 'clinical-trials', fit: 'strong', reason: 'inTrial', when: { 'trials.status': ['in-a-trial'] } },
  { id: 'CT-2', pathway: 'clinical-trials', fit: 'unlikely', reason: 'notInterested', when: { 'trials.status': ['not-interested'] } },
  // A trial the person kept (trials.saved), recruiting within their travel range.
  { id: 'CT-S1', pathway: 'clinical-trials', fit: 'strong', reason: 'savedTrialInRange', when: { 'trials.saved': ['recruiting-in-range'], 'trials.status': MAY_SEARCH }, basedOn: ['trials.saved', 'trials.travel'], source: SOURCES.clinicalTrialsGov },
  { id: 'CT-3', pathway: 'clinical-trials', fit: 'strong', reason: 'lookingAdvanced', when: { 'trials.status': SEARCHING, 'diagnosis.stage': ADVANCED } },
  { id: 'CT-4', pathway: 'clinical-trials', fit: 'strong', reason: 'lookingFewOptions', when: { 'trials.status': SEARCHING, 'treatments.standardOptionsLeft': ['no'] } },
  { id: 'CT-5', pathway: 'clinical-trials', fit: 'possible', reason: 'looking', when: { 'trials.status': SEARCHING } },
  { id: 'CT-6', pathway: 'clinical-trials', fit: 'possible', reason: 'notEligibleBefore', when: { 'trials.status': ['looked-not-eligible'] } },
  { id: 'CT-7', pathway: 'clinical-trials', fit: 'possible', reason: 'statusUnknown', when: { 'trials.status': [NA] } },
  { id: 'CT-N1', pathway: 'clinical-trials', fit: 'note', reason: 'inTrialNoOptions', when: { 'trials.status': ['in-a-trial'], 'treatments.standardOptionsLeft': ['no'] } },
  { id: 'CT-N2', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsPrivate', when: { 'insurance.coverage': PRIVATE, 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.phsa2709 },
  { id: 'CT-N3', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMedicare', when: { 'insurance.coverage': ['medicare'], 'trials.status': { not: ['not-interested'] }, age: NOT_CHILD }, basedOn: ['insurance.coverage'], source: SOURCES.ncd310 },
  { id: 'CT-N10', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMedicareAdvantage', when: { 'insurance.coverage': ['medicare-advantage'], 'trials.status': { not: ['not-interested'] }, age: NOT_CHILD }, basedOn: ['insurance.coverage'], source: SOURCES.medicareTrials },
  { id: 'CT-N4', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMedicaid', when: { 'insurance.coverage': ['medicaid'], 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.medicaidTrials },
  { id: 'CT-N5', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsAsk', when: { 'insurance.coverage': ['uninsured', 'other'], 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'] },
  { id: 'CT-N11', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMilitary', when: { 'insurance.coverage': ['military-va'], 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.federalTrials },
  { id: 'CT-N6', pathway: 'clinical-trials', fit: 'note', reason: 'findingsHelpSearch', when: { 'biomarkers.findings': ['listed'], 'trials.status': MAY_SEARCH }, basedOn: ['biomarkers.findings'], source: SOURCES.nciTrialSearch },
  { id: 'CT-N7', pathway: 'clinical-trials', fit: 'note', reason: 'testingOpensTrials', when: { 'biomarkers.testing': ['not-done', 'unsure'], 'trials.status': MAY_SEARCH }, basedOn: ['biomarkers.testing'] },
  { id: 'CT-N8', pathway: 'clinical-trials', fit: 'note', reason: 'nearHome', when: { 'trials.travel': ['near-home'], 'trials.status': MAY_SEARCH }, basedOn: ['trials.travel'] },
  { id: 'CT-N9', pathway: 'clinical-trials', fit: 'note', reason: 'anywhere', when: { 'trials.travel': ['anywhere-in-us'], 'trials.status': MAY_SEARCH }, basedOn: ['trials.travel'] },
  { id: 'CT-SN1', pathway: 'clinical-trials', fit: 'note', reason: 'savedTrialClosed', when: { 'trials.savedClosed': ['some'] }, basedOn: ['trials.saved'], source: SOURCES.clinicalTrialsGov },
  // A number kept while ClinicalTrials.gov could not be reached: its status is not known, so it never makes the road strong.
  { id: 'CT-SN2', pathway: 'clinical-trials', fit: 'note', reason: 'savedTrialNotLookedUp', when: { 'trials.savedNotLookedUp': ['some'] }, basedOn: ['trials.saved'], source: SOURCES.clinicalTrialsGov },
] as const satisfies readonly PathwayRule[];

/** Steps, questions and contacts per pathway, in the order shown; each only when its condition holds. */
export const ADVICE_RULES = [
  // Off-label prescribing
  { pathway: 'off-label', kind: 'step', key: 'askOncologistEvidence', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'biomarkerFirst', when: { 'biomarkers.testing': ['not-done', 'unsure'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'medicareCompendiaCheck', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN, age: NOT_CHILD } },
  { pathway: 'off-label', kind: 'step', key: 'priorAuthorization', when: { 'insurance.coverage': { not: ['uninsured'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'appealDenial', when: { 'insurance.deniedBefore': ['yes'], 'drugOfInterest.approval': { not: NOT_FDA_APPROVED } } },
  { pathway: 'off-label', kind: 'step', key: 'costHelp', when: { 'drugOfInterest.approval': ['approved-for-my-cancer'] } },
  { pathway: 'off-label', kind: 'step', key: 'costHelp', when: { 'insurance.coverage': ['uninsured'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'otherRoads', when: { 'drugOfInterest.approval': NOT_FDA_APPROVED } },
  { pathway: 'off-label', kind: 'question', key: 'evidenceForMe', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'compendiumListing', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN, age: NOT_CHILD } },
  { pathway: 'off-label', kind: 'question', key: 'priorAuthWho', when: { 'insurance.coverage': { not: ['uninsured'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  // The hypothetical ("if my plan says no") only before a refusal: after one, patient-assistance asks appealHelp (TQ-1), not both.
  { pathway: 'off-label', kind: 'question', key: 'ifDenied', when: { 'insurance.coverage': { not: ['uninsured'] }, 'insurance.deniedBefore': { not: ['yes'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'labelMayBeOnLabel', when: { 'drugOfInterest.label': ['names-my-cancer'] } },
  { pathway: 'off-label', kind: 'question', key: 'onLabelInstead', when: { 'drugOfInterest.approval': [...NOT_FDA_APPROVED, 'unsure', NA] } },
  { pathway: 'off-label', kind: 'contact', key: 'nciCis', when: {} },
  { pathway: 'off-label', kind: 'contact', key: 'acsHelpline', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },

  // Expanded access: "open" means the road is not ruled out by a trial, an approved drug or options left.
  { pathway: 'expanded-access', kind: 'step', key: 'afterTrial', when: { 'trials.status': ['in-a-trial'] } },
  { pathway: 'expanded-access', kind: 'step', key: 'askCompanyProgram', when: { 'drugOfInterest.expandedAccess': ['available'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'checkExistingProgram', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'askOncologist', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'secondOpinion', when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'companyAgrees', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'projectFacilitate', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'fdaForm', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'irbReview', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'emergency', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'step', key: 'alsoRightToTry', when: { 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'question', key: 'noAlternative', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'question', key: 'willYouAsk', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'question', key: 'companyPolicy', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'question', key: 'whoPays', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'expanded-access', kind: 'question', key: 'trialInstead', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': ['looking', 'not-yet-considered', 'not-interested', NA] } },
  { pathway: 'expanded-access', kind: 'contact', key: 'projectFacilitate', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'expanded-access', kind: 'contact', key: 'fdaEmergency', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'expanded-access', kind: 'contact', key: 'reaganUdall', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'expanded-access', kind: 'contact', key: 'kidsVCancer', when: { age: ['under-18'], 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'expanded-access', kind: 'contact', key: 'fdaPatientAffairs', when: {} },

  // Right to Try: the trade-offs and "expanded access first" are always shown.
  { pathway: 'right-to-try', kind: 'step', key: 'expandedAccessFirst', when: {} },
  { pathway: 'right-to-try', kind: 'step', key: 'tradeOffs', when: {} },
  { pathway: 'right-to-try', kind: 'step', key: 'checkDrug', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'right-to-try', kind: 'step', key: 'companyAgrees', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { pathway: 'right-to-try', kind: 'step', key: 'costs', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'right-to-try', kind: 'question', key: 'rttOrEa', when: {} },
  { pathway: 'right-to-try', kind: 'question', key: 'phaseOne', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'drugOfInterest.label': { not: LABEL_FOUND } } },
  { pathway: 'right-to-try', kind: 'question', key: 'companyWilling', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN } },
  { pathway: 'right-to-try', kind: 'question', key: 'certifyTrial', when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': ['looked-not-eligible', 'not-interested', NA] } },
  { pathway: 'right-to-try', kind: 'contact', key: 'fdaRightToTry', when: {} },

  // Patient assistance: co-pay cards only for private and marketplace plans, never for federal coverage.
  { pathway: 'patient-assistance', kind: 'step', key: 'financialCounselor', when: {} },
  { pathway: 'patient-assistance', kind: 'step', key: 'noCardsFederal', when: { 'insurance.coverage': FEDERAL } },
  { pathway: 'patient-assistance', kind: 'step', key: 'copayCardPrivate', when: { 'insurance.coverage': PRIVATE } },
  { pathway: 'patient-assistance', kind: 'step', key: 'manufacturerProgram', when: { 'insurance.coverage': ['private', 'marketplace', 'uninsured', 'other', NA] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'freeDrugMedicare', when: { 'insurance.coverage': MEDICARE, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'freeDrugFederal', when: { 'insurance.coverage': ['medicaid', 'military-va'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'freeDrugFederal', when: { 'insurance.coverage': MEDICARE, age: ['under-18'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'medicaidCheck', when: { 'insurance.coverage': ['uninsured'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'charityFoundations', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'step', key: 'extraHelp', when: { 'insurance.coverage': MEDICARE, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'partDCap', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': { not: ['in-clinic'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'paymentPlan', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': { not: ['in-clinic'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'partBCoinsurance', when: { 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': { not: ['at-home'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'hospitalAssistance', when: {} },
  // Appeals by coverage: the 180-day private-plan advice never goes to Medicare, Medicaid or military coverage.
  { pathway: 'patient-assistance', kind: 'step', key: 'appealPrivate', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': PRIVATE } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appealMedicareDrug', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': { not: ['in-clinic'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appealMedicarePartB', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': { not: ['at-home'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appealMedicareAdvantage', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': ['medicare-advantage'], 'drugOfInterest.givenHow': { not: ['at-home'] }, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appealMedicaid', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': ['medicaid'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appealMilitary', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': ['military-va'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appeal', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': ['other', 'uninsured', NA] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'appeal', when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': MEDICARE, age: ['under-18'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'needyMeds', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'costOfDrug', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'financialCounselor', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'partBOrD', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': ['unsure', NA], age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'question', key: 'cheaperOption', when: { 'insurance.costConcern': ['some', 'major'] } },
  { pathway: 'patient-assistance', kind: 'question', key: 'appealHelp', when: { 'insurance.deniedBefore': ['yes'] } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'cancerCareCopay', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'lls', when: { 'insurance.coverage': { not: ['uninsured'] }, 'diagnosis.cancerType': ['blood-cancer'] } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'pan', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'healthWell', when: { 'insurance.coverage': { not: ['uninsured'] }, 'insurance.yearlyIncome': { not: ['over-500-percent'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'ssaExtraHelp', when: { 'insurance.coverage': MEDICARE, age: NOT_CHILD } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'needyMeds', when: {} },
  { pathway: 'patient-assistance', kind: 'contact', key: 'acsHelpline', when: {} },

  // Clinical trials: in a trial, the advice is about that trial and what comes after it.
  { pathway: 'clinical-trials', kind: 'step', key: 'askTrialTeamAfter', when: { 'trials.status': ['in-a-trial'] } },
  { pathway: 'clinical-trials', kind: 'step', key: 'reportChanges', when: { 'trials.status': ['in-a-trial'] } },
  { pathway: 'clinical-trials', kind: 'step', key: 'bringFindings', when: { 'biomarkers.findings': ['listed'], 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'step', key: 'searchCtGov', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'step', key: 'searchNci', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'step', key: 'callCis', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'step', key: 'lookAgain', when: { 'trials.status': ['looked-not-eligible'] } },
  { pathway: 'clinical-trials', kind: 'step', key: 'widenTravel', when: { 'trials.travel': ['near-home'], 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'step', key: 'askCosts', when: { 'trials.status': { not: ['not-interested'] } } },
  { pathway: 'clinical-trials', kind: 'question', key: 'afterTrialEnds', when: { 'trials.status': ['in-a-trial'] } },
  { pathway: 'clinical-trials', kind: 'question', key: 'trialForMe', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'question', key: 'whyNotEligible', when: { 'trials.status': ['looked-not-eligible'] } },
  { pathway: 'clinical-trials', kind: 'question', key: 'phaseMeaning', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'question', key: 'nearbySites', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'question', key: 'routineCosts', when: { 'trials.status': { not: ['not-interested'] } } },
  { pathway: 'clinical-trials', kind: 'contact', key: 'ctGov', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'contact', key: 'nciSearch', when: { 'trials.status': MAY_SEARCH } },
  { pathway: 'clinical-trials', kind: 'contact', key: 'nciCis', when: {} },
  { pathway: 'clinical-trials', kind: 'contact', key: 'acsHelpline', when: {} },
] as const satisfies readonly AdviceRule[];

/** A first step: shown when its condition holds; several rows may share an id (different words). */
export type FirstStepRule = {
  id: string;
  step: 'what-would-open-a-road' | 'biomarker-testing' | 'inherited-testing' | 'second-opinion' | 'appeal-denial' | 'gather-documents' | 'care-team-decides';
  text: FirstStepTextKey;
  when: Condition;
  /** Shown only when every road came out "unlikely" (read from the result, not from one answer). */
  everyRoadUnlikely?: true;
  /** Shown only when a last day to appeal was computed (see DEADLINE_RULES); its words name that day. */
  needsDeadline?: true;
  /** The answer paths the step rests on, where the condition alone does not name them. */
  basedOn?: readonly string[];
  source?: string;
};

export const FIRST_STEP_RULES = [
  { id: 'FS-0', step: 'what-would-open-a-road', text: 'noRoadYet', when: {}, everyRoadUnlikely: true, basedOn: ['drugOfInterest.approval', 'treatments.standardOptionsLeft', 'insurance.costConcern', 'trials.status'] },
  { id: 'FS-1', step: 'biomarker-testing', text: 'biomarkerTesting', when: { 'biomarkers.testing': ['not-done', 'unsure'] } },
  { id: 'FS-2', step: 'biomarker-testing', text: 'biomarkerTestingUnknown', when: { 'biomarkers.testing': [NA] } },
  { id: 'FS-8', step: 'inherited-testing', text: 'inheritedTesting', when: { 'diagnosis.inheritedTestingMatters': ['yes'], 'biomarkers.germlineTesting': ['not-done', 'unsure', NA] }, basedOn: ['diagnosis.cancerType', 'biomarkers.germlineTesting'], source: SOURCES.nciBrcaFactSheet },
  { id: 'FS-3', step: 'second-opinion', text: 'secondOpinionAcademic', when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'], 'careTeam.setting': ['community-practice', 'unsure', NA] } },
  { id: 'FS-4', step: 'second-opinion', text: 'tumorBoard', when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'], 'careTeam.setting': ['academic-center'] } },
  { id: 'FS-5a', step: 'appeal-denial', text: 'appealDenialBy', when: {}, needsDeadline: true, basedOn: ['insurance.deniedOn', 'insurance.coverage'] },
  { id: 'FS-5', step: 'appeal-denial', text: 'appealDenial', when: { 'insurance.deniedBefore': ['yes'] }, source: SOURCES.healthcareGovAppeal },
  { id: 'FS-6', step: 'gather-documents', text: 'gatherDocuments', when: {} },
  { id: 'FS-7', step: 'care-team-decides', text: 'careTeamDecides', when: {} },
] as const satisfies readonly FirstStepRule[];

type TopQuestionRowFor<P extends PathwayId> = {
  id: string;
  pathway: P;
  question: QuestionKey<P>;
  when: Condition;
  /** Only when a last day to appeal was computed (DEADLINE_RULES). */
  needsDeadline?: true;
  /** 'first': before the strongest road's first question; 'after': after it. */
  place: 'first' | 'after';
  /** Why it goes first, for the decision table. */
  why: string;
};

/** One row of the "what to ask first" table. */
export type TopQuestionRule = { [P in PathwayId]: TopQuestionRowFor<P> }[PathwayId];

/**
 * The questions for the appointment (Evaluation.topQuestions), 3 to 5, most important first. The
 * rows below are read in order; a row adds its question when its condition holds and the pathway
 * shows that question. Between the deadline and label rows and the cost rows comes the first
 * question of the road with the strongest fit (TQ-S); the rest fill up from the roads' own
 * questions, strongest road first (src/rules/top-questions.ts).
 */
export const TOP_QUESTION_RULES = [
  { id: 'TQ-1', pathway: 'patient-assistance', question: 'appealHelp', when: {}, needsDeadline: true, place: 'first', why: 'a deadline to appeal is running' },
  { id: 'TQ-2', pathway: 'off-label', question: 'ifDenied', when: {}, needsDeadline: true, place: 'first', why: 'a deadline to appeal is running' },
  { id: 'TQ-3', pathway: 'off-label', question: 'labelMayBeOnLabel', when: { 'drugOfInterest.label': ['names-my-cancer'] }, place: 'first', why: 'the FDA label the person looked up may make the drug on-label' },
  { id: 'TQ-5', pathway: 'patient-assistance', question: 'costOfDrug', when: { 'insurance.costConcern': ['major'] }, place: 'after', why: 'the person said cost is a major worry' },
  { id: 'TQ-6', pathway: 'patient-assistance', question: 'cheaperOption', when: { 'insurance.costConcern': ['major'] }, place: 'after', why: 'the person said cost is a major worry' },
] as const satisfies readonly TopQuestionRule[];

/**
 * A last day to appeal, counted from the date on the refusal letter (insurance.deniedOn), never
 * from today. Medicaid (the state's fair hearing), TRICARE and the VA set theirs on the letter: no
 * row computes one for them, and the words say to read the letter.
 */
export type DeadlineRule = {
  /** Also the deadline's id in the evaluation. */
  id: string;
  deadline: DeadlineKey;
  days: number;
  when: Condition;
  /** The answers the deadline rests on besides insurance.deniedOn. */
  basedOn: readonly FacetPath[];
  source: string;
};

export const DEADLINE_RULES = [
  { id: 'appeal-internal', deadline: 'internalAppeal', days: 180, when: { 'insurance.coverage': PRIVATE }, basedOn: ['insurance.coverage'], source: SOURCES.internalAppeals },
  { id: 'appeal-part-d', deadline: 'medicareDrugRedetermination', days: 65, when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.givenHow': { not: ['in-clinic'] }, age: NOT_CHILD }, basedOn: ['insurance.coverage'], source: SOURCES.partDRedetermination },
  { id: 'appeal-part-b', deadline: 'medicarePartBRedetermination', days: 120, when: { 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': { not: ['at-home'] }, age: NOT_CHILD }, basedOn: ['insurance.coverage'], source: SOURCES.originalMedicareAppeals },
  { id: 'appeal-medicare-advantage', deadline: 'medicareAdvantageReconsideration', days: 65, when: { 'insurance.coverage': ['medicare-advantage'], 'drugOfInterest.givenHow': { not: ['at-home'] }, age: NOT_CHILD }, basedOn: ['insurance.coverage'], source: SOURCES.medicareHealthPlanAppeals },
] as const satisfies readonly DeadlineRule[];

/** An answer that would sharpen the result: listed when its value is one of `missingWhen` and `when` holds. */
export type MissingRule = { path: FacetPath; missingWhen: readonly string[]; when: Condition };

export const MISSING_RULES = [
  // Most useful first: the answers that decide which roads are open at all, then what they cost,
  // then what sharpens the advice inside a road.
  { path: 'drugOfInterest.approval', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'insurance.coverage', missingWhen: [NA], when: {} },
  { path: 'insurance.deniedOn', missingWhen: [NA], when: { 'insurance.deniedBefore': ['yes'], 'insurance.coverage': [...PRIVATE, ...MEDICARE] } },
  { path: 'drugOfInterest.givenHow', missingWhen: [NA, 'unsure'], when: { 'insurance.coverage': MEDICARE } },
  { path: 'treatments.standardOptionsLeft', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'trials.status', missingWhen: [NA], when: {} },
  { path: 'biomarkers.testing', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'diagnosis.cancerType', missingWhen: [NA], when: {} },
  { path: 'insurance.costConcern', missingWhen: [NA], when: {} },
  { path: 'careTeam.oncologistOpenToHelp', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'insurance.deniedBefore', missingWhen: [NA], when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { path: 'diagnosis.stage', missingWhen: [NA, 'unsure'], when: {} },
  // Age decides the children's content: Medicare words are for adults only, and Kids v Cancer
  // helps a child's doctor ask for expanded access (the rows with NOT_CHILD and EA-N6).
  { path: 'age', missingWhen: [NA], when: { 'insurance.coverage': MEDICARE } },
  { path: 'age', missingWhen: [NA], when: { 'drugOfInterest.approval': INVESTIGATIONAL_OPEN, 'trials.status': { not: ['in-a-trial'] } } },
  { path: 'biomarkers.findings', missingWhen: [NA], when: { 'biomarkers.testing': ['done'] } },
  { path: 'insurance.householdSize', missingWhen: [NA], when: { 'insurance.yearlyIncome': ['given'] } },
  { path: 'insurance.householdSize', missingWhen: [NA], when: { 'insurance.costConcern': ['some', 'major'] } },
  { path: 'insurance.householdSize', missingWhen: [NA], when: { 'insurance.coverage': ['uninsured'] } },
  { path: 'insurance.yearlyIncome', missingWhen: [NA], when: { 'insurance.costConcern': ['some', 'major'] } },
  { path: 'insurance.yearlyIncome', missingWhen: [NA], when: { 'insurance.coverage': ['uninsured'] } },
  { path: 'insurance.secondary', missingWhen: [NA, 'unsure'], when: { 'insurance.coverage': ['medicare'], 'drugOfInterest.givenHow': ['in-clinic'] } },
  { path: 'treatments.tried', missingWhen: [NA], when: {} },
  { path: 'careTeam.setting', missingWhen: [NA], when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'] } },
  { path: 'trials.travel', missingWhen: [NA], when: { 'trials.status': ['looking', 'not-yet-considered', 'looked-not-eligible'] } },
  { path: 'trials.zip', missingWhen: [NA], when: { 'trials.status': ['looking', 'not-yet-considered', 'looked-not-eligible'] } },
] as const satisfies readonly MissingRule[];
