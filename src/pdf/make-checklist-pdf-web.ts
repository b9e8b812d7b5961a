import { buildChecklist, type ChecklistInput } from './build-checklist';
import type { ReplacedCharacter } from './checklist-document';
import { loadFontsFromWeb } from './load-fonts-web';
import { renderChecklistPdf } from './render-checklist-pdf';

/** A finished checklist, ready to save. */
export type MadeChecklist = { blob: Blob; fileName: string; replaced: ReplacedCharacter[] };

/**
 * Makes the checklist PDF in the browser. This module is the entry of the lazy PDF chunk: jsPDF and
 * the font files are fetched only when a person asks for the checklist.
 */
export async function makeChecklistPdf(input: ChecklistInput, baseUrl: string): Promise<MadeChecklist> {
  const checklist = buildChecklist(input);
  const bytes = renderChecklistPdf(checklist, await loadFontsFromWeb(baseUrl));
  return {
    blob: new Blob([bytes.slice().buffer], { type: 'application/pdf' }),
    fileName: checklist.fileName,
    replaced: checklist.replaced,
  };
}
