import type { PathwayId } from '../domain/evaluation.schema';
import type { LookupTextParams } from '../rules/lookup-facets';

/**
 * Words for the pathway engine: the five pathways, the first steps, the documents to gather, the
 * glossary and the refusal messages. The key unions below are the contract between the rule table
 * (src/rules/pathways.rules.ts) and every language's templates: a key that exists in one must exist
 * in the other, and TypeScript checks both sides.
 */

/** Values a template may interpolate. Only plain strings: no logic lives in templates. */
export type TextParams = {
  /** The drug's name as typed, or the language's "the drug you asked about". */
  drug: string;
  /** The biomarker findings as typed, joined with commas; empty when none. */
  findings: string;
  /** The household income as a whole percent of the HHS poverty guideline, e.g. "176"; empty when unknown. */
  povertyPercent: string;
  /** The last day to ask for an appeal, in the language's words; empty when unknown. */
  appealBy: string;
  /** A saved FDA label lookup (drugOfInterest.label): the name searched for, and the day (YYYY-MM-DD); empty when none. */
  labelQuery?: string;
  labelOn?: string;
  /** The label's sentence that names the person's cancer (English, as the label writes it); empty when none. */
  labelSentence?: string;
  /** The conditions that sentence sets, in the language's words (labelConditionWords), joined; empty when none. */
  labelConditions?: string;
} & Partial<LookupTextParams>;

/** Words for the conditions a label sentence sets (src/domain/label-sentences.ts), joined by the engine. */
export type LabelConditionWords = {
  biomarkers: (names: string) => string;
  germline: string;
  lines: Record<'first-line' | 'after-earlier-treatment' | 'adjuvant' | 'neoadjuvant' | 'maintenance', string>;
  /** Joins the conditions into one phrase, e.g. "a, b and c". */
  join: (parts: readonly string[]) => string;
};

/** A sentence a person reads: fixed words, or a simple interpolation. */
export type Text = string | ((params: TextParams) => string);

/** Where a fact comes from, stored next to the words that state it. */
export type FactSource = {
  /** The authoritative page (https). */
  url: string;
  /** When a person last checked the fact against that page, YYYY-MM-DD. */
  reviewed: string;
  /** The source was archived or secondary: the words must say "check current details". */
  reverify?: true;
};

/** A sentence that may state facts; every fact it states names its source. */
export type Sentence = {
  text: Text;
  sources?: readonly FactSource[];
};

/** Someone a person or their care team can call or visit. */
export type ContactContent = {
  name: string;
  phone?: string;
  url?: string;
  /** The page where the phone number or address was checked (https). */
  source: string;
  reviewed: string;
  /** Shown with the words "check current details" beside the name. */
  reverify?: true;
};

export type OffLabelReasonKey =
  | 'onLabel'
  | 'notApprovedAnywhere'
  | 'approvedOutsideUsOnly'
  | 'labelNamesCancer'
  | 'labelOtherUsesOnly'
  | 'labelNoneFound'
  | 'oncologistNotOpen'
  | 'approvedForOtherUse'
  | 'findingsPointToDrug'
  | 'approvalUnsure'
  | 'noDrugYet'
  | 'medicareCompendia'
  | 'privatePlanStateLaw'
  | 'otherCoverageAsk'
  | 'uninsuredPays'
  | 'deniedCanAppeal'
  | 'findingsSupportCase'
  | 'medicaidAcceptedUses';
export type OffLabelStepKey =
  | 'askOncologistEvidence'
  | 'medicareCompendiaCheck'
  | 'priorAuthorization'
  | 'appealDenial'
  | 'costHelp'
  | 'biomarkerFirst'
  | 'otherRoads';
export type OffLabelQuestionKey =
  | 'evidenceForMe'
  | 'compendiumListing'
  | 'priorAuthWho'
  | 'ifDenied'
  | 'onLabelInstead'
  | 'labelMayBeOnLabel';
export type OffLabelContactKey = 'nciCis' | 'acsHelpline';

