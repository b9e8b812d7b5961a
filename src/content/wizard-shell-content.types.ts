import type { SkipReasonKey } from '../../flows/steps';

/** Words around every page: skip link, header, progress, footer. */
export type LayoutContent = {
  skipLink: string;
  /** The header's home link is the service name (wizard.ui.serviceName); this labels the header's landmark. */
  headerLabel: string;
  progress: (step: number, of: number) => string;
  footer: string;
  /** A page could not be fetched (a dropped connection). */
  pageLoadFailedHeading: string;
  pageLoadFailed: string;
  tryAgain: string;
  /** A new version of the app is ready (src/app/offline/update-prompt.tsx): it waits for the person's choice. */
  updateLabel: string;
  updateReady: string;
  updateReload: string;
};

/** Words of the "Check your answers" page. */
export type CheckAnswersContent = {
  title: string;
  intro: string;
  /** The welcome page's answers get a short heading of their own (its title is a whole sentence). */
  welcomeSectionTitle: string;
  notProvided: string;
  noneAdded: string;
  change: string;
  /** A treatment in the list: its name and how it went. */
  treatment: (name: string, outcome: string) => string;
  /** The cancer type when it is not on the list. */
  otherCancer: (typed: string) => string;
  /** Version 2: the row for a kept FDA label lookup (its question is a button, not a field). */
  labelRow: string;
  labelValue: (count: number, date: string) => string;
  skippedHeading: string;
  skippedIntro: string;
  /** Why a page was left out, one sentence per reason. */
  skippedReasons: Record<SkipReasonKey, string>;
  /** The visible words of the link to the page whose answer left another out. */
  changeThatAnswer: string;
  /** Read by screen readers after changeThatAnswer, to say which answer. */
  changeThatAnswerHidden: (pageTitle: string) => string;
  /** Pages a jump went past (navigator's task list): marked, with a way to each, never a silent "Not provided". */
  notVisitedHeading: string;
  notVisitedIntro: string;
  /** On the card of such a page. */
  notVisitedTag: string;
  /** In place of "Not provided" on such a page's questions. */
  notAskedYet: string;
  /** The visible words of the way to such a page; screen readers hear the page's title after it. */
  goToPage: string;
  goToPageHidden: (pageTitle: string) => string;
  confirmHeading: string;
  confirmText: string;
  confirm: string;
};

/** Words of the results page. */
export type ResultsContent = {
  title: string;
  intro: string;
  notAdvice: string;
  firstStepsHeading: string;
  firstStepsIntro: string;
  pathwaysHeading: string;
  pathwaysIntro: string;
  /** Read before the fit, so the fit tag makes sense on its own. */
  fitLabel: string;
  reasonsHeading: string;
  stepsHeading: string;
  questionsHeading: string;
  contactsHeading: string;
  phone: string;
  website: string;
  source: string;
  /** Read by screen readers after each outside link, which opens in a new tab so the answers stay on screen. */
  newTab: string;
  /** Read after "Source" by screen readers: whose source it is. */
  sourceHidden: (name: string) => string;
  missingHeading: string;
  missingIntro: string;
  /** Read after the question by screen readers: the link opens that question. */
  missingHidden: string;
  decideHeading: string;
  decide: string;
  changeAnswers: string;
  startAgain: string;
  startAgainConfirmHeading: string;
  startAgainConfirmText: string;
  startAgainYes: string;
  startAgainNo: string;
};

/** The wizard shell's part of a language bundle: the layout, check your answers, results. */
export type WizardShellContent = {
  layout: LayoutContent;
  checkAnswers: CheckAnswersContent;
  results: ResultsContent;
};
