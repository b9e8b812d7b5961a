import { describe, expect, it } from 'vitest';
import { compareBundles } from '../../../src/content/locale-parity';
import { budgetProblems, scoreBundle } from '../../../src/content/readability';
import { letterWords as en } from '../../../templates/en/letter-words';
import { letters as bodies, LETTER_SRC } from '../../../templates/en/letters';
import { PHONES } from '../../../templates/en/sources';
import { letterWords as es } from '../../../templates/es/letter-words';

/** Every string in a value, functions called with a sample so their words count too. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: string[]) => unknown)('2026-12-01', '2026-12-01'));
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('the letters’ words', () => {
  it('Spanish says what English says about each letter: same keys, same arguments, every string translated', () => {
    const problems = compareBundles(en, es, {
      identical: new Set(['FDA', 'IRB', 'Form FDA 3926', '.docx', '.ics']),
      identicalPaths: [],
    }).map((p) => `${p.path} ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it('never says “you qualify”, and sends the letters to the care team to check', () => {
    for (const text of [...strings(en), ...strings(es)]) expect(text).not.toMatch(/you qualify|usted califica/i);
    expect(en.panel.intro).toContain('care team checks every letter');
    expect(es.panel.intro).toContain('equipo médico revisa cada carta');
  });

  it('shows only phone numbers from the facts registry, with the same source', () => {
    const registry = new Map<string, string>(PHONES.map((p) => [p.number, p.source]));
    const facts = [bodies.expandedAccess, bodies.fda3926, bodies.appeal].flatMap((group) =>
      Object.values(group).filter((v): v is { text: string; source: { url: string } } => typeof v === 'object' && v !== null && 'source' in v),
    );
    const numbers = facts.flatMap((f) => (f.text.match(/\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g) ?? []).map((n) => [n, f.source.url] as const));
    expect(numbers.map(([n]) => n).sort()).toEqual(['240-402-0004', '866-300-4374']);
    for (const [number, source] of numbers) expect(registry.get(number), number).toBe(source);
    for (const text of [...strings(en), ...strings(es)]) expect(text).not.toMatch(/\d{3}-\d{3}-\d{4}/);
  });

  it('every source of the letters is an https page with a reviewed date', () => {
    for (const [key, source] of Object.entries(LETTER_SRC)) {
      expect(source.url, key).toMatch(/^https:\/\/\S+$/);
      expect(source.reviewed, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reads as plainly as the rest of the product (the same readability budget)', () => {
    const english = scoreBundle(en, 'en');
    expect(english.overall.stats.words).toBeGreaterThan(100);
    expect(budgetProblems(english)).toEqual([]);
    expect(budgetProblems(scoreBundle(es, 'es'))).toEqual([]);
  });
});
