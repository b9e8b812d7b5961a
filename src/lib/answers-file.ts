import { formatProblem } from '../domain/answer-problems';
import type { Migration } from '../domain/migrate-answers';
import { parseAnswers, type CheckedAnswers } from '../domain/parse-answers';
import type { ProblemsContent } from '../content/pathway-content.types';
import type { SessionContent } from '../content/session-content.types';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES } from './answers-file-basics';

// The file name, the save and the limits live in answers-file-basics.ts (no schema); said here too for the checks' callers.
export { MAX_EXPORT_LABEL, MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES, answersFileInfo, answersToFile, exportLabel } from './answers-file-basics';

export type ImportWords = { import: SessionContent['import']; problems: ProblemsContent };

/** Either usable answers, or every problem in plain words (each naming its field). */
export type ImportResult = { ok: true; answers: CheckedAnswers } | { ok: false; messages: string[] };

/** Checks the text of an answers file: JSON first, then the engine's schema (migrating older versions). */
export function parseAnswersText(text: string, words: ImportWords, migrations?: readonly Migration[]): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, messages: [words.import.tooBig(MAX_IMPORT_MEGABYTES)] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, messages: [words.import.notJson] };
  }
  const parsed = parseAnswers(json, migrations ? { migrations } : {});
  if (parsed.ok) return parsed;
  return { ok: false, messages: parsed.problems.map((problem) => formatProblem(problem, words.problems)) };
}

/** Reads a chosen file: refused by size before any of it is read, then checked like any answers text. */
export async function readAnswersFile(file: Blob, words: ImportWords): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, messages: [words.import.tooBig(MAX_IMPORT_MEGABYTES)] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, messages: [words.import.notReadable] };
  }
  return parseAnswersText(text, words);
}