export type ExpandedAccessReasonKey =
  | 'inTrial'
  | 'approvedForMyCancer'
  | 'optionsLeft'
  | 'approvedElsewhere'
  | 'approvedOutsideUsOnly'
  | 'labelFound'
  | 'labelNoneFound'
  | 'allConditionsMet'
  | 'notApprovedSomeUnsure'
  | 'notEnoughKnown'
  | 'oncologistYes'
  | 'oncologistNotOpen'
  | 'oncologistUnsure'
  | 'optionsUnsure'
  | 'trialFirst'
  | 'childKidsVCancer'
  | 'programListed'
  | 'programNotAvailable'
  | 'noProgramListed';
export type ExpandedAccessStepKey =
  | 'askOncologist'
  | 'companyAgrees'
  | 'projectFacilitate'
  | 'fdaForm'
  | 'irbReview'
  | 'emergency'
  | 'alsoRightToTry'
  | 'secondOpinion'
  | 'afterTrial'
  | 'checkExistingProgram'
  | 'askCompanyProgram';
export type ExpandedAccessQuestionKey =
  | 'noAlternative'
  | 'willYouAsk'
  | 'companyPolicy'
  | 'whoPays'
  | 'trialInstead';
export type ExpandedAccessContactKey = 'projectFacilitate' | 'fdaPatientAffairs' | 'fdaEmergency' | 'reaganUdall' | 'kidsVCancer';

export type RightToTryReasonKey =
  | 'inTrial'
  | 'approvedDrug'
  | 'optionsLeft'
  | 'trialFirst'
  | 'approvedOutsideUsOnly'
  | 'labelFound'
  | 'labelNoneFound'
  | 'conditionsMet'
  | 'notApprovedSomeUnsure'
  | 'notEnoughKnown'
  | 'notInterestedInTrials';
export type RightToTryStepKey = 'expandedAccessFirst' | 'tradeOffs' | 'checkDrug' | 'companyAgrees' | 'costs';
export type RightToTryQuestionKey = 'phaseOne' | 'rttOrEa' | 'companyWilling' | 'certifyTrial';
export type RightToTryContactKey = 'fdaRightToTry';

export type PatientAssistanceReasonKey =
  | 'uninsured'
  | 'majorCost'
  | 'denied'
  | 'someCost'
  | 'noCostConcern'
  | 'costUnknown'
  | 'uninsuredSaysNoCost'
  | 'medicareNoCards'
  | 'medicaidNoCards'
  | 'militaryNoCards'
  | 'privateCards'
  | 'otherCoverage'
  | 'uninsuredPrograms'
  | 'incomeGiven'
  | 'incomeAtMost400'
  | 'incomeAtMost500'
  | 'incomeOver500'
  | 'incomeUninsured'
  | 'extraHelpUnder150'
  | 'clinicDrugPartB'
  | 'clinicDrugSecondaryPays'
  | 'clinicDrugAdvantageLimit'
  | 'pharmacyDrugPartD';
export type PatientAssistanceStepKey =
  | 'financialCounselor'
  | 'manufacturerProgram'
  | 'copayCardPrivate'
  | 'noCardsFederal'
  | 'charityFoundations'
  | 'extraHelp'
  | 'partDCap'
  | 'paymentPlan'
  | 'medicaidCheck'
  | 'hospitalAssistance'
  | 'appeal'
  | 'needyMeds'
  | 'freeDrugMedicare'
  | 'freeDrugFederal'
  | 'partBCoinsurance'
  | 'appealPrivate'
  | 'appealMedicareDrug'
  | 'appealMedicarePartB'
  | 'appealMedicareAdvantage'
  | 'appealMedicaid'
  | 'appealMilitary';
export type PatientAssistanceQuestionKey =
  | 'costOfDrug'
  | 'financialCounselor'
  | 'partBOrD'
  | 'cheaperOption'
  | 'appealHelp';
export type PatientAssistanceContactKey = 'cancerCareCopay' | 'lls' | 'pan' | 'healthWell' | 'needyMeds' | 'ssaExtraHelp' | 'acsHelpline';

export type ClinicalTrialsReasonKey =
  | 'inTrial'
  | 'notInterested'
  | 'lookingAdvanced'
  | 'lookingFewOptions'
  | 'looking'
  | 'notEligibleBefore'
  | 'statusUnknown'
  | 'routineCostsPrivate'
  | 'routineCostsMedicare'
  | 'routineCostsMedicaid'
  | 'routineCostsAsk'
  | 'routineCostsMedicareAdvantage'
  | 'routineCostsMilitary'
  | 'findingsHelpSearch'
  | 'testingOpensTrials'
  | 'nearHome'
  | 'anywhere'
  | 'inTrialNoOptions'
  | 'savedTrialInRange'
  | 'savedTrialClosed'
  | 'savedTrialNotLookedUp';
