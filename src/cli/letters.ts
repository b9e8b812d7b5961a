/**
 * `--letters DIR`: writes the letters that fit the answers into a folder, one .docx each. Each
 * file is written by ./files.ts (a temporary file beside it, then renamed), so a failed write
 * never leaves half a letter where a good one was. The file names are the product's own, never
 * taken from the answers.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../content/languages';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { buildLetters } from '../letters/build-letters';
import { docxBytes, letterDocument } from '../letters/render-letter-docx';
import { letters as bodies } from '../../templates/en/letters';
import { letterWords as enWords } from '../../templates/en/letter-words';
import { letterWords as esWords } from '../../templates/es/letter-words';
import { replaceFileAtomically, type WriteBytes } from './files';
import { showInline } from './terminal-text';

const WORDS = { en: enWords, es: esWords } as const;

export type LettersOutcome = { ok: boolean; message: string };

/** Writes the letters into `dir` (made when missing); says what was written, or why not. Never throws. */
export async function writeLetters(options: {
  dir: string;
  answers: Answers;
  evaluation: Evaluation;
  lang: Lang;
  madeOn: string;
  write?: WriteBytes;
}): Promise<LettersOutcome> {
  const { dir, answers, evaluation, lang, madeOn, write } = options;
  const words = WORDS[lang];
  const shown = showInline(dir);
  try {
    const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info && !info.isDirectory()) return { ok: false, message: words.cli.notAFolder(shown) };
  } catch {
    return { ok: false, message: words.cli.cannotWrite(shown) };
  }
  const letters = buildLetters({ answers, evaluation, bodies, words, lang, madeOn });
  if (letters.length === 0) return { ok: true, message: words.cli.none(shown) };
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    return { ok: false, message: words.cli.cannotWrite(shown) };
  }
  for (const letter of letters) {
    const path = join(dir, letter.fileName);
    let bytes: Uint8Array;
    try {
      bytes = await docxBytes(letterDocument(letter));
    } catch {
      return { ok: false, message: words.cli.cannotWrite(showInline(path)) };
    }
    const written = await replaceFileAtomically(path, bytes, write);
    if (!written.ok) return { ok: false, message: words.cli.cannotWrite(showInline(path)) };
  }
  return { ok: true, message: words.cli.wrote(letters.length, shown, letters.map((l) => l.fileName).join(', ')) };
}
