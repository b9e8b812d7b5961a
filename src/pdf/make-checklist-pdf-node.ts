import { buildChecklist, type ChecklistInput } from './build-checklist';
import type { ReplacedCharacter } from './checklist-document';
import { loadFontsFromDisk } from './load-fonts-node';
import { renderChecklistPdf } from './render-checklist-pdf';

/** Makes the checklist PDF in Node (the command line): the same document the browser makes. */
export async function makeChecklistPdfInNode(input: ChecklistInput): Promise<{ bytes: Uint8Array; replaced: ReplacedCharacter[] }> {
  const checklist = buildChecklist(input);
  return { bytes: renderChecklistPdf(checklist, await loadFontsFromDisk()), replaced: checklist.replaced };
}
