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

/** C0 and C1 control characters other than the newline: they carry no text at all. */
function isControl(codePoint: number): boolean {
  return (codePoint < 0x20 && codePoint !== 0x0a) || (codePoint >= 0x7f && codePoint <= 0x9f);
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
 * Makes text safe for the embedded font: keeps what it can draw, turns line and tab characters into
 * newlines and spaces, and replaces each character it cannot draw (emoji, other scripts) with
 * `marker`, adding it to `replaced` so the person can be told.
 */
export function toPrintable(text: string, marker: string, replaced: ReplacedCharacter[]): string {
  const cleaned = [...text.normalize('NFC').replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')]
    .map((c) => (c === '\t' || c === '\v' || c === '\f' ? ' ' : c))
    .filter((c) => !isControl(c.codePointAt(0) ?? 0))
    .join('');
  let out = '';
  for (const { segment } of segmenter.segment(cleaned)) {
    if (segment === '\n') {
      out += segment;
      continue;
    }
    const visible = [...segment].filter((c) => !isInvisible(c.codePointAt(0) ?? 0)).join('');
    if (visible === '') continue;
    if ([...visible].every((c) => isCovered(c.codePointAt(0) ?? 0))) {
      out += visible;
      continue;
    }
    out += marker;
    if (!replaced.some((r) => r.character === segment)) {
      replaced.push({ character: segment, codePoints: codePointsOf(segment) });
    }
  }
  return out;
}
