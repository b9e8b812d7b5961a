/**
 * The checklist as data: what the PDF says, in reading order, with every string already in the
 * person's language and already safe to print. build-checklist.ts makes it; render-checklist-pdf.ts
 * lays it out. Keeping this layer apart lets most tests check the words without reading a PDF.
 */

/** One character (grapheme) the embedded font cannot draw, printed as the replacement marker instead. */
export type ReplacedCharacter = {
  /** The character as typed, e.g. "😀". */
  character: string;
  /** Its code points, e.g. "U+1F600". */
  codePoints: string;
};

/** A label and its value, one row of a two-column table. */
export type FactRow = { label: string; value: string };

/** Someone to call or a page to read, each line already labelled ("Phone: ..."). */
export type ContactEntry = {
  name: string;
  lines: { label: string; value: string; link?: string }[];
};

/**
 * How a table column is laid out: a row number, a bold label, a short value, or free text taking the
 * rest of the width (`name`: the same in bold).
 */
export type TableColumn = 'number' | 'label' | 'short' | 'text' | 'name';

export type GlossaryEntry = { term: string; definition: string };

/** A group of questions under a heading (one pathway, or the first steps). */
export type QuestionGroup = { heading: string; questions: string[] };

export type ChecklistBlock =
  /** The document's title and the line under it. Only on the first page. */
  | { kind: 'title'; text: string; subtitle: string }
  /** A section heading; `newPage` starts it on a fresh page. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /** Running text; a newline starts a new line. */
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  /** A place to write by hand: a label and a ruled line; `value`, when typed in the app, is printed on the line;
   * `beside` is a second one on the same line, in the right half. */
  | { kind: 'write-in'; label: string; value?: string; beside?: { label: string; value?: string } }
  /** A two-column table of labels and answers. */
  | { kind: 'facts'; rows: FactRow[] }
  /** A table with a header row that repeats on each page; `columns` says how wide each column is. */
  | { kind: 'table'; head: string[]; rows: string[][]; columns: TableColumn[] }
  /** A bulleted list. */
  | { kind: 'bullets'; items: string[] }
  /** Items with a tick box each; `columns` sets short items side by side. */
  | { kind: 'checklist'; items: string[]; columns?: 1 | 2 | 3 }
  /** Questions with a tick box each and ruled lines to write the answer on. */
  | { kind: 'questions'; groups: QuestionGroup[]; answerLines: number }
  | { kind: 'contacts'; items: ContactEntry[] }
  | { kind: 'glossary'; entries: GlossaryEntry[] };

/** Everything the renderer needs to make the PDF. */
export type ChecklistDocument = {
  /** BCP 47 language of the words, for the PDF's language property. */
  lang: string;
  /** What the download is called, e.g. "treatment-access-checklist-2026-11-21.pdf". */
  fileName: string;
  /** The day the checklist was made, YYYY-MM-DD: also the PDF's creation date. */
  madeOn: string;
  properties: { title: string; subject: string; creator: string; keywords: string };
  footer: {
    /** Product name, content version and reviewed date, on one line. */
    identity: string;
    /** The one-line reminder that this is information, not advice. */
    reminder: string;
    /** "Page X of Y" in the document's language. */
    pageLabel: (page: number, total: number) => string;
  };
  blocks: ChecklistBlock[];
  /** Characters the font cannot draw, in the order first met; each was printed as the marker. */
  replaced: ReplacedCharacter[];
};
