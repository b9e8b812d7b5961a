import type { Answers } from '../domain/answers.schema';
import { localIsoDate } from './download-file';
import type { SessionContent } from '../content/session-content.types';

/*
 * The parts of answers files that the session panel needs to draw itself and to save a file:
 * apart from answers-file.ts, whose check of an opened file brings zod and the answers' schema,
 * so the panel under the first welcome page loads without them (they load when a file is chosen;
 * docs/decisions/0011-first-screen.md).
 */

/** A saved answers file is a few kilobytes; anything over this is refused before it is read. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_MEGABYTES = MAX_IMPORT_BYTES / (1024 * 1024);

/** The longest export label: initials or a short word, to tell one patient's file from another's. */
export const MAX_EXPORT_LABEL = 20;

/**
 * The optional label for an export's file name, made safe for a file name on any system: accents
 * dropped ("José" -> "Jose"), spaces, dots and underscores turned into hyphens. Blank is no label.
 * Anything else (a slash, an emoji, a label too long) is refused, so the person can fix it: a label
 * is never cut or changed into something they did not type.
 */
export function exportLabel(typed: string): { ok: true; label: string | undefined } | { ok: false } {
  const plain = typed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/[\s._]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (plain === '') return { ok: true, label: undefined };
  if (plain.length > MAX_EXPORT_LABEL || !/^[A-Za-z0-9-]+$/.test(plain)) return { ok: false };
  return { ok: true, label: plain };
}

/**
 * The exported file: the answers object itself, with its schemaVersion, readable by a person. The
 * label (already checked by exportLabel) goes into the file name only: never into the file, never sent.
 */
export function answersToFile(
  answers: Answers,
  now: Date,
  words: SessionContent['export'],
  label?: string,
): { fileName: string; text: string } {
  return { fileName: words.fileName(localIsoDate(now), label), text: `${JSON.stringify(answers, null, 2)}\n` };
}

/**
 * What a chosen file's name says about it, shown before it replaces anything: the label and the day
 * it was saved, read from a name this tool gave ("treatment-access-answers-JD-2026-11-30.json", also
 * with a browser's " (1)"). A renamed file has no label; its date is then the file's own
 * last-modified day.
 */
export function answersFileInfo(fileName: string, lastModified: number): { label: string | undefined; isoDate: string } {
  const match = /^treatment-access-answers-(?:([A-Za-z0-9-]+)-)?(\d{4}-\d{2}-\d{2})(?: ?\(\d+\))?\.json$/.exec(fileName);
  if (match?.[2]) return { label: match[1], isoDate: match[2] };
  return { label: undefined, isoDate: localIsoDate(new Date(lastModified)) };
}
