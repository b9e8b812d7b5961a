import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_COVERAGE } from '../../../src/pdf/font-coverage';
import { FONT_FILES } from '../../../src/pdf/font-files';
import { codePointsOf } from './support/ttf-cmap';

const read = (file: string) => new Uint8Array(readFileSync(new URL(`../../../public/fonts/${file}`, import.meta.url)));

function expand(ranges: typeof FONT_COVERAGE): number[] {
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
}

describe('the embedded font subset', () => {
  const regular = codePointsOf(read(FONT_FILES.regular));
  const bold = codePointsOf(read(FONT_FILES.bold));

  it('draws exactly the characters the checklist builder lets through, in both faces', () => {
    const both = [...regular].filter((c) => bold.has(c)).sort((a, b) => a - b);
    expect(expand(FONT_COVERAGE)).toEqual(both);
  });

  it.each([
    ['Spanish and French accents', 'áéíóúñü¿¡çèêëîïôœ'],
    ['Polish letters', 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ'],
    ['Romanian letters', 'ăâîșțĂÂÎȘȚ'],
    ['curly quotes, dashes and ellipsis', '‘’“”„–—…'],
    ['Vietnamese letters', 'ạảấầẩẫậắằẳẵặẹẻẽếềểễệ'],
    ['Greek letters used in drug and gene names', 'αβγδκΔ'],
    ['Cyrillic letters', 'ЖжЯяЁё'],
  ])('covers %s', (_name, letters) => {
    for (const letter of letters) expect(regular.has(letter.codePointAt(0) ?? 0), letter).toBe(true);
  });

  it('is a subset, small enough to fetch on click', () => {
    expect(read(FONT_FILES.regular).byteLength).toBeLessThan(100_000);
    expect(read(FONT_FILES.bold).byteLength).toBeLessThan(100_000);
    expect(regular.has(0x4e2d)).toBe(false); // 中: no CJK in the subset
  });
});
