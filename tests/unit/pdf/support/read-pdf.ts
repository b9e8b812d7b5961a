// First: it takes Node's JSON and Array.prototype.push before pdfjs-dist replaces them.
import { restoreNativeBuiltins } from './native-builtins';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdfjs runs its worker in this thread (there is no Worker in Node): handed over here, it is loaded
// now rather than on the first read, so the built-ins it replaces too are put back once, below.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

const require = createRequire(import.meta.url);
const STANDARD_FONTS = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/**
 * Where the footer begins, in PDF points from the page's foot: the body is above it. The layout
 * keeps 15 mm margins and two 4.5 mm footer lines with a rule above them (about 26 mm).
 */
export const FOOTER_TOP = 27 * (72 / 25.4);

/** One run of text as pdfjs sees it, in PDF points from the page's bottom-left corner. */
export type TextItem = { str: string; x: number; y: number; width: number; height: number };

/** A drawn square (a tick box), by its lower-left corner and side, in PDF points. */
export type DrawnSquare = { x: number; y: number; side: number };

export type ReadPage = { width: number; height: number; items: TextItem[]; text: string; squares: DrawnSquare[] };

export type ReadPdf = {
  pages: ReadPage[];
  /** Every page's text, items joined by spaces, whitespace collapsed. */
  text: string;
  info: Record<string, unknown>;
  lang: string | null;
};

/** Reads a PDF back the way a test should see it: text, positions and document properties. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // getDocument takes ownership of (and empties) the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice(), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: ReadPage[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, height: item.height });
      }
      pages.push({
        width: viewport.width,
        height: viewport.height,
        items,
        text: normalise(items.map((i) => i.str).join(' ')),
        squares: await squaresOf(page),
      });
    }
    const metadata = await pdf.getMetadata();
    const info = metadata.info as Record<string, unknown>;
    const lang = typeof info.Language === 'string' ? info.Language : null;
    return { pages, text: pages.map((p) => p.text).join(' '), info, lang };
  } finally {
    await task.destroy();
    // In case pdfjs loaded more of itself while reading.
    restoreNativeBuiltins();
  }
}

/** Paths whose bounding box is a small square: the drawn tick boxes (table borders and rules are not square). */
async function squaresOf(page: { getOperatorList: () => Promise<{ fnArray: number[]; argsArray: unknown[] }> }): Promise<DrawnSquare[]> {
  const ops = await page.getOperatorList();
  const squares: DrawnSquare[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    const box = (ops.argsArray[i] as unknown[])[2] as Record<number, number> | null | undefined;
    if (!box) return;
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = [box[0], box[1], box[2], box[3]];
    const width = x1 - x0;
    const height = y1 - y0;
    if (width > 5 && width < 30 && Math.abs(width - height) < 0.5) squares.push({ x: x0, y: y0, side: width });
  });
  return squares;
}

/**
 * The text of every page above `footerTop` (PDF points from the bottom), all pages joined: what
 * the body says, without the footer lines that sit between a paragraph's two halves at a page break.
 */
export function bodyText(pdf: ReadPdf, footerTop: number): string {
  return normalise(pdf.pages.map((page) => page.items.filter((item) => item.y > footerTop).map((item) => item.str).join(' ')).join(' '));
}

/** Every text item that reaches into a margin of `margin` points, described for a failure message. */
export function textOutsideMargins(pdf: ReadPdf, margin: number): string[] {
  return pdf.pages.flatMap((page, n) =>
    page.items
      .filter(
        (item) =>
          item.x < margin ||
          item.x + item.width > page.width - margin ||
          item.y - 0.25 * item.height < margin ||
          item.y + item.height > page.height - margin,
      )
      .map((item) => `page ${n + 1} at (${item.x.toFixed(1)}, ${item.y.toFixed(1)}): "${item.str}"`),
  );
}

/** Collapses runs of whitespace so wrapped lines compare equal to the one-line original. */
export function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Removes all whitespace: for text that may be broken inside a word (a long unbroken name). */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}
