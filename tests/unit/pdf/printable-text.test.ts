import { describe, expect, it } from 'vitest';
import type { ReplacedCharacter } from '../../../src/pdf/checklist-document';
import { toPrintable } from '../../../src/pdf/printable-text';

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
