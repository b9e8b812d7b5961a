import { readFile } from 'node:fs/promises';
import { FONT_FILES } from './font-files';
import type { ChecklistFonts } from './render-checklist-pdf';

const FONT_DIR = new URL('../../public/fonts/', import.meta.url);

/** Reads the embedded font's two faces from public/fonts/ (command line, tests, bench). */
export async function loadFontsFromDisk(): Promise<ChecklistFonts> {
  const [regular, bold] = await Promise.all([
    readFile(new URL(FONT_FILES.regular, FONT_DIR)),
    readFile(new URL(FONT_FILES.bold, FONT_DIR)),
  ]);
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
