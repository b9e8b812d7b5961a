/**
 * The only file that imports `docx`: it lays a letter out as a Word file. The browser loads it
 * (and `docx` with it) only when a person asks for a download or a share; the command line loads
 * it for `--letters DIR`.
 */
import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Letter } from './letter-document';
import { TEXT_BLANK } from './letter-text';

const FONT = 'Calibri';
const SIZE = 24; // half-points: 12 pt, readable when printed

function document(title: string, draftNotice: string, children: Paragraph[], opening = true): Document {
  const notice = () => new Paragraph({ children: [new TextRun({ text: draftNotice, bold: true, size: 18 })] });
  return new Document({
    title,
    creator: 'Treatment access navigator',
    description: draftNotice,
    styles: { default: { document: { run: { font: FONT, size: SIZE, language: { value: 'en-US' } } } } },
    sections: [
      {
        // The draft notice on every page, and first in the body too, so no page can leave without it.
        headers: { default: new Header({ children: [notice()] }) },
        footers: { default: new Footer({ children: [notice()] }) },
        children: opening ? [notice(), new Paragraph({ text: title, heading: HeadingLevel.TITLE }), ...children] : children,
      },
    ],
  });
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff;
}

/** Text on several lines as one paragraph, with a line break for each newline. */
function lines(text: string, options: { bold?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold }));
}

/** The letter as a Word document: title, body, sources; blanks drawn as lines to fill in. */
export function letterDocument(letter: Letter): Document {
  const children: Paragraph[] = [];
  for (const block of letter.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 }));
    if (block.kind === 'paragraph') children.push(new Paragraph({ children: lines(block.text), spacing: { after: 160 } }));
    if (block.kind === 'list') {
      for (const item of block.items) children.push(new Paragraph({ children: lines(item), bullet: { level: 0 } }));
    }
    if (block.kind === 'field') {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: `${block.label}: ` }), new TextRun({ text: block.value ?? TEXT_BLANK, bold: block.value !== undefined })],
          spacing: { after: 120 },
        }),
      );
    }
  }
  if (letter.sources.length > 0) {
    children.push(new Paragraph({ text: letter.sourcesHeading, heading: HeadingLevel.HEADING_3 }));
    for (const { label, source } of letter.sources) {
      children.push(new Paragraph({ children: [new TextRun({ text: `${label}: ${source.url} (${source.reviewed})`, size: 18 })], bullet: { level: 0 } }));
    }
  }
  return document(letter.title, letter.draftNotice, children);
}

/**
 * A letter the person has edited on the page, as a Word document: one paragraph per block of
 * text, in the words they left. The draft notice stays on every page whatever was edited.
 */
export function editedLetterDocument(title: string, draftNotice: string, text: string): Document {
  const paragraphs = [...text.replace(/\r\n?/g, '\n')]
    // XML, and so Word, refuses control characters; tabs become spaces.
    .map((c) => (c === '\t' ? ' ' : c))
    .filter((c) => c === '\n' || !isControl(c.codePointAt(0) ?? 0))
    .join('')
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => new Paragraph({ children: lines(part), spacing: { after: 160 } }));
  return document(title, draftNotice, paragraphs, false);
}

/** The Word file's bytes. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
