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
import type { FirstStepTextKey, PathwaysContent } from '../content/pathway-content.types';
import type { Fit, PathwayId } from '../domain/evaluation.schema';
import { NOT_ANSWERED, type Condition, type FacetPath } from './answer-facets';

const NA = NOT_ANSWERED;

// Groups of answers the table uses again and again, named so each row reads as a sentence.
const ADVANCED = ['locally-advanced', 'metastatic', 'recurrent'] as const;
const FEDERAL = ['medicare', 'medicare-advantage', 'medicaid', 'military-va'] as const;
const MEDICARE = ['medicare', 'medicare-advantage'] as const;
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

/** Where the rule comes from: the authority a reviewer can check it against. */
export const SOURCES = {
  nciOffLabel: 'https://www.cancer.gov/about-cancer/treatment/drugs/off-label',
  acsOffLabel: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/off-label-drug-use.html',
  cmsCompendia: 'https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/bp102c15.pdf',
  avalereStateLaws: 'https://avalere.com',
  healthcareGovAppeal: 'https://www.healthcare.gov/appeal-insurance-company-decision/',
  cfrExpandedAccess: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-D/part-312/subpart-I',
  fdaSinglePatient:
    'https://www.fda.gov/news-events/expanded-access/physicians-how-request-single-patient-expanded-access-compassionate-use',
  fdaRightToTry: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try',
  oigCopayCoupons: 'https://www.hhs.gov/guidance/document/special-advisory-bulletin-pharmaceutical-manufacturer-copayment-coupons',
  antiKickback: 'https://www.law.cornell.edu/uscode/text/42/1320a-7b',
  ssaExtraHelp: 'https://www.ssa.gov/medicare/part-d-extra-help',
  cancerCareCopay: 'https://www.cancercare.org/copayfoundation',
  phsa2709: 'https://www.law.cornell.edu/uscode/text/42/300gg-8',
  ncd310: 'https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=1',
  medicaidTrials: 'https://www.medicaid.gov/federal-policy-guidance/downloads/smd21005.pdf',
  clinicalTrialsGov: 'https://clinicaltrials.gov',
  /** openFDA's drug labels: what the saved lookup (drugOfInterest.label) read. */
  openFdaLabel: 'https://open.fda.gov/apis/drug/label/',
  /** An FDA label limited to inherited BRCA changes in pancreatic, breast, ovarian and prostate cancer (olaparib, LYNPARZA). */
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
  { id: 'OL-N1', pathway: 'off-label', fit: 'note', reason: 'medicareCompendia', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.cmsCompendia },
  { id: 'OL-N2', pathway: 'off-label', fit: 'note', reason: 'privatePlanStateLaw', when: { 'insurance.coverage': PRIVATE, 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.avalereStateLaws },
  { id: 'OL-N3', pathway: 'off-label', fit: 'note', reason: 'otherCoverageAsk', when: { 'insurance.coverage': ['medicaid', 'military-va', 'other'], 'drugOfInterest.approval': OFF_LABEL_OPEN }, source: SOURCES.acsOffLabel },
  { id: 'OL-N4', pathway: 'off-label', fit: 'note', reason: 'uninsuredPays', when: { 'insurance.coverage': ['uninsured'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { id: 'OL-N5', pathway: 'off-label', fit: 'note', reason: 'deniedCanAppeal', when: { 'insurance.deniedBefore': ['yes'], 'drugOfInterest.approval': { not: NOT_FDA_APPROVED } }, source: SOURCES.healthcareGovAppeal },
  { id: 'OL-N6', pathway: 'off-label', fit: 'note', reason: 'findingsSupportCase', when: { 'biomarkers.findings': ['listed'], 'drugOfInterest.approval': ['approved-for-other-use'] }, source: SOURCES.nciOffLabel },

  // ── Expanded access ──────────────────────────────────────────────────────────────────
  { id: 'EA-1', pathway: 'expanded-access', fit: 'unlikely', reason: 'inTrial', when: { 'trials.status': ['in-a-trial'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-2', pathway: 'expanded-access', fit: 'unlikely', reason: 'approvedForMyCancer', when: { 'drugOfInterest.approval': ['approved-for-my-cancer'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-3', pathway: 'expanded-access', fit: 'unlikely', reason: 'optionsLeft', when: { 'treatments.standardOptionsLeft': ['yes'] }, source: SOURCES.cfrExpandedAccess },
  { id: 'EA-4', pathway: 'expanded-access', fit: 'unlikely', reason: 'approvedElsewhere', when: { 'drugOfInterest.approval': ['approved-for-other-use'] }, source: SOURCES.nciOffLabel },
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
  { id: 'PA-N2', pathway: 'patient-assistance', fit: 'note', reason: 'medicareNoCards', when: { 'insurance.coverage': MEDICARE }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N3', pathway: 'patient-assistance', fit: 'note', reason: 'medicaidNoCards', when: { 'insurance.coverage': ['medicaid'] }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N4', pathway: 'patient-assistance', fit: 'note', reason: 'militaryNoCards', when: { 'insurance.coverage': ['military-va'] }, source: SOURCES.antiKickback },
  { id: 'PA-N5', pathway: 'patient-assistance', fit: 'note', reason: 'privateCards', when: { 'insurance.coverage': PRIVATE }, source: SOURCES.oigCopayCoupons },
  { id: 'PA-N6', pathway: 'patient-assistance', fit: 'note', reason: 'otherCoverage', when: { 'insurance.coverage': ['other'] } },
  { id: 'PA-N7', pathway: 'patient-assistance', fit: 'note', reason: 'uninsuredPrograms', when: { 'insurance.coverage': ['uninsured'] } },
  { id: 'PA-N8', pathway: 'patient-assistance', fit: 'note', reason: 'incomeGiven', when: { 'insurance.householdSize': ['given'], 'insurance.yearlyIncome': ['given'] }, source: SOURCES.cancerCareCopay },

  // ── Clinical trials ──────────────────────────────────────────────────────────────────
  { id: 'CT-1', pathway: 'clinical-trials', fit: 'strong', reason: 'inTrial', when: { 'trials.status': ['in-a-trial'] } },
  { id: 'CT-2', pathway: 'clinical-trials', fit: 'unlikely', reason: 'notInterested', when: { 'trials.status': ['not-interested'] } },
  { id: 'CT-3', pathway: 'clinical-trials', fit: 'strong', reason: 'lookingAdvanced', when: { 'trials.status': SEARCHING, 'diagnosis.stage': ADVANCED } },
  { id: 'CT-4', pathway: 'clinical-trials', fit: 'strong', reason: 'lookingFewOptions', when: { 'trials.status': SEARCHING, 'treatments.standardOptionsLeft': ['no'] } },
  { id: 'CT-5', pathway: 'clinical-trials', fit: 'possible', reason: 'looking', when: { 'trials.status': SEARCHING } },
  { id: 'CT-6', pathway: 'clinical-trials', fit: 'possible', reason: 'notEligibleBefore', when: { 'trials.status': ['looked-not-eligible'] } },
  { id: 'CT-7', pathway: 'clinical-trials', fit: 'possible', reason: 'statusUnknown', when: { 'trials.status': [NA] } },
  { id: 'CT-N1', pathway: 'clinical-trials', fit: 'note', reason: 'inTrialNoOptions', when: { 'trials.status': ['in-a-trial'], 'treatments.standardOptionsLeft': ['no'] } },
  { id: 'CT-N2', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsPrivate', when: { 'insurance.coverage': PRIVATE, 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.phsa2709 },
  { id: 'CT-N3', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMedicare', when: { 'insurance.coverage': MEDICARE, 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.ncd310 },
  { id: 'CT-N4', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsMedicaid', when: { 'insurance.coverage': ['medicaid'], 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'], source: SOURCES.medicaidTrials },
  { id: 'CT-N5', pathway: 'clinical-trials', fit: 'note', reason: 'routineCostsAsk', when: { 'insurance.coverage': ['military-va', 'uninsured', 'other'], 'trials.status': { not: ['not-interested'] } }, basedOn: ['insurance.coverage'] },
  { id: 'CT-N6', pathway: 'clinical-trials', fit: 'note', reason: 'findingsHelpSearch', when: { 'biomarkers.findings': ['listed'], 'trials.status': MAY_SEARCH }, basedOn: ['biomarkers.findings'], source: SOURCES.nciTrialSearch },
  { id: 'CT-N7', pathway: 'clinical-trials', fit: 'note', reason: 'testingOpensTrials', when: { 'biomarkers.testing': ['not-done', 'unsure'], 'trials.status': MAY_SEARCH }, basedOn: ['biomarkers.testing'] },
  { id: 'CT-N8', pathway: 'clinical-trials', fit: 'note', reason: 'nearHome', when: { 'trials.travel': ['near-home'], 'trials.status': MAY_SEARCH }, basedOn: ['trials.travel'] },
  { id: 'CT-N9', pathway: 'clinical-trials', fit: 'note', reason: 'anywhere', when: { 'trials.travel': ['anywhere-in-us'], 'trials.status': MAY_SEARCH }, basedOn: ['trials.travel'] },
] as const satisfies readonly PathwayRule[];

/** Steps, questions and contacts per pathway, in the order shown; each only when its condition holds. */
export const ADVICE_RULES = [
  // Off-label prescribing
  { pathway: 'off-label', kind: 'step', key: 'askOncologistEvidence', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'biomarkerFirst', when: { 'biomarkers.testing': ['not-done', 'unsure'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'medicareCompendiaCheck', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'priorAuthorization', when: { 'insurance.coverage': { not: ['uninsured'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'appealDenial', when: { 'insurance.deniedBefore': ['yes'], 'drugOfInterest.approval': { not: NOT_FDA_APPROVED } } },
  { pathway: 'off-label', kind: 'step', key: 'costHelp', when: { 'drugOfInterest.approval': ['approved-for-my-cancer'] } },
  { pathway: 'off-label', kind: 'step', key: 'costHelp', when: { 'insurance.coverage': ['uninsured'], 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'step', key: 'otherRoads', when: { 'drugOfInterest.approval': NOT_FDA_APPROVED } },
  { pathway: 'off-label', kind: 'question', key: 'evidenceForMe', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'compendiumListing', when: { 'insurance.coverage': MEDICARE, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'priorAuthWho', when: { 'insurance.coverage': { not: ['uninsured'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'ifDenied', when: { 'insurance.coverage': { not: ['uninsured'] }, 'drugOfInterest.approval': OFF_LABEL_OPEN } },
  { pathway: 'off-label', kind: 'question', key: 'onLabelInstead', when: { 'drugOfInterest.approval': [...NOT_FDA_APPROVED, 'unsure', NA] } },
  { pathway: 'off-label', kind: 'contact', key: 'nciCis', when: {} },
  { pathway: 'off-label', kind: 'contact', key: 'acsHelpline', when: { 'drugOfInterest.approval': OFF_LABEL_OPEN } },

  // Expanded access: "open" means the road is not ruled out by a trial, an approved drug or options left.
  { pathway: 'expanded-access', kind: 'step', key: 'afterTrial', when: { 'trials.status': ['in-a-trial'] } },
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
  { pathway: 'patient-assistance', kind: 'step', key: 'medicaidCheck', when: { 'insurance.coverage': ['uninsured'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'charityFoundations', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'step', key: 'extraHelp', when: { 'insurance.coverage': MEDICARE } },
  { pathway: 'patient-assistance', kind: 'step', key: 'partDCap', when: { 'insurance.coverage': MEDICARE } },
  { pathway: 'patient-assistance', kind: 'step', key: 'paymentPlan', when: { 'insurance.coverage': MEDICARE } },
  { pathway: 'patient-assistance', kind: 'step', key: 'hospitalAssistance', when: {} },
  { pathway: 'patient-assistance', kind: 'step', key: 'appeal', when: { 'insurance.deniedBefore': ['yes'] } },
  { pathway: 'patient-assistance', kind: 'step', key: 'needyMeds', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'costOfDrug', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'financialCounselor', when: {} },
  { pathway: 'patient-assistance', kind: 'question', key: 'partBOrD', when: { 'insurance.coverage': MEDICARE } },
  { pathway: 'patient-assistance', kind: 'question', key: 'cheaperOption', when: { 'insurance.costConcern': ['some', 'major'] } },
  { pathway: 'patient-assistance', kind: 'question', key: 'appealHelp', when: { 'insurance.deniedBefore': ['yes'] } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'cancerCareCopay', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'lls', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'pan', when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { pathway: 'patient-assistance', kind: 'contact', key: 'ssaExtraHelp', when: { 'insurance.coverage': MEDICARE } },
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
  step: 'biomarker-testing' | 'inherited-testing' | 'second-opinion' | 'appeal-denial' | 'gather-documents' | 'care-team-decides';
  text: FirstStepTextKey;
  when: Condition;
  /** Only where the condition reads a derived facet: the answer paths to name instead. */
  basedOn?: readonly FacetPath[];
  source?: string;
};

export const FIRST_STEP_RULES = [
  { id: 'FS-1', step: 'biomarker-testing', text: 'biomarkerTesting', when: { 'biomarkers.testing': ['not-done', 'unsure'] } },
  { id: 'FS-2', step: 'biomarker-testing', text: 'biomarkerTestingUnknown', when: { 'biomarkers.testing': [NA] } },
  { id: 'FS-8', step: 'inherited-testing', text: 'inheritedTesting', when: { 'diagnosis.inheritedTestingMatters': ['yes'], 'biomarkers.germlineTesting': ['not-done', 'unsure', NA] }, basedOn: ['diagnosis.cancerType', 'biomarkers.germlineTesting'], source: SOURCES.olaparibLabel },
  { id: 'FS-3', step: 'second-opinion', text: 'secondOpinionAcademic', when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'], 'careTeam.setting': ['community-practice', 'unsure', NA] } },
  { id: 'FS-4', step: 'second-opinion', text: 'tumorBoard', when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'], 'careTeam.setting': ['academic-center'] } },
  { id: 'FS-5', step: 'appeal-denial', text: 'appealDenial', when: { 'insurance.deniedBefore': ['yes'] }, source: SOURCES.healthcareGovAppeal },
  { id: 'FS-6', step: 'gather-documents', text: 'gatherDocuments', when: {} },
  { id: 'FS-7', step: 'care-team-decides', text: 'careTeamDecides', when: {} },
] as const satisfies readonly FirstStepRule[];

/** An answer that would sharpen the result: listed when its value is one of `missingWhen` and `when` holds. */
export type MissingRule = { path: FacetPath; missingWhen: readonly string[]; when: Condition };

export const MISSING_RULES = [
  { path: 'diagnosis.cancerType', missingWhen: [NA], when: {} },
  { path: 'diagnosis.stage', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'biomarkers.testing', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'biomarkers.findings', missingWhen: [NA], when: { 'biomarkers.testing': ['done'] } },
  { path: 'treatments.tried', missingWhen: [NA], when: {} },
  { path: 'treatments.standardOptionsLeft', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'drugOfInterest.approval', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'insurance.coverage', missingWhen: [NA], when: {} },
  { path: 'insurance.deniedBefore', missingWhen: [NA], when: { 'insurance.coverage': { not: ['uninsured'] } } },
  { path: 'insurance.costConcern', missingWhen: [NA], when: {} },
  { path: 'insurance.householdSize', missingWhen: [NA], when: { 'insurance.costConcern': ['some', 'major'] } },
  { path: 'insurance.householdSize', missingWhen: [NA], when: { 'insurance.coverage': ['uninsured'] } },
  { path: 'insurance.yearlyIncome', missingWhen: [NA], when: { 'insurance.costConcern': ['some', 'major'] } },
  { path: 'insurance.yearlyIncome', missingWhen: [NA], when: { 'insurance.coverage': ['uninsured'] } },
  { path: 'trials.status', missingWhen: [NA], when: {} },
  { path: 'trials.travel', missingWhen: [NA], when: { 'trials.status': ['looking', 'not-yet-considered', 'looked-not-eligible'] } },
  { path: 'trials.zip', missingWhen: [NA], when: { 'trials.status': ['looking', 'not-yet-considered', 'looked-not-eligible'] } },
  { path: 'careTeam.oncologistOpenToHelp', missingWhen: [NA, 'unsure'], when: {} },
  { path: 'careTeam.setting', missingWhen: [NA], when: { 'careTeam.oncologistOpenToHelp': ['no', 'unsure'] } },
] as const satisfies readonly MissingRule[];
