import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { ChecklistBlock, ChecklistDocument, ContactEntry, QuestionGroup, TableColumn } from './checklist-document';

/** The two faces of the embedded font, as the bytes of TrueType files. */
export type ChecklistFonts = { regular: Uint8Array; bold: Uint8Array };

const FONT = 'DejaVuSans';
const PT = 25.4 / 72; // millimetres per point

// US Letter: what home printers in the US hold. Margins of 15 mm survive any of them (most need 6.4 mm).
const PAGE = { width: 215.9, height: 279.4, margin: 15 } as const;
const LEFT = PAGE.margin;
const RIGHT = PAGE.width - PAGE.margin;
const WIDTH = RIGHT - LEFT;
const TOP = PAGE.margin;
// The footer sits inside the bottom margin box, one line per 4.5 mm at 9 pt; the body stops above it.
const FOOTER_LINE = 4.5;

const SIZE = { title: 17, h1: 13.5, h2: 12, h3: 10.5, body: 10, footer: 9 } as const;
const LINE = 1.18; // line height as a multiple of the font size
const BOX = 4.2; // tick box side, mm
const INDENT = 7; // text after a tick box or bullet, mm
const CONTACT_INDENT = 3; // a contact's lines under its name, mm
const ANSWER_LINE_GAP = 6; // room to write by hand between ruled lines, mm

type Style = 'normal' | 'bold';

function lineHeight(size: number): number {
  return size * PT * LINE;
}

function binaryString(bytes: Uint8Array): string {
  let out = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

/** Each face's advance widths (in units of the font size) by UTF-16 code unit, as jsPDF measures them. */
const unitWidths = new WeakMap<jsPDF, Map<string, Map<number, number>>>();

/**
 * A measure of text in mm in the doc's current font and size: what doc.getTextWidth gives (jsPDF
 * adds each code unit's glyph advance, no kerning), but each code unit is measured once per face
 * and each piece once per measure. getTextWidth runs jsPDF's Arabic shaper over the whole string
 * every time, which made laying out the longest answers cost seconds.
 */
function measure(doc: jsPDF): (text: string) => number {
  let faces = unitWidths.get(doc);
  if (!faces) {
    faces = new Map();
    unitWidths.set(doc, faces);
  }
  const { fontName, fontStyle } = doc.getFont();
  const face = `${fontName}/${fontStyle}`;
  let widths = faces.get(face);
  if (!widths) {
    widths = new Map();
    faces.set(face, widths);
  }
  const known = widths;
  const scale = doc.getFontSize() / doc.internal.scaleFactor;
  const measured = new Map<string, number>();
  return (text) => {
    let width = measured.get(text);
    if (width !== undefined) return width;
    let units = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let unit = known.get(code);
      if (unit === undefined) {
        unit = doc.getStringUnitWidth(String.fromCharCode(code));
        known.set(code, unit);
      }
      units += unit;
    }
    width = units * scale;
    measured.set(text, width);
    return width;
  };
}

/**
 * Wraps text to `width` in the doc's current font. Lines break at spaces (and in a web address also
 * after a slash, ? or &); a word too long for a line breaks after a hyphen or slash, and only then
 * between letters. Each newline in the text starts a new line.
 */
/** Wrapped text already laid out, per document: a table cell is wrapped to find its height and again to draw it. */
const wrapped = new WeakMap<jsPDF, Map<string, string[]>>();

function wrap(doc: jsPDF, text: string, width: number, breaks: 'words' | 'address'): string[] {
  let known = wrapped.get(doc);
  if (!known) {
    known = new Map();
    wrapped.set(doc, known);
  }
  const { fontName, fontStyle } = doc.getFont();
  const key = `${fontName}/${fontStyle}/${doc.getFontSize()}/${width}/${breaks}/${text}`;
  let lines = known.get(key);
  if (!lines) {
    lines = wrapNew(doc, text, width, breaks);
    known.set(key, lines);
  }
  return [...lines];
}