export type ClinicalTrialsStepKey =
  | 'askTrialTeamAfter'
  | 'reportChanges'
  | 'searchCtGov'
  | 'searchNci'
  | 'callCis'
  | 'bringFindings'
  | 'lookAgain'
  | 'askCosts'
  | 'widenTravel';
export type ClinicalTrialsQuestionKey =
  | 'afterTrialEnds'
  | 'trialForMe'
  | 'whyNotEligible'
  | 'routineCosts'
  | 'phaseMeaning'
  | 'nearbySites';
export type ClinicalTrialsContactKey = 'ctGov' | 'nciSearch' | 'nciCis' | 'acsHelpline';

/** Words for one pathway, keyed so that the rule table can pick them. */
export type PathwayContent<R extends string, S extends string, Q extends string, C extends string> = {
  /** The pathway's name, e.g. "Off-label prescribing". */
  title: string;
  /** What this road is, in two or three short sentences. */
  summary: string;
  reasons: Record<R, Sentence>;
  steps: Record<S, Sentence>;
  questions: Record<Q, Text>;
  contacts: Record<C, ContactContent>;
};

export type OffLabelContent = PathwayContent<OffLabelReasonKey, OffLabelStepKey, OffLabelQuestionKey, OffLabelContactKey>;
export type ExpandedAccessContent = PathwayContent<
  ExpandedAccessReasonKey,
  ExpandedAccessStepKey,
  ExpandedAccessQuestionKey,
  ExpandedAccessContactKey
>;
export type RightToTryContent = PathwayContent<RightToTryReasonKey, RightToTryStepKey, RightToTryQuestionKey, RightToTryContactKey>;
export type PatientAssistanceContent = PathwayContent<
  PatientAssistanceReasonKey,
  PatientAssistanceStepKey,
  PatientAssistanceQuestionKey,
  PatientAssistanceContactKey
>;
export type ClinicalTrialsContent = PathwayContent<
  ClinicalTrialsReasonKey,
  ClinicalTrialsStepKey,
  ClinicalTrialsQuestionKey,
  ClinicalTrialsContactKey
>;

/** All five pathways' words, plus the few words the engine itself puts around them. */
export type PathwaysContent = {
  'off-label': OffLabelContent;
  'expanded-access': ExpandedAccessContent;
  'right-to-try': RightToTryContent;
  'patient-assistance': PatientAssistanceContent;
  'clinical-trials': ClinicalTrialsContent;
  /** Used for {drug} when no drug name was typed. */
  theDrug: string;
  /** A contact's name with "check current details" beside it (details from a secondary source). */
  checkCurrentDetails: (name: string) => string;
  /** How a fit reads in words, e.g. "Strong fit". */
  fitNames: Record<'strong' | 'possible' | 'unlikely', string>;
  /** The conditions of a label sentence, in words. */
  labelConditionWords: LabelConditionWords;
  /** A calendar day (YYYY-MM-DD) in words, e.g. "November 28, 2026". Pure: no clock. */
  formatDay: (isoDay: string) => string;
  /** The words of each deadline the rules can compute ({appealBy} is the last day). */
  deadlines: Record<DeadlineKey, Text>;
};

/** Deadlines the rules compute from the date on a refusal letter (insurance.deniedOn). */
export type DeadlineKey = 'internalAppeal' | 'medicareDrugRedetermination' | 'medicarePartBRedetermination' | 'medicareAdvantageReconsideration';

/** Every first step text the rules can choose. */
export type FirstStepTextKey =
  | 'biomarkerTesting'
  | 'biomarkerTestingUnknown'
  | 'secondOpinionAcademic'
  | 'tumorBoard'
  | 'gatherDocuments'
  | 'appealDenial'
  | 'appealDenialBy'
  | 'noRoadYet'
  | 'inheritedTesting'
  | 'careTeamDecides';
export type FirstStepsContent = Record<FirstStepTextKey, Sentence>;

