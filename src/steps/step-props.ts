import type { RefObject } from 'react';
import type { LookupKeepEvent } from '../../flows/navigator.events';
import type { Answers } from '../domain/answers.schema';

/**
 * What one page submits: the top-level sections it owns, each holding only that page's fields.
 * A field set to `undefined` clears an earlier answer (the machine's merge drops it).
 */
export type AnswersPatch = Partial<Omit<Answers, 'schemaVersion'>>;

/**
 * What was on a page's form when the person pressed Back: unchecked, possibly half typed or invalid.
 * The shell keeps it only to show the page as it was left; it is never an answer.
 */
export type StepDraft = Record<string, unknown>;

/** Every question page takes the answers so far and calls back; it knows nothing of navigation. */
export type StepProps = {
  answers: Answers;
  onSubmit: (patch: AnswersPatch) => void;
  /** Called with the form as it is, so typing not yet submitted is not lost. */
  onBack?: (draft: StepDraft) => void;
  /** The form as it was left with Back; when given, the page starts from it instead of the answers. */
  draft?: StepDraft;
  /** Filled in by the page while it is shown: reads the form as it is, for the browser's Back button. */
  draftReaderRef?: RefObject<(() => StepDraft) | null>;
  /** Saves a ClinicalTrials.gov lookup the person kept (trials, expanded access) at once, without moving. */
  onKeepLookup?: (event: LookupKeepEvent) => void;
};
