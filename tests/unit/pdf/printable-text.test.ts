import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplacedCharacter } from '../../../src/pdf/checklist-document';
import { graphemes, toPrintable } from '../../../src/pdf/printable-text';

function printable(text: string): { text: string; replaced: ReplacedCharacter[] } {
  const replaced: ReplacedCharacter[] = [];
  return { text: toPrintable(text, '[?]', replaced), replaced };
}

describe('toPrintable', () => {
  it.each([
    'Zażółć gęślą jaźń',
    'Știință și îngrijire',
    '“Mekinist” – 2 mg — ‘daily’…',
    'Müller, Ñúñez, Đặng Thị Ánh',
    'TGF-β, PI3Kα ≥ 2 → ≤ 5 ✓',
  ])('keeps %s exactly as typed', (typed) => {
    expect(printable(typed)).toEqual({ text: typed, replaced: [] });
  });

  it('replaces each emoji, however many code points it has, with one visible marker and reports it', () => {
    const { text, replaced } = printable('Good news 😀 and 👍🏽 and 👨‍👩‍👧 and 😀 again');
    expect(text).toBe('Good news [?] and [?] and [?] and [?] again');
    expect(replaced).toEqual([
      { character: '😀', codePoints: 'U+1F600' },
      { character: '👍🏽', codePoints: 'U+1F44D U+1F3FD' },
      { character: '👨‍👩‍👧', codePoints: 'U+1F468 U+200D U+1F469 U+200D U+1F467' },
    ]);
  });

  it('replaces letters of scripts the font lacks and reports them', () => {
    const { text, replaced } = printable('肺癌 (lung)');
    expect(text).toBe('[?][?] (lung)');
    expect(replaced.map((r) => r.character)).toEqual(['肺', '癌']);
  });

  it('composes accents typed as separate marks instead of replacing them', () => {
    expect(printable('Jose\u0301 Mun\u0303oz')).toEqual({ text: 'José Muñoz', replaced: [] });
  });

  it('keeps line breaks, turns tabs into spaces and drops invisible marks and control characters', () => {
    expect(printable('a\r\nb\tc\u200Bd\u00ADe\u0007f\u2028g ©\uFE0F')).toEqual({ text: 'a\nb cdef\ng ©', replaced: [] });
  });
});

/** Every grapheme cluster of the text the way Intl.Segmenter gives them for the whole string at once. */
function wholeStringGraphemes(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

// Pieces that make grapheme clusters hard: accents, emoji with skin tones and joiners, flags
// (regional indicator pairs, whose pairing depends on how many came before), keycaps, Hangul
// jamo, Devanagari conjuncts, lone surrogates, line breaks and a "zalgo" letter with many marks.
const HARD_PIECES = [
  'a', ' ', '\n', '\r\n', 'é', 'e\u0301', '😀', '👍🏽', '👨‍👩‍👧', '🇺', '🇸', '🇺🇸', '1\uFE0F\u20E3', '\u1100\u1161\u11A8', 'क्ष',
  '\u200D', '\uD83D', '\uDE00', '肺', 'z' + '\u0301\u0302\u0303\u0304'.repeat(60), '\u0301', '\u200B', '\t',
];
const hardText = fc.array(fc.oneof(fc.constantFrom(...HARD_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 400 }).map((parts) => parts.join(''));

describe('graphemes', () => {
  it('splits any text exactly as Intl.Segmenter does on the whole string, windows or not', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        expect([...graphemes(text)]).toEqual(wholeStringGraphemes(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one cluster whole when it is longer than a window (a letter with 2,000 accents)', () => {
    const zalgo = `x${'\u0301'.repeat(2000)}`;
    expect([...graphemes(`a${zalgo}b`)]).toEqual(['a', zalgo, 'b']);
  });
});

describe('toPrintable on long hostile text', () => {
  // Before the fix, Intl.Segmenter over one long string grew with the square of its length:
  // 40,000 characters took about 3 s and 160,000 about 2 minutes on the test machine. Now 100,000
  // take about 0.2 s on a quiet machine; the bound leaves room for a busy one.
  const unit = `Zażółć 😀 gęślą\u0301 jaźń 肺 👨‍👩‍👧 🇺🇸 e${'\u0301'.repeat(20)} \u202Eevil\u202C\u0007 `;
  const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);

  it('prints 100,000 characters of emoji, accents, scripts and controls in under 2 s', () => {
    const replaced: ReplacedCharacter[] = [];
    // CPU time of this process, so other work on a shared machine does not count.
    const before = process.cpuUsage();
    const text = toPrintable(long, '[?]', replaced);
    const used = process.cpuUsage(before);
    const took = (used.user + used.system) / 1000;
    expect(took, `took ${took.toFixed(0)} ms of CPU`).toBeLessThan(2_000);
    expect(text.startsWith('Zażółć [?] gęśl[?] jaźń [?] [?] [?] [?] evil Zażółć')).toBe(true);
    expect(replaced.map((r) => r.character)).toEqual(expect.arrayContaining(['😀', '肺', '👨‍👩‍👧', '🇺🇸']));
  });

  it('gives the same text as printing the pieces one by one', () => {
    const replaced: ReplacedCharacter[] = [];
    expect(toPrintable(unit.repeat(50), '[?]', replaced)).toBe(toPrintable(unit, '[?]', []).repeat(50));
    expect(new Set(replaced.map((r) => r.character)).size).toBe(replaced.length);
  });

  it('matches a cluster-by-cluster reading of the whole string on random hostile text', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const replaced: ReplacedCharacter[] = [];
        const printed = toPrintable(text, '[?]', replaced);
        // Reference: the same cleaning, then Intl.Segmenter on the whole string.
        const reference: ReplacedCharacter[] = [];
        const cleaned = [...text.normalize('NFC').replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')]
          .map((c) => (c === '\t' ? ' ' : c))
          // eslint-disable-next-line no-control-regex -- dropping control characters is the point
          .filter((c) => !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u.test(c))
          .join('');
        const expected = wholeStringGraphemes(cleaned)
          .map((g) => (g === '\n' ? g : toPrintable(g, '[?]', reference)))
          .join('');
        expect(printed).toBe(expected);
        expect(replaced).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });
});
