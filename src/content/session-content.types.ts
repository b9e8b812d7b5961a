import type { SectionStatus } from '../../flows/section-status';
import type { QuestionsVoice, ShellVoice } from './navigator-voice';

/**
 * Words for keeping a session safe on a shared computer (restore, export and import, finish and
 * clear, the inactivity timeout, saving between visits) and for navigator mode.
 */

/** A message with a heading and one or more short paragraphs. */
export type Notice = {
  heading: string;
  body: readonly string[];
};

export type SessionContent = {
  /** A stored session could not be read back: it is set aside, never dropped silently. */
  setAside: Notice & {
    download: string;
    discard: string;
    /** File name for the raw data, e.g. "answers-set-aside-2026-11-21.txt". */
    fileName: (isoDate: string) => string;
    /** Added when the data was too big to keep in the browser beside the new session: download it now. */
    notStored: string;
  };
  /** A write to the browser's storage failed (full or blocked): said out loud, with a download. */
  saveFailed: Notice & {
    download: string;
  };
  /** Shown after an older stored session was brought up to date. */
  migrated: string;

  export: {
    hint: string;
    button: string;
    /** File name for the exported answers, e.g. "treatment-access-answers-JD-2026-11-21.json" (the label is optional). */
    fileName: (isoDate: string, label?: string) => string;
    /** The optional label that goes into the file name only (initials, say); never required, never sent. */
    labelLabel: string;
    labelHint: (maxCharacters: number) => string;
    labelInvalid: (maxCharacters: number) => string;
  };
  import: {
    label: string;
    hint: (maxMegabytes: number) => string;
    errorHeading: string;
    tooBig: (maxMegabytes: number) => string;
    notReadable: string;
    notJson: string;
    /** Introduces the list of field problems. */
    problemsIntro: string;
    confirmHeading: string;
    confirmBody: (fileName: string) => string;
    /** What the file's name says, shown before it replaces anything. */
    fileLabel: (label: string) => string;
    noFileLabel: string;
    fileDate: (date: string) => string;
    confirmReplace: string;
    confirmKeep: string;
    done: (fileName: string) => string;
  };

  finish: {
    button: string;
    hint: string;
    confirmHeading: string;
    confirmBody: string;
    confirmYes: string;
    confirmNo: string;
    /** Shown on the welcome page after everything was cleared. */
    cleared: string;
  };

  timeout: {
    dialogHeading: string;
    /** The countdown, in words; seconds left is always a whole number. */
    countdown: (secondsLeft: number) => string;
    /** The countdown when the answers are kept on this computer: the screen closes, the kept copy stays. */
    countdownKept: (secondsLeft: number) => string;
    explain: string;
    explainKept: string;
    /** Introduces the downloads offered in the warning, before anything is cleared. */
    saveFirst: string;
    downloadAnswers: string;
    downloadChecklist: string;
    downloadingChecklist: string;
    checklistFailed: string;
    /** Offered in the warning when the only thing to clear is a session set aside as damaged. */
    downloadSetAside: string;
    stillHere: string;
    clearNow: string;
    /** "Clear now" when the answers are kept: only the screen closes. */
    closeNow: string;
    /** Shown on the welcome page after the timeout cleared everything. */
    cleared: (minutes: number) => string;
    /** Shown on the welcome page after the timeout closed a kept session, with the two choices below. */
    closedKept: Notice;
    continueKept: string;
    deleteKept: string;
    /** After "Delete the kept answers". */
    keptDeleted: string;
    /** Another tab of the app in this browser was finished and cleared, or timed out. */
    otherTab: string;
    /** Anyone can choose the time-out, in the session panel (and beside the page in navigator mode). */
    setting: {
      label: string;
      hint: string;
      option: (minutes: number) => string;
      never: string;
    };
  };

  keep: {
    heading: string;
    label: string;
    explain: readonly string[];
    on: string;
    turnedOff: string;
    /** The copy could not be written: nothing is kept. */
    failed: string;
  };

  /** Heading of the panel that holds save, open, keep and finish. */
  panelHeading: string;
  /** Heading over saving to a file and opening one. */
  filesHeading: string;
  dismiss: string;
};

export type NavigatorContent = {
  toggle: {
    label: string;
    hint: string;
  };
  taskList: {
    heading: string;
    hint: string;
    status: Record<SectionStatus, string>;
    current: string;
    /** Names of the sections, by machine state id. */
    sections: Record<string, string>;
  };
  notes: {
    label: (section: string) => string;
    hint: (maxCharacters: number) => string;
    tooLong: (maxCharacters: number) => string;
  };
  shortcuts: {
    heading: string;
    help: readonly string[];
  };
  /** The question pages in the third person, for a navigator reading them to the patient. */
  voice: QuestionsVoice;
  /** The check page and the results page in the third person (the pathway reasons stay as they are). */
  shellVoice: ShellVoice;
  /** Shown beside each reason on the results page in navigator mode. */
  rule: (ruleId: string) => string;
  /** The clinician summary page after the patient's pages of the PDF, in navigator mode. */
  summary: {
    title: string;
    intro: string;
    linesOfTherapy: string;
    pathways: string;
    pathwayColumns: { pathway: string; fit: string; rules: string };
    /** Says whose the key questions are: the patient's own, in the first person, put to the clinician. */
    keyQuestions: string;
    /** One of the patient's questions, quoted as the patient's own words. */
    quoted: (question: string) => string;
    notes: string;
    none: string;
  };
};
