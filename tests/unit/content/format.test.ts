import { describe, expect, it } from 'vitest';
import { formatDate, formatDollars, formatList, formatNumber, formatToday, plural } from '../../../src/content/format';

describe('format by language', () => {
  it('writes a typed date out in each language without shifting the day', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('December 1, 2026');
    expect(formatDate('2026-12-01', 'es')).toBe('1 de diciembre de 2026');
    expect(formatDate('2027-01-31', 'es')).toBe('31 de enero de 2027');
  });

  it('returns text that is not a real date as typed', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('next Tuesday', 'es')).toBe('next Tuesday');
  });

  it('writes today in the language', () => {
    expect(formatToday('es', new Date(2026, 10, 21, 12))).toBe('21 de noviembre de 2026');
  });

  it('groups digits and writes dollars as people in the US read them, in both languages', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'es')).toBe('12,345.5');
    expect(formatDollars(45000, 'en')).toBe('$45,000');
    expect(formatDollars(45000, 'es')).toBe('$45,000');
  });

  it('never writes "-$0": negative zero (JSON allows -0) and amounts that round to zero show no sign', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(formatDollars(-0, lang)).toBe('$0');
      expect(formatDollars(JSON.parse('-0') as number, lang)).toBe('$0');
      expect(formatDollars(-0.4, lang)).toBe('$0');
      expect(formatDollars(-5, lang)).toBe('-$5');
    }
  });

  it('joins lists the way each language does', () => {
    expect(formatList(['Medicare', 'Medicaid', 'VA'], 'en')).toBe('Medicare, Medicaid, and VA');
    expect(formatList(['Medicare', 'Medicaid', 'VA'], 'es')).toBe('Medicare, Medicaid y VA');
  });

  it('picks singular for one and plural otherwise', () => {
    expect(plural(1, 'es', { one: 'tratamiento', other: 'tratamientos' })).toBe('tratamiento');
    expect(plural(0, 'es', { one: 'tratamiento', other: 'tratamientos' })).toBe('tratamientos');
    expect(plural(3, 'en', { one: 'treatment', other: 'treatments' })).toBe('treatments');
  });
});