/** Documents to bring to clinic. */
export type DocumentsContent = {
  heading: string;
  intro: string;
  items: Record<
    'pathology' | 'biomarkerReport' | 'treatmentHistory' | 'insuranceCard' | 'denialLetters' | 'scansAndNotes' | 'medicineList',
    string
  >;
};

/** One glossary entry: a term and its plain meaning. */
export type GlossaryEntry = {
  term: string;
  definition: string;
  sources?: readonly FactSource[];
};

/** The glossary, keyed by a stable id so other languages and the PDF can refer to entries. */
export type GlossaryContent = Record<
  | 'offLabel'
  | 'onLabel'
  | 'compendium'
  | 'expandedAccess'
  | 'rightToTry'
  | 'investigational'
  | 'ind'
  | 'irb'
  | 'fda'
  | 'biomarker'
  | 'priorAuthorization'
  | 'appeal'
  | 'externalReview'
  | 'copay'
  | 'copayCard'
  | 'charityFoundation'
  | 'extraHelp'
  | 'federalPovertyLevel'
  | 'partD'
  | 'partB'
  | 'clinicalTrial'
  | 'phaseOneTrial'
  | 'phaseTwoTrial'
  | 'phaseThreeTrial'
  | 'recruiting'
  | 'routineCosts'
  | 'eligibility'
  | 'tumorBoard'
  | 'secondOpinion'
  | 'informedConsent'
  | 'pathologyReport'
  | 'financialAssistance'
  | 'medicareAdvantage',
  GlossaryEntry
>;

/** PathwayId re-exported for templates, which may import only types. */
export type { PathwayId };

/**
 * Words for refusing an answers file. Structure (path, kind, numbers) comes from
 * src/domain/answer-problems.ts; these templates turn it into a sentence.
 */
export type ProblemsContent = {
  /** How to name the whole file when the problem is not in one field. */
  wholeFile: string;
  /** First line of a refusal, before the list of problems. */
  heading: string;
  notAnObject: (p: { received: string }) => string;
  versionMissing: (p: { supported: number }) => string;
  versionInvalid: (p: { received: string; supported: number }) => string;
  versionNewer: (p: { found: number; supported: number }) => string;
  versionUnsupported: (p: { found: number; supported: number }) => string;
  migrationFailed: (p: { from: number; to: number }) => string;
  unknownKey: string;
  required: string;
  wrongType: (p: { expected: string; received: string }) => string;
  /** How to name what was found when it is not a short value. */
  receivedNames: Record<'missing' | 'null' | 'list' | 'group', string>;
  typeNames: Record<'text' | 'number' | 'whole-number' | 'true-or-false' | 'group' | 'list', string>;
  notOneOf: (p: { received: string; noun: string; options: string }) => string;
  notInLongList: (p: { received: string; expected: string }) => string;
  /** What a field's value is, e.g. "a type of insurance", keyed by field pattern. */
  fieldNouns: Record<string, string>;
  /** Fields whose options are too many to list, keyed by field pattern. */
  longLists: Record<string, string>;
  genericNoun: string;
  tooLong: (p: { max: number }) => string;
  empty: string;
  tooMany: (p: { max: number }) => string;
  tooSmall: (p: { min: number }) => string;
  tooBig: (p: { max: number }) => string;
  formats: Record<'zip' | 'date' | 'other', string>;
  invalid: string;
  /** Words of the command line (src/cli/checklist.ts). */
  cli: {
    usage: string;
    fileMissing: (p: { file: string }) => string;
    unreadable: (p: { file: string }) => string;
    notJson: (p: { file: string; detail: string }) => string;
    badOption: (p: { detail: string }) => string;
    /** The answers path is a folder, a device, a FIFO: anything but a regular file. */
    notAFile: (p: { file: string }) => string;
    /** The answers file is larger than the limit (`max` in words, e.g. "1 MB"). */
    tooLarge: (p: { file: string; max: string }) => string;
    /** The answers file is saved as UTF-16 text. */
    utf16: (p: { file: string }) => string;
    /** The answers file is not UTF-8 text (another encoding, or not text at all). */
    notUtf8: (p: { file: string }) => string;
    /** --out names the answers file itself. */
    outIsAnswers: (p: { file: string }) => string;
    /** --out names something that exists but is not a regular file (a folder, a device). */
    outNotAFile: (p: { file: string }) => string;
  };
};