function wrapNew(doc: jsPDF, text: string, width: number, breaks: 'words' | 'address'): string[] {
  // Widths add up glyph by glyph, so a line's width is a running sum of its pieces' widths.
  const widthOf = measure(doc);
  const fits = (piece: string) => widthOf(piece) <= width;
  const at = breaks === 'address' ? /(?<=[ /?&])/u : /(?<= )/u;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const pieces = paragraph.split(at).flatMap((piece) => (fits(piece.trimEnd()) ? [piece] : piece.split(/(?<=[-/])/u)));
    for (const piece of pieces) {
      if (lineWidth + widthOf(piece.trimEnd()) <= width) {
        line += piece;
        lineWidth += widthOf(piece);
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
      if (fits(piece.trimEnd())) {
        line = piece;
        lineWidth = widthOf(piece);
      } else {
        // Between letters, as many as fit on each line (never between the halves of a surrogate pair).
        for (const letter of piece) {
          const letterWidth = widthOf(letter);
          if (line !== '' && lineWidth + letterWidth > width) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += letter;
          lineWidth += letterWidth;
        }
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Lays out blocks top to bottom, starting a new page when the next piece would not fit. */
class Flow {
  y: number = TOP;

  /** @param bottom where the body stops on every page (mm from the top), above the footer */
  constructor(
    readonly doc: jsPDF,
    readonly bottom: number,
  ) {}

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
  }

  /** Makes sure `height` mm fit below the cursor; a piece taller than a page starts at the top. */
  room(height: number): void {
    if (this.y + height > this.bottom && this.y > TOP) this.newPage();
  }

  lines(text: string, width: number, size: number, style: Style, breaks: 'words' | 'address' = 'words'): string[] {
    this.doc.setFont(FONT, style);
    this.doc.setFontSize(size);
    return wrap(this.doc, text, width, breaks);
  }

  /** Writes wrapped lines at `x`, breaking across pages between lines; returns each line's baseline. */
  write(lines: string[], x: number, size: number, style: Style): { page: number; baseline: number }[] {
    const step = lineHeight(size);
    const placed: { page: number; baseline: number }[] = [];
    for (const line of lines) {
      this.room(step);
      this.doc.setFont(FONT, style);
      this.doc.setFontSize(size);
      const baseline = this.y + size * PT * 0.95;
      this.doc.text(line, x, baseline);
      placed.push({ page: this.doc.getCurrentPageInfo().pageNumber, baseline });
      this.y += step;
    }
    return placed;
  }

  gap(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  tickBox(baseline: number): void {
    this.doc.setLineWidth(0.35);
    this.doc.rect(LEFT, baseline - BOX + 0.6, BOX, BOX, 'S');
  }

  rule(x1: number, x2: number, y: number, width = 0.2): void {
    this.doc.setLineWidth(width);
    this.doc.line(x1, y, x2, y);
  }
}

/** Draws a heading; `follow` is the height (mm) of what must stay on the same page below it. */
function heading(flow: Flow, block: Extract<ChecklistBlock, { kind: 'heading' }>, follow = 2 * lineHeight(SIZE.body)): void {
  const size = headingSize(block.level);
  if (block.newPage && flow.y > TOP) flow.newPage();
  else flow.gap(block.level === 1 ? 4 : block.level === 2 ? 3 : 1.2);
  const lines = flow.lines(block.text, WIDTH, size, 'bold');
  // Keep a heading with the start of what follows it.
  flow.room(lines.length * lineHeight(size) + follow + 1);
  flow.write(lines, LEFT, size, 'bold');
  if (block.level === 1) {
    flow.rule(LEFT, RIGHT, flow.y - 0.5, 0.4);
    flow.gap(2);
  } else {
    flow.gap(block.level === 2 ? 1 : 0.5);
  }
}

function paragraph(flow: Flow, text: string, style: Style): void {
  flow.write(flow.lines(text, WIDTH, SIZE.body, style), LEFT, SIZE.body, style);
  flow.gap(1.5);
}

function ticked(flow: Flow, items: string[]): void {
  for (const item of items) {
    const lines = flow.lines(item, WIDTH - INDENT, SIZE.body, 'normal');
    flow.room(lines.length * lineHeight(SIZE.body));
    const [first] = flow.write(lines, LEFT + INDENT, SIZE.body, 'normal');
    if (first) {
      flow.doc.setPage(first.page);
      flow.tickBox(first.baseline);
      flow.doc.setPage(flow.doc.getNumberOfPages());
    }
    flow.gap(1);
  }
}

function bullets(flow: Flow, items: string[]): void {
  for (const item of items) {
    const lines = flow.lines(item, WIDTH - INDENT, SIZE.body, 'normal');
    flow.room(Math.min(lines.length, 2) * lineHeight(SIZE.body));
    const [first] = flow.write(lines, LEFT + INDENT, SIZE.body, 'normal');
    if (first) {
      flow.doc.setPage(first.page);
      flow.doc.setFont(FONT, 'normal');
      flow.doc.text('\u2022', LEFT + 2, first.baseline);
      flow.doc.setPage(flow.doc.getNumberOfPages());
    }
    flow.gap(0.9);
  }
}

function questions(flow: Flow, groups: QuestionGroup[], answerLines: number): void {
  const answerHeight = answerLines * ANSWER_LINE_GAP;
  const questionHeight = (question: string) =>
    flow.lines(question, WIDTH - INDENT, SIZE.body, 'normal').length * lineHeight(SIZE.body) + answerHeight;
  for (const group of groups) {
    if (group.heading) heading(flow, { kind: 'heading', level: 3, text: group.heading }, questionHeight(group.questions[0] ?? ''));
    for (const question of group.questions) {
      const lines = flow.lines(question, WIDTH - INDENT, SIZE.body, 'normal');
      flow.room(questionHeight(question));
      const [first] = flow.write(lines, LEFT + INDENT, SIZE.body, 'normal');
      if (first) {
        flow.doc.setPage(first.page);
        flow.tickBox(first.baseline);
        flow.doc.setPage(flow.doc.getNumberOfPages());
      }
      for (let i = 0; i < answerLines; i += 1) {
        flow.room(ANSWER_LINE_GAP);
        flow.y += ANSWER_LINE_GAP;
        flow.doc.setDrawColor(90);
        flow.rule(LEFT + INDENT, RIGHT, flow.y - 1);
        flow.doc.setDrawColor(0);
      }
      flow.gap(1.5);
    }
  }
}

/**
 * The contact directory in two columns, read down the left one and then the right one, as in a
 * newspaper: a page's columns fill to its foot, the last page's two are balanced. A contact (its
 * name in bold, then its lines) is never split.
 */
function contacts(flow: Flow, items: ContactEntry[]): void {
  const gutter = 6;
  const column = (WIDTH - gutter) / 2;
  const body = lineHeight(SIZE.body);
  const gap = 2;
  const laidOut = items.map((contact) => {
    const name = flow.lines(contact.name, column, SIZE.body, 'bold');
    const rows = contact.lines.map((line) => ({
      line,
      wrapped: flow.lines(`${line.label} ${line.value}`, column - CONTACT_INDENT, SIZE.body, 'normal', line.link ? 'address' : 'words'),
    }));
    return { name, rows, height: (name.length + rows.reduce((sum, r) => sum + r.wrapped.length, 0)) * body + gap };
  });
  const heightOf = (entries: typeof laidOut) => entries.reduce((sum, entry) => sum + entry.height, 0);
  const draw = (entries: typeof laidOut, x: number, top: number): number => {
    flow.y = top;
    for (const contact of entries) {
      flow.write(contact.name, x, SIZE.body, 'bold');
      for (const { line, wrapped } of contact.rows) {
        const placed = flow.write(wrapped, x + CONTACT_INDENT, SIZE.body, 'normal');
        // Make the printed address clickable for whoever reads the file on screen.
        if (line.link) for (const spot of placed) flow.doc.link(x + CONTACT_INDENT, spot.baseline - SIZE.body * PT, column - CONTACT_INDENT, body, { url: line.link });
      }
      flow.gap(gap);
    }
    return flow.y;
  };
  let rest = laidOut;
  while (rest.length > 0) {
    flow.room(rest[0]?.height ?? 0);
    const top = flow.y;
    const room = flow.bottom - top;
    // The left column takes what fits; when the rest then fits on the right, the split that makes the two most even.
    let split = 0;
    while (split < rest.length && heightOf(rest.slice(0, split + 1)) <= room) split += 1;
    let best = { split: Math.max(split, 1), height: Infinity };
    for (let k = 1; k <= split; k += 1) {
      const [left, right] = [heightOf(rest.slice(0, k)), heightOf(rest.slice(k))];
      if (right <= room && Math.max(left, right) < best.height) best = { split: k, height: Math.max(left, right) };
    }
    const leftEntries = rest.slice(0, best.split);
    let rightCount = 0;
    const after = rest.slice(best.split);
    while (rightCount < after.length && heightOf(after.slice(0, rightCount + 1)) <= room) rightCount += 1;
    const bottom = Math.max(draw(leftEntries, LEFT, top), draw(after.slice(0, rightCount), LEFT + column + gutter, top));
    rest = after.slice(rightCount);
    flow.y = bottom;
    if (rest.length > 0) flow.newPage();
  }
}

type Run = { text: string; style: Style };

/** Wraps runs of text in two styles to `width`, breaking at spaces: a line is a list of runs. */
function wrapRuns(doc: jsPDF, runs: Run[], width: number, size: number): Run[][] {
  doc.setFontSize(size);
  const widthIn: Record<Style, (text: string) => number> = {
    normal: (doc.setFont(FONT, 'normal'), measure(doc)),
    bold: (doc.setFont(FONT, 'bold'), measure(doc)),
  };
  const lines: Run[][] = [];
  let line: Run[] = [];
  let lineWidth = 0;
  for (const run of runs) {
    for (const text of run.text.split(/(?<= )/u)) {
      if (line.length > 0 && lineWidth + widthIn[run.style](text.trimEnd()) > width) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      const last = line.at(-1);
      if (last?.style === run.style) last.text += text;
      else line.push({ text, style: run.style });
      lineWidth += widthIn[run.style](text);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The words used: each term in bold, its meaning after it on the same line; an entry never split. */
function glossary(flow: Flow, entries: { term: string; definition: string }[]): void {
  const step = lineHeight(SIZE.body);
  for (const entry of entries) {
    const lines = wrapRuns(flow.doc, [{ text: `${entry.term}: `, style: 'bold' }, { text: entry.definition, style: 'normal' }], WIDTH, SIZE.body);
    flow.room(lines.length * step);
    for (const line of lines) {
      flow.room(step);
      const baseline = flow.y + SIZE.body * PT * 0.95;
      let x = LEFT;
      for (const run of line) {
        flow.doc.setFont(FONT, run.style);
        flow.doc.setFontSize(SIZE.body);
        flow.doc.text(run.text.trimEnd(), x, baseline);
        x += measure(flow.doc)(run.text);
      }
      flow.y += step;
    }
    flow.gap(0.8);
  }
}

const COLUMN_WIDTH: Record<Exclude<TableColumn, 'text' | 'name'>, number> = { number: 13, label: 42, short: 52 };
const isFree = (column: TableColumn): column is 'text' | 'name' => column === 'text' || column === 'name';
const isBold = (column: TableColumn | undefined) => column === 'label' || column === 'name';
const FACT_COLUMNS: TableColumn[] = ['label', 'text'];
// Tables up to this tall (mm) are never split across pages.
const KEEP_TOGETHER = 70;
// A table of facts (label and value, no header) may part between rows rather than leave a page's foot empty.
const FACTS_KEEP_TOGETHER = 20;
const CELL_PADDING = { top: 0.8, bottom: 0.8, left: 1.6, right: 1.6 } as const;

function columnWidths(columns: TableColumn[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (isFree(c) ? 0 : COLUMN_WIDTH[c]), 0);
  const free = columns.filter(isFree).length;
  return columns.map((c) => (isFree(c) ? (WIDTH - fixed) / Math.max(free, 1) : COLUMN_WIDTH[c]));
}

/** Height of one table row, so a header is never left alone at the foot of a page. */
function rowHeight(flow: Flow, cells: string[], widths: number[], columns: TableColumn[], bold: boolean): number {
  const lines = cells.map((cell, i) => {
    const style: Style = bold || isBold(columns[i]) ? 'bold' : 'normal';
    return flow.lines(cell, (widths[i] ?? WIDTH) - CELL_PADDING.left - CELL_PADDING.right, SIZE.body, style).length;
  });
  // autotable's own line height (1.15 of the font size) plus the cell padding.
  return Math.max(1, ...lines) * SIZE.body * PT * 1.15 + CELL_PADDING.top + CELL_PADDING.bottom + 0.5;
}

/** The height a table needs on its first page: all of a short table; a long one's header and first row. */
function tableStart(flow: Flow, head: string[] | undefined, body: string[][], columns: TableColumn[], keep = KEEP_TOGETHER): number {
  const widths = columnWidths(columns);
  const headHeight = head ? rowHeight(flow, head, widths, columns, true) : 0;
  const heights = body.map((row) => rowHeight(flow, row, widths, columns, false));
  const whole = headHeight + heights.reduce((sum, h) => sum + h, 0);
  return whole <= keep ? whole : headHeight + (heights[0] ?? 0);
}

function table(flow: Flow, head: string[] | undefined, body: string[][], columns: TableColumn[], keep = KEEP_TOGETHER): void {
  const widths = columnWidths(columns);
  flow.room(tableStart(flow, head, body, columns, keep));
  let endY = flow.y;
  autoTable(flow.doc, {
    startY: flow.y,
    margin: { top: TOP, left: LEFT, right: PAGE.width - RIGHT, bottom: PAGE.height - flow.bottom },
    tableWidth: WIDTH,
    theme: 'plain',
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    ...(head ? { head: [head] } : {}),
    body,
    styles: {
      font: FONT,
      fontSize: SIZE.body,
      textColor: 0,
      lineColor: 0,
      lineWidth: 0.2,
      cellPadding: CELL_PADDING,
      overflow: (text, width) => wrap(flow.doc, Array.isArray(text) ? text.join('\n') : text, width, 'words'),
      valign: 'top',
    },
    headStyles: { fontStyle: 'bold', fillColor: 230 },
    columnStyles: Object.fromEntries(
      columns.map((c, i) => [i, { cellWidth: widths[i] ?? 'auto', fontStyle: isBold(c) ? 'bold' : 'normal' }]),
    ),
    didDrawPage: (data) => {
      endY = data.cursor?.y ?? endY;
    },
  });
  flow.y = endY;
  flow.gap(3);
}

function writeIn(flow: Flow, label: string, value?: string, beside?: { label: string; value?: string }): void {
  flow.room(9);
  flow.y += 3;
  const top = flow.y;
  const halves: { label: string; value?: string; from: number; to: number }[] = beside
    ? [
        { label, value, from: LEFT, to: LEFT + WIDTH * 0.42 },
        { ...beside, from: LEFT + WIDTH * 0.42 + 5, to: RIGHT },
      ]
    : [{ label, value, from: LEFT, to: RIGHT }];
  let bottom = top;
  for (const half of halves) {
    flow.y = top;
    const [spot] = flow.write([half.label], half.from, SIZE.body, 'bold');
    if (!spot) continue;
    const start = half.from + flow.doc.getTextWidth(half.label) + 2;
    if (half.value) {
      // What was typed sits on the line; a long value wraps below it.
      flow.y = top;
      flow.write(flow.lines(half.value, half.to - start - 1, SIZE.body, 'normal'), start + 1, SIZE.body, 'normal');
    }
    flow.rule(start, half.to, spot.baseline + 0.8, 0.3);
    bottom = Math.max(bottom, flow.y);
  }
  flow.y = bottom;
  flow.gap(1.5);
}

/** Short items with a tick box each, `count` to a row (what to bring, on page 1). */
function tickedColumns(flow: Flow, items: string[], count: number): void {
  const column = WIDTH / count;
  for (let i = 0; i < items.length; i += count) {
    const pair = items.slice(i, i + count).map((item) => flow.lines(item, column - INDENT - 2, SIZE.body, 'normal'));
    const height = Math.max(...pair.map((lines) => lines.length)) * lineHeight(SIZE.body);
    flow.room(height);
    const top = flow.y;
    let bottom = top;
    pair.forEach((lines, j) => {
      flow.y = top;
      const x = LEFT + j * column;
      const [first] = flow.write(lines, x + INDENT, SIZE.body, 'normal');
      if (first) {
        flow.doc.setLineWidth(0.35);
        flow.doc.rect(x, first.baseline - BOX + 0.6, BOX, BOX, 'S');
      }
      bottom = Math.max(bottom, flow.y);
    });
    flow.y = bottom;
    flow.gap(1.2);
  }
}

function title(flow: Flow, text: string, subtitle: string): void {
  flow.write(flow.lines(text, WIDTH, SIZE.title, 'bold'), LEFT, SIZE.title, 'bold');
  flow.gap(1);
  flow.write(flow.lines(subtitle, WIDTH, SIZE.body, 'normal'), LEFT, SIZE.body, 'normal');
  flow.gap(1);
  flow.rule(LEFT, RIGHT, flow.y, 0.6);
  flow.gap(3);
}

function headingSize(level: 1 | 2 | 3): number {
  return level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
}

/** The height of the first piece of a block that must not be parted from the heading above it. */
function leadHeight(flow: Flow, block: ChecklistBlock | undefined, after: ChecklistBlock[]): number {
  const body = lineHeight(SIZE.body);
  const linesOf = (text: string, width: number, style: Style = 'normal') => flow.lines(text, width, SIZE.body, style).length;
  if (!block) return 0;
  switch (block.kind) {
    case 'heading':
      return (
        linesOf(block.text, WIDTH, 'bold') * lineHeight(headingSize(block.level)) + 6 + leadHeight(flow, after[0], after.slice(1))
      );
    case 'paragraph':
      return Math.min(2, linesOf(block.text, WIDTH)) * body;
    case 'bullets':
    case 'checklist':
      return Math.min(3, linesOf(block.items[0] ?? '', WIDTH - INDENT)) * body;
    case 'questions': {
      const first = block.groups[0];
      return lineHeight(SIZE.h3) + 3 + linesOf(first?.questions[0] ?? '', WIDTH - INDENT) * body + block.answerLines * ANSWER_LINE_GAP;
    }
    case 'contacts': {
      const first = block.items[0];
      return first ? (1 + first.lines.length) * body : 0;
    }
    case 'glossary':
      return 3 * body;
    case 'facts':
      return tableStart(flow, undefined, block.rows.map((r) => [r.label, r.value]), FACT_COLUMNS, FACTS_KEEP_TOGETHER);
    case 'table':
      return tableStart(flow, block.head, block.rows, block.columns);
    default:
      return 2 * body;
  }
}

function drawBlock(flow: Flow, block: ChecklistBlock, after: ChecklistBlock[]): void {
  switch (block.kind) {
    case 'title':
      return title(flow, block.text, block.subtitle);
    case 'heading':
      return heading(flow, block, leadHeight(flow, after[0], after.slice(1)));
    case 'paragraph':
      return paragraph(flow, block.text, block.emphasis ? 'bold' : 'normal');
    case 'write-in':
      return writeIn(flow, block.label, block.value, block.beside);
    case 'facts':
      return table(flow, undefined, block.rows.map((r) => [r.label, r.value]), FACT_COLUMNS, FACTS_KEEP_TOGETHER);
    case 'table':
      return table(flow, block.head, block.rows, block.columns);
    case 'bullets':
      return bullets(flow, block.items);
    case 'checklist':
      return (block.columns ?? 1) > 1 ? tickedColumns(flow, block.items, block.columns ?? 1) : ticked(flow, block.items);
    case 'questions':
      return questions(flow, block.groups, block.answerLines);
    case 'contacts':
      return contacts(flow, block.items);
    case 'glossary':
      return glossary(flow, block.entries);
  }
}

type FooterLayout = { identity: string[]; reminder: string[]; ruleY: number };

/**
 * Wraps the footer once for the whole document, leaving room beside the first line for the widest
 * page label, so the body knows where to stop. A language with longer words gets more lines, never cut.
 */
function layoutFooter(doc: jsPDF, checklist: ChecklistDocument): FooterLayout {
  doc.setFontSize(SIZE.footer);
  doc.setFont(FONT, 'bold');
  const labelRoom = doc.getTextWidth(checklist.footer.pageLabel(888, 888)) + 4;
  doc.setFont(FONT, 'normal');
  const identity = wrap(doc, checklist.footer.identity, WIDTH - labelRoom, 'words');
  const reminder = wrap(doc, checklist.footer.reminder, WIDTH, 'words');
  const ruleY = PAGE.height - PAGE.margin - (identity.length + reminder.length) * FOOTER_LINE - 1.5;
  return { identity, reminder, ruleY };
}

function footers(doc: jsPDF, checklist: ChecklistDocument, footer: FooterLayout): void {
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(0);
    doc.setLineWidth(0.3);
    doc.line(LEFT, footer.ruleY, RIGHT, footer.ruleY);
    doc.setFontSize(SIZE.footer);
    doc.setFont(FONT, 'bold');
    doc.text(checklist.footer.pageLabel(page, total), RIGHT, footer.ruleY + FOOTER_LINE, { align: 'right' });
    doc.setFont(FONT, 'normal');
    [...footer.identity, ...footer.reminder].forEach((line, i) => doc.text(line, LEFT, footer.ruleY + (i + 1) * FOOTER_LINE));
  }
}

/**
 * A file identifier made from the checklist itself (FNV-1a, four seeds), not at random: the same
 * answers on the same day give the same file, byte for byte, in the browser and on the command line.
 */
function fileIdOf(checklist: ChecklistDocument): string {
  const text = JSON.stringify([checklist.madeOn, checklist.lang, checklist.blocks]);
  return [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let hash = seed >>> 0;
      for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}

/** Lays out a checklist as a PDF in black and white on US Letter pages, with the DejaVu Sans subset embedded. */
export function renderChecklistPdf(checklist: ChecklistDocument, fonts: ChecklistFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'letter', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  // jsPDF runs its Arabic shaper over every string it draws; the embedded subset has no Arabic
  // (printable-text.ts prints it as the marker), so the shaper only cost time: a tenth of the largest PDF's.
  // jspdf-autotable measures every cell with getTextWidth: the same measure, once per code unit.
  doc.getTextWidth = (text: string) => measure(doc)(text);
  const events = doc.internal.events;
  for (const [token, [callback]] of Object.entries(events.getTopics().preProcessText ?? {})) {
    if (callback === doc.processArabic) events.unsubscribe(token);
  }
  doc.setFont(FONT, 'normal');
  doc.setTextColor(0);
  doc.setDrawColor(0);

  doc.setProperties(checklist.properties);
  doc.setLanguage(checklist.lang as Parameters<jsPDF['setLanguage']>[0]);
  doc.setCreationDate(new Date(`${checklist.madeOn}T00:00:00Z`));
  doc.setFileId(fileIdOf(checklist));
  doc.viewerPreferences({ DisplayDocTitle: true });

  const footer = layoutFooter(doc, checklist);
  const flow = new Flow(doc, footer.ruleY - 3);
  checklist.blocks.forEach((block, i) => drawBlock(flow, block, checklist.blocks.slice(i + 1, i + 4)));
  footers(doc, checklist, footer);
  return new Uint8Array(doc.output('arraybuffer'));
}
