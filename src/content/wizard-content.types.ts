import type {
  APPROVALS,
  COST_CONCERNS,
  COVERAGES,
  FILLED_BY,
  GIVEN_HOW,
  OUTCOMES,
  SECONDARY_COVERAGES,
  SETTINGS,
  STAGES,
  TESTING,
  TRIAL_STATUSES,
  YES_NO_UNSURE,
} from '../domain/answers-constants';
import type { CancerTypeId } from '../domain/cancer-types';
import type { StepErrorKey } from '../domain/step-schema-helpers';
import type { NumberConvention } from '../domain/typed-number';
import type { DENIED_BEFORE_CHOICES, TRAVEL_CHOICES } from '../domain/step-schemas';
import type { UsStateCode } from '../domain/us-states';

/** The words of one answer option: what a person reads, and a one-line hint when it helps. */
export type OptionText = { label: string; hint?: string };

/** Words for every value of an answers enum; the order on screen follows the enum. */
export type OptionTexts<T extends readonly string[]> = Record<T[number], OptionText>;

/** A "Why we ask" disclosure: opened on demand, so the page itself stays short. */
export type WhyWeAsk = { paragraphs: readonly string[] };

/** One question on a page: the question, a one-line hint, and why we ask it. */
export type QuestionText = { label: string; hint?: string; why?: WhyWeAsk };

type ChoiceQuestion<T extends readonly string[]> = QuestionText & { options: OptionTexts<T> };

/** An error message; list items get their position ("treatment 2") so the summary can say which. */
export type ErrorText = string | ((itemNumber: number) => string);

/** Words shared by every page of the wizard (and by the check-answers and results pages). */
export type UiContent = {
  serviceName: string;
  /** Separates the page's own title from the service name in `document.title`. */
  titleSeparator: string;
  /** Put before the page title while errors show: GOV.UK's "Error: ". */
  errorTitlePrefix: string;
  /** Read before each inline error by screen readers. */
  errorInlinePrefix: string;
  errorSummaryTitle: string;
  /** Used if a check has no words of its own, so a person never reads "Invalid input". */
  errorFallback: string;
  back: string;
  continue: string;
  optional: string;
  whyWeAsk: string;
  charactersRemaining: (remaining: number) => string;
  charactersTooMany: (over: number) => string;
  charactersLimit: (limit: number) => string;
  /** How this language writes numbers: number boxes read what is typed this way, and write it back this way. */
  numbers: NumberConvention;
};

export type CancerTypeText = {
  /** The name people see in the list. */
  name: string;
  /** Other words people use for it; the search box matches these as well as the name. */
  searchWords: readonly string[];
};

/** The words of each question page, in the order of the wizard. */
export type QuestionsContent = {
  welcome: {
    title: string;
    intro: readonly string[];
    doesHeading: string;
    does: readonly string[];
    doesNotHeading: string;
    doesNot: readonly string[];
    privacy: string;
    filledBy: ChoiceQuestion<typeof FILLED_BY>;
  };
  diagnosis: {
    title: string;
    cancerType: QuestionText & {
      searchLabel: string;
      searchHint: string;
      matchCount: (shown: number, total: number) => string;
      noMatches: string;
      otherLabel: string;
      otherHint: string;
    };
    stage: ChoiceQuestion<typeof STAGES>;
    /** Version 2: age in whole years (optional). */
    age: QuestionText;
  };
  biomarkers: {
    title: string;
    testing: ChoiceQuestion<typeof TESTING>;
    /** Version 2: inherited (germline) testing, and what it found (shown under "done"). */
    germlineTesting: ChoiceQuestion<typeof TESTING>;
    germlineFindings: QuestionText;
  };
  biomarkerFindings: { title: string; findings: QuestionText };
  treatmentsTried: {
    title: string;
    intro: string;
    list: {
      heading: string;
      noneYet: string;
      count: (added: number) => string;
      itemLegend: (itemNumber: number) => string;
      name: QuestionText;
      outcome: ChoiceQuestion<typeof OUTCOMES>;
      add: string;
      addAnother: string;
      remove: (itemNumber: number) => string;
      removed: (itemNumber: number) => string;
      limitReached: (limit: number) => string;
    };
    standardOptionsLeft: ChoiceQuestion<typeof YES_NO_UNSURE>;
  };
  drugOfInterest: {
    title: string;
    name: QuestionText;
    approval: ChoiceQuestion<typeof APPROVALS>;
    /** Version 2: in the clinic or at home. */
    givenHow: ChoiceQuestion<typeof GIVEN_HOW>;
  };
  insurance: {
    title: string;
    residenceState: QuestionText & { choose: string };
    coverage: ChoiceQuestion<typeof COVERAGES>;
    /** Version 2: a second coverage, asked under Medicare and Medicare Advantage. */
    secondary: ChoiceQuestion<typeof SECONDARY_COVERAGES>;
    deniedBefore: ChoiceQuestion<typeof DENIED_BEFORE_CHOICES>;
    /** Version 2: the date on the refusal letter, asked under "yes". */
    deniedOn: QuestionText;
    costConcern: ChoiceQuestion<typeof COST_CONCERNS>;
  };
  household: {
    title: string;
    intro: string;
    why: WhyWeAsk;
    /** `readBack(count, written)`: the number as read, shown beside the box before Continue ("= 4 people"). */
    householdSize: QuestionText & { readBack: (count: number, written: string) => string };
    yearlyIncome: QuestionText & {
      prefix: string;
      /** The amount as read, shown beside the box before Continue ("= $25,000 a year"). */
      readBack: (amount: string) => string;
      /** What typed text could mean, asked beside the box; `plain` is the first reading in digits only. */
      unclear: (amounts: readonly string[], plain: string) => string;
    };
  };
  trialStatus: { title: string; status: ChoiceQuestion<typeof TRIAL_STATUSES> };
  trialTravel: {
    title: string;
    travel: ChoiceQuestion<typeof TRAVEL_CHOICES>;
    zip: QuestionText;
  };
  careTeam: {
    title: string;
    oncologistOpenToHelp: ChoiceQuestion<typeof YES_NO_UNSURE>;
    setting: ChoiceQuestion<typeof SETTINGS>;
  };
  appointment: {
    title: string;
    intro: string;
    date: QuestionText;
    clinician: QuestionText;
    notes: QuestionText;
  };
  errors: Record<StepErrorKey, ErrorText>;
};

/** The wizard's part of a language bundle. */
export type WizardContent = {
  ui: UiContent;
  questions: QuestionsContent;
  cancerTypes: Record<CancerTypeId, CancerTypeText>;
  states: Record<UsStateCode, string>;
};
