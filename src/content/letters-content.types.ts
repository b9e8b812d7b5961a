import type { COVERAGES, OUTCOMES, STAGES } from '../domain/answers-constants';
import type { CancerTypeId } from '../domain/cancer-types';
import type { UsStateCode } from '../domain/us-states';
import type { FactSource } from './pathway-content.types';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** A sentence of a letter that states a fact, with where the fact comes from. */
export type LetterFact = { text: string; source: FactSource; label: string };

/**
 * The bodies of the letters, in English only: they go to US drug companies, insurers and the FDA.
 * templates/en/letters.ts holds them. Each `[...]` is a place the care team fills in.
 */
export type LetterBodies = {
  /** First line of every letter. */
  draftNotice: string;
  /** Heading of the list of sources at the end of every letter. */
  sourcesHeading: string;
  /** Written where nothing is known yet: a line to fill in. */
  blank: string;
  /** Used for {drug} when no drug name was given. */
  theDrug: string;
  /** Used for {cancer} when the cancer type is not known. */
  theCancer: string;
  cancerNames: Record<CancerTypeId, string>;
  stateNames: Record<UsStateCode, string>;
  stages: Labels<typeof STAGES>;
  outcomes: Labels<typeof OUTCOMES>;
  coverages: Labels<typeof COVERAGES>;
  /** A date as the letters write it, from YYYY-MM-DD. */
  formatDate: (isoDate: string) => string;
  /** File name of a letter's download. */
  fileName: (slug: string, isoDate: string) => string;

  common: {
    date: string;
    patientInitials: string;
    age: string;
    diagnosis: (cancer: string, stage: string | undefined) => string;
    biomarkers: (findings: string) => string;
    treatment: (name: string, outcome: string) => string;
    noTreatmentsListed: string;
    doctorHeading: string;
    doctorName: string;
    doctorPractice: string;
    doctorAddress: string;
    doctorPhone: string;
    doctorEmail: string;
    signature: string;
  };

  expandedAccess: {
    title: string;
    to: string;
    subject: (drug: string) => string;
    opening: (drug: string) => string;
    situationHeading: string;
    treatmentsHeading: string;
    alternativeHeading: string;
    criteria: LetterFact;
    noOptionsLeft: string;
    alternativeBlank: string;
    trialsNotEligible: string;
    inTrialNote: string;
    programmeHeading: string;
    /** An expanded-access record found on ClinicalTrials.gov. */
    programmeRecord: (nctId: string, title: string, status: string, retrievedOn: string) => string;
    programmeIntro: string;
    noProgrammeListed: string;
    requestHeading: string;
    request: (drug: string) => string;
    closing: string;
  };

  fda3926: {
    title: string;
    notTheForm: LetterFact;
    beforeHeading: string;
    companyAgreement: LetterFact;
    projectFacilitate: LetterFact;
    patientHeading: string;
    initialsOnly: string;
    historyHeading: string;
    historyBlank: string;
    planHeading: string;
    planFields: { drug: string; dose: string; route: string; length: string; monitoring: string; stopping: string };
    irbHeading: string;
    irbRule: LetterFact;
    irbChair: LetterFact;
    irbName: string;
    irbContact: string;
    timingHeading: string;
    nonEmergency: LetterFact;
    emergency: LetterFact;
    timeToComplete: LetterFact;
    doctorIsSponsor: string;
  };

  appeal: {
    title: (drug: string) => string;
    to: string;
    memberName: string;
    memberId: string;
    reference: string;
    deniedOn: string;
    opening: (drug: string, cancer: string) => string;
    urgentHeading: string;
    urgentKeepIf: string;
    urgent: LetterFact;
    urgentPartD: LetterFact;
    urgentExternal: LetterFact;
    whyHeading: string;
    onLabel: (drug: string) => string;
    offLabelUse: (drug: string) => string;
    medicareCompendia: LetterFact;
    medicaidAccepted: LetterFact;
    compendiumBlank: string;
    medicalNecessity: string;
    stateLaw: LetterFact;
    stateLawAsk: (state: string | undefined) => string;
    otherRoute: string;
    treatmentsHeading: string;
    enclosedHeading: string;
    enclosed: string[];
    deadlineHeading: string;
    /** The last day for one appeal route (its name from `routes`, by the evaluation's deadline id). */
    lastDay: (date: string, route: string) => string;
    routes: Record<'appeal-internal' | 'appeal-part-d' | 'appeal-part-b' | 'appeal-medicare-advantage' | 'other', string>;
    readLetterDeadline: string;
    privateDeadlines: LetterFact;
    partDDeadline: LetterFact;
    partBDeadline: LetterFact;
    advantageDeadline: LetterFact;
    medicaidDeadline: LetterFact;
    closing: string;
    memberSignature: string;
    memberPhone: string;
  };

  medicalNecessity: {
    title: string;
    to: string;
    patientName: string;
    birthDate: string;
    memberId: string;
    opening: (drug: string, cancer: string) => string;
    diagnosisHeading: string;
    treatmentsHeading: string;
    necessityHeading: string;
    necessityBlank: string;
    offLabel: (drug: string) => string;
    evidenceBlank: string;
    withoutHeading: string;
    withoutBlank: string;
    closing: string;
  };
};

/** What the person reads about one letter, in their own language. */
export type LetterNoteWords = {
  title: string;
  what: (drug: string) => string;
  whoSigns: string;
  whereItGoes: string;
};

/** The words of the letters panel and of sharing, in each language (templates/<lang>/letter-words.ts). */
export type LetterWords = {
  notes: {
    'expanded-access-request': LetterNoteWords;
    'fda-3926-worksheet': LetterNoteWords;
    'insurance-appeal': LetterNoteWords;
    'medical-necessity': LetterNoteWords;
  };
  /** The drug when no name was given, in the person's language. */
  theDrug: string;
  /** When no deadline could be worked out from the answers. */
  deadlineOnLetter: string;
  /** Said when the page is not in English. */
  inEnglish: string;

  panel: {
    heading: string;
    intro: string;
    draft: string;
    none: string;
    whatLabel: string;
    whoSignsLabel: string;
    whereLabel: string;
    deadlineLabel: string;
    /** Label of the editable text of a letter. */
    textLabel: (title: string) => string;
    copy: string;
    copyHidden: (title: string) => string;
    copied: string;
    copyFailed: string;
    download: string;
    downloadHidden: (title: string) => string;
    downloading: string;
    downloaded: (fileName: string) => string;
    downloadFailed: string;
    /** Edits stay in this page only. */
    editsStay: string;
  };

  share: {
    heading: string;
    intro: string;
    button: string;
    preparing: string;
    ready: string;
    shared: string;
    cancelled: string;
    failed: string;
    calendarButton: string;
    calendarDone: (fileName: string) => string;
    calendarFailed: string;
    /** The calendar event's title; the clinician as typed, when given. */
    eventTitle: (clinician: string | undefined) => string;
    eventDescription: string;
    calendarFileName: (isoDate: string) => string;
  };

  /** Messages of the command line's `--letters DIR`, on standard error. */
  cli: {
    wrote: (count: number, dir: string, files: string) => string;
    none: (dir: string) => string;
    notAFolder: (dir: string) => string;
    cannotWrite: (path: string) => string;
  };
};
