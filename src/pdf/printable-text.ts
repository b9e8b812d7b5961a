import type { ReplacedCharacter } from './checklist-document';
import { FONT_COVERAGE } from './font-coverage';

// Invisible formatting marks (soft hyphen, combining grapheme joiner, zero-width spaces and
// joiners, direction marks, variation selectors, byte-order mark): dropping them changes nothing a
// reader can see, while jsPDF would print them as boxes or shift the text.
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

function isInvisible(codePoint: number): boolean {
  return INVISIBLE.some(([first, last]) => codePoint >= first && codePoint <= last);
}

function isCovered(codePoint: number): boolean {
  let low = 0;
  let high = FONT_COVERAGE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = FONT_COVERAGE[middle];
    if (!range) return false;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

function codePointsOf(grapheme: string): string {
  return [...grapheme].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text longer than this is segmented a window at a time. Iterating Intl.Segmenter's segments costs
 * time in proportion to the whole string for each segment (V8), so one long string grows with the
 * square of its length: 40,000 characters took seconds, 160,000 minutes.
 */
const WINDOW = 256;

/**
 * The grapheme clusters (what a reader sees as one character) of `text`, in order, in time linear
 * in its length. Each window is segmented alone; every segment but the window's last is final,
 * because a boundary depends only on the text before it and the one character after it. The last
 * segment may be cut by the window's end, so the next window starts where it starts. A cluster
 * longer than the window (a letter with hundreds of accents) widens the window until it fits.
 */
export function* graphemes(text: string): Generator<string> {
  let start = 0;
  let width = WINDOW;
  while (start < text.length) {
    let end = start + width;
    if (end >= text.length) {
      for (const { segment } of segmenter.segment(text.slice(start))) yield segment;
      return;
    }
    // Never end a window between the two halves of a character outside the BMP.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
    const pieces: string[] = [];
    for (const { segment } of segmenter.segment(text.slice(start, end))) pieces.push(segment);
    if (pieces.length < 2) {
      width *= 2;
      continue;
    }
    for (const piece of pieces.slice(0, -1)) {
      yield piece;
      start += piece.length;
    }
    width = WINDOW;
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** A set of what has been reported already, per list, so reporting stays linear however much is replaced. */
const reportedIn = new WeakMap<ReplacedCharacter[], Set<string>>();

function report(replaced: ReplacedCharacter[], grapheme: string): void {
  let reported = reportedIn.get(replaced);
  if (!reported) {
    reported = new Set(replaced.map((r) => r.character));
    reportedIn.set(replaced, reported);
  }
  if (reported.has(grapheme)) return;
  reported.add(grapheme);
  replaced.push({ character: grapheme, codePoints: codePointsOf(grapheme) });
}

const INVISIBLE_PATTERN = new RegExp(
  `[${INVISIBLE.map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`).join('')}]`,
  'gu',
);

function dropInvisible(text: string): string {
  return text.replace(INVISIBLE_PATTERN, '');
}

/** Printable ASCII or a newline: between two of these there is always a cluster boundary. */
function isPlainAscii(unit: number): boolean {
  return unit === 0x0a || (unit >= 0x20 && unit < 0x7f);
}

/** Prints text cluster by cluster: a cluster with anything the font lacks becomes one marker. */
function printClusters(text: string, marker: string, replaced: ReplacedCharacter[]): string {
  let out = '';
  for (const segment of graphemes(text)) {
    const visible = dropInvisible(segment);
    if (visible === '') continue;
    let covered = true;
    for (const c of visible) {
      if (c !== '\n' && !isCovered(c.codePointAt(0) ?? 0)) {
        covered = false;
        break;
      }
    }
    if (covered) {
      out += visible;
    } else {
      out += marker;
      report(replaced, segment);
    }
  }
  return out;
}

/**
 * Makes text safe for the embedded font: keeps what it can draw, turns line and tab characters into
 * newlines and spaces, and replaces each character it cannot draw (emoji, other scripts) with
 * `marker`, adding it to `replaced` so the person can be told. Linear in the length of the text:
 * only the stretches around a character the font lacks are split into clusters, and those
 * stretches end wherever two plain ASCII characters meet.
 */
export function toPrintable(text: string, marker: string, replaced: ReplacedCharacter[]): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(/[\t\v\f]/gu, ' ')
    // C0 and C1 control characters other than the newline carry no text at all.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu, '');
  let out = '';
  let pieceStart = 0;
  let pieceNeedsClusters = false;
  for (let index = 0; index < cleaned.length; ) {
    const codePoint = cleaned.codePointAt(index) ?? 0;
    if (pieceNeedsClusters && isPlainAscii(codePoint) && isPlainAscii(cleaned.charCodeAt(index - 1))) {
      out += printClusters(cleaned.slice(pieceStart, index), marker, replaced);
      pieceStart = index;
      pieceNeedsClusters = false;
    }
    if (codePoint !== 0x0a && !isCovered(codePoint) && !isInvisible(codePoint)) pieceNeedsClusters = true;
    index += codePoint > 0xffff ? 2 : 1;
  }
  const last = cleaned.slice(pieceStart);
  return out + (pieceNeedsClusters ? printClusters(last, marker, replaced) : dropInvisible(last));
}
