import type { APPROVALS, COST_CONCERNS, COVERAGES, FILLED_BY, OUTCOMES, SETTINGS, STAGES, TESTING, TRAVEL, TRIAL_STATUSES, YES_NO_UNSURE } from '../domain/answers-constants';

type Labels<T extends readonly string[]> = Record<T[number], string>;

/**
 * Every word of the PDF checklist and of the buttons that make it. Answer values get their own short
 * labels here because the checklist is read by a clinician at a glance ("Stage: metastatic"),
 * not answered by the patient ("It has spread to other parts of the body").
 */
export type ChecklistContent = {
  /** Product name, printed on every page. */
  productName: string;
  /** Version of the content (templates) the checklist was made from. */
  contentVersion: string;
  /** When the content was last reviewed against its sources, YYYY-MM-DD. */
  contentReviewed: string;
  /** Download name, from the date it was made (YYYY-MM-DD). */
  fileName: (isoDate: string) => string;

  properties: { title: string; subject: string; keywords: string };

  footer: {
    /** Product, content version and reviewed date (already formatted). */
    identity: (productName: string, version: string, reviewedDate: string) => string;
    /** One line on every page: information to discuss with the care team, not advice. */
    reminder: string;
    pageOf: (page: number, total: number) => string;
  };

  /** Printed in place of a character the font cannot draw. */
  replacementMarker: string;

  cover: {
    title: string;
    /** Under the title: when it was made and by which product (date already formatted). */
    madeOn: (date: string, productName: string) => string;
    glanceColumns: { pathway: string; fit: string };
  };

  /**
   * Page 1, the appointment sheet: what the person needs in the visit, in the order used there.
   * Everything after it is detail.
   */
  sheet: {
    /** The person's name, typed in the app or written by hand. */
    nameLabel: string;
    appointmentLabel: string;
    glanceHeading: string;
    /** Ruled lines under each top question (headed by questions.heading). */
    answerLines: number;
    bringHeading: string;
    /** Short names of the papers to bring, ticked on page 1 (the documents list in the detail says more). */
    bring: string[];
    /** One line for the FDA label finding, by what the label says about the cancer. */
    labelLine: Record<'names-my-cancer' | 'other-uses-only' | 'none-found' | 'cannot-tell', (drug: string, date: string) => string>;
    /** One line per kept trial: its NCT number, title and status in words (savedTrials.status). */
    trialLine: (nctId: string, title: string, status: string) => string;
    /** One line for a kept trial not looked up (registry unreachable): its number and where to check it. */
    trialNotLookedUpLine: (nctId: string) => string;
  };

  /** The one contact list at the end: each contact once, with the roads it serves. */
  directory: {
    heading: string;
    intro: string;
    /** The roads a contact serves, already joined. */
    serves: string;
  };

  /** Row labels of the first page's summary table. */
  summary: {
    filledBy: string;
    appointment: string;
    /** Date and clinician, both already formatted; either may be missing. */
    appointmentWith: (date: string | undefined, clinician: string | undefined) => string;
    cancer: string;
    stage: string;
    biomarkers: string;
    treatments: string;
    /** Column headings of the treatments table. */
    treatmentColumns: { number: string; name: string; outcome: string };
    standardOptionsLeft: string;
    drugOfInterest: string;
    /** The drug's name as typed and its approval status in words. */
    drug: (name: string | undefined, approval: string | undefined) => string;
    insurance: string;
    deniedBefore: string;
    costConcern: string;
    trials: string;
    /** Trial status and how far the person can travel, both already in words; either may be missing. */
    trialsValue: (status: string | undefined, travel: string | undefined) => string;
    careTeam: string;
    /** Whether the oncologist is open to helping, and the setting, already in words. */
    careTeamValue: (openToHelp: string | undefined, setting: string | undefined) => string;
    notAnswered: string;
    noneListed: string;
  };

  /** Short, neutral words for each answer value, as a clinician reads them. */
  values: {
    filledBy: Labels<typeof FILLED_BY>;
    stage: Labels<typeof STAGES>;
    testing: Labels<typeof TESTING>;
    /** Testing done, with the findings as typed. */
    testingDoneWith: (findings: string) => string;
    outcome: Labels<typeof OUTCOMES>;
    yesNoUnsure: Labels<typeof YES_NO_UNSURE>;
    approval: Labels<typeof APPROVALS>;
    coverage: Labels<typeof COVERAGES>;
    /** The residence state's code beside the coverage, e.g. "Medicare (FL)". */
    coverageInState: (coverage: string, state: string) => string;
    deniedBefore: { yes: string; no: string };
    costConcern: Labels<typeof COST_CONCERNS>;
    trialStatus: Labels<typeof TRIAL_STATUSES>;
    travel: Labels<typeof TRAVEL>;
    travelWithZip: (travel: string, zip: string) => string;
    openToHelp: Labels<typeof YES_NO_UNSURE>;
    setting: Labels<typeof SETTINGS>;
  };

  notes: { heading: string };
  firstSteps: { heading: string; intro: string };
  pathways: {
    heading: string;
    /** A pathway's heading: its number, title and fit in words. */
    title: (index: number, title: string, fit: string) => string;
    reasonsHeading: string;
    stepsHeading: string;
    /** The road's questions not already on page 1. */
    questionsHeading: string;
    /** When every question of the road is already on page 1. */
    questionsOnSheet: string;
    phone: string;
    web: string;
    source: string;
  };
  /** Trials the person kept from a ClinicalTrials.gov search (trials.saved), with questions for each trial team. */
  savedTrials: {
    heading: string;
    intro: string;
    status: (registryStatus: string) => string;
    phase: (phases: readonly string[]) => string;
    labels: { status: string; phase: string; nearestSite: string; contact: string; lookedUp: string; keptOn: string; page: string };
    /** A kept trial not looked up (ClinicalTrials.gov could not be reached): said in place of its status. */
    notLookedUp: string;
    /** "Columbus, Ohio, about 3 miles away". */
    site: (place: string, miles?: number) => string;
    questionsHeading: string;
    questions: string[];
  };
  questions: {
    heading: string;
  };
  documents: { heading: string; intro: string };
  glossary: { heading: string };

  /** The buttons on the results page and what they say while working or after. */
  actions: {
    heading: string;
    download: string;
    downloading: string;
    downloaded: (fileName: string) => string;
    /** Beside the PDF button: the print view, which is the accessible copy of the checklist. */
    printAccessible: string;
    /** Navigator mode with Spanish pages: the clinician page in English. */
    clinicianInEnglish: string;
    failed: string;
    /** Told when some typed characters could not be printed, listing them. */
    replacedNotice: (marker: string, characters: string) => string;
  };

  /** Messages of the command line, on standard error. */
  cli: {
    cannotMake: (detail: string) => string;
    cannotWrite: (path: string) => string;
    replacedWarning: (marker: string, characters: string) => string;
  };
};
