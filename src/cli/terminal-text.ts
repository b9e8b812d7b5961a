/**
 * Text from an answers file (a key name, a snippet of broken JSON, a file name) is shown on a
 * terminal, which obeys control characters: an escape sequence could move the cursor, rewrite
 * what was printed, change the window title or hide text. Every such character is shown as a
 * visible escape instead ("\u001B"), and so are the direction overrides that can make text read
 * differently from what it is.
 */

// C0 controls (all but the newline), DEL, C1 controls, and the bidirectional embeddings,
// overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function escape(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One piece of text from outside, for one line: every control character, newlines too, escaped. */
export function showInline(text: string): string {
  return text.replace(CONTROLS, escape);
}

/**
 * A whole message for the terminal: every control character escaped except the newlines that
 * separate its lines. Used on everything the command line prints, as the last guard.
 * On JSON this keeps it valid JSON with the same meaning (JSON.stringify has already escaped
 * what it must; this adds only \u escapes for the characters it leaves as they are).
 */
export function showOnTerminal(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, escape);
}
