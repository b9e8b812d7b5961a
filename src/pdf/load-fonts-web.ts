import { FONT_FILES } from './font-files';
import type { ChecklistFonts } from './render-checklist-pdf';

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the checklist font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches the embedded font's two faces from the app's own /fonts/ folder, only when a checklist is made. */
export async function loadFontsFromWeb(baseUrl: string): Promise<ChecklistFonts> {
  const [regular, bold] = await Promise.all([fetchFont(`${baseUrl}fonts/${FONT_FILES.regular}`), fetchFont(`${baseUrl}fonts/${FONT_FILES.bold}`)]);
  return { regular, bold };
}
