/**
 * A letter as data: what the draft says, in reading order, with every string already plain text.
 * build-letters.ts makes it from the answers; letter-text.ts turns it into text to copy and
 * render-letter-docx.ts (the only file that imports `docx`) into a Word file. Keeping this layer
 * apart lets most tests check the words without opening a .docx.
 */
import type { FactSource } from '../content/pathway-content.types';

/** The letters the app can draft, in the order they are offered. */
export const LETTER_IDS = ['expanded-access-request', 'fda-3926-worksheet', 'insurance-appeal', 'medical-necessity'] as const;
export type LetterId = (typeof LETTER_IDS)[number];

export type LetterBlock =
  /** A heading inside the letter. */
  | { kind: 'heading'; text: string }
  /** Running text; a newline starts a new line. */
  | { kind: 'paragraph'; text: string }
  /** A bulleted list. */
  | { kind: 'list'; items: string[] }
  /** A line to fill in: the label and, when the answers give it, the value; otherwise a blank. */
  | { kind: 'field'; label: string; value?: string };

/** What the person reads about a letter, in their own language. */
export type LetterNote = {
  /** What the letter is, in one or two sentences. */
  what: string;
  /** Who signs it. */
  whoSigns: string;
  /** Where it goes, and who sends it. */
  whereItGoes: string;
  /** The deadline, in the person's language, when one applies. */
  deadline?: string;
  /** Said only when the page is not in English: the letter itself is in English, and why. */
  inEnglish?: string;
};

/** One drafted letter: the body in English (it goes to a US company, insurer or the FDA), the note in the person's language. */
export type Letter = {
  id: LetterId;
  /** The letter's title, in the letter's language. */
  title: string;
  /** The title in the person's language, for the page. */
  titleForPerson: string;
  /** BCP 47 language of the body: always "en". */
  lang: 'en';
  /** What the download is called, e.g. "letter-expanded-access-request-2026-11-30.docx". */
  fileName: string;
  /** First line of every letter: a draft for the care team to check. */
  draftNotice: string;
  blocks: LetterBlock[];
  /** The sources of the facts the letter states, with the day they were checked. */
  sources: { label: string; source: FactSource }[];
  /** Heading of the sources list, in the letter's language. */
  sourcesHeading: string;
  note: LetterNote;
};
