import { describe, expect, it } from 'vitest';
import { compareBundles, type ParityAllowance } from '../../../src/content/locale-parity';

const allowance: ParityAllowance = { identical: new Set(['Medicare', 'English', 'Español']), identicalPaths: [/^states\./] };

const en = {
  lang: 'en',
  ui: { continue: 'Continue', names: { en: 'English', es: 'Español' }, step: (n: number, of: number) => `Step ${n} of ${of}` },
  list: ['One', 'Two'],
  contact: { name: 'Medicare', phone: '800-633-4227', source: 'https://www.medicare.gov', reviewed: '2026-11-21', cap: 2100 },
  states: { CA: 'California' },
};

const es = {
  lang: 'es',
  ui: { continue: 'Continuar', names: { en: 'English', es: 'Español' }, step: (n: number, of: number) => `Paso ${n} de ${of}` },
  list: ['Uno', 'Dos'],
  contact: { name: 'Medicare', phone: '800-633-4227', source: 'https://www.medicare.gov', reviewed: '2026-11-21', cap: 2100 },
  states: { CA: 'California' },
};

const pathsOf = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('compareBundles', () => {
  it('finds nothing wrong with a faithful translation', () => {
    expect(compareBundles(en, es, allowance)).toEqual([]);
  });

  it('reports a key missing on either side, deep down', () => {
    const { continue: _dropped, ...ui } = es.ui;
    const problems = compareBundles(en, { ...es, ui: { ...ui, extra: 'Más' } }, allowance);
    expect(problems).toEqual([
      { path: 'ui.continue', problem: 'is missing in the translation' },
      { path: 'ui.extra', problem: 'is in the translation but not in the reference' },
    ]);
  });

  it('reports a list of another length', () => {
    expect(pathsOf(compareBundles(en, { ...es, list: ['Uno'] }, allowance))).toEqual(['list']);
  });

  it('reports an interpolation with another number of arguments', () => {
    const problems = compareBundles(en, { ...es, ui: { ...es.ui, step: (n: number) => `Paso ${n}` } }, allowance);
    expect(problems).toEqual([{ path: 'ui.step', problem: 'takes 2 argument(s) in the reference but 1 in the translation' }]);
  });

  it('reports words left in English, in strings and in what functions return', () => {
    const problems = compareBundles(en, { ...es, ui: { ...es.ui, continue: 'Continue', step: (n: number, of: number) => `Step ${n} of ${of}` } }, allowance);
    expect(pathsOf(problems)).toEqual(['ui.continue', 'ui.step']);
    expect(problems[0]?.problem).toBe('is not translated: "Continue"');
  });

  it('allows names that stay the same, by value and by path', () => {
    expect(compareBundles({ a: 'Medicare', states: { TX: 'Texas' } }, { a: 'Medicare', states: { TX: 'Texas' } }, allowance)).toEqual([]);
    expect(pathsOf(compareBundles({ b: 'Texas' }, { b: 'Texas' }, allowance))).toEqual(['b']);
  });

  it('reports a fact that changed: phone, source, review date, figure', () => {
    const contact = { ...es.contact, phone: '800-000-0000', source: 'https://es.wikipedia.org', reviewed: '2026-11-22', cap: 2000 };
    expect(pathsOf(compareBundles(en, { ...es, contact }, allowance))).toEqual([
      'contact.phone',
      'contact.source',
      'contact.reviewed',
      'contact.cap',
    ]);
  });

  it('leaves each language its own search words, when the allowance says so', () => {
    const a = { lung: { name: 'Lung cancer', searchWords: ['nsclc'] } };
    const b = { lung: { name: 'Cáncer de pulmón', searchWords: ['pulmón', 'nsclc'] } };
    expect(compareBundles(a, b, { ...allowance, freeKeys: new Set(['searchWords']) })).toEqual([]);
    expect(pathsOf(compareBundles(a, b, allowance))).toEqual(['lung.searchWords', 'lung.searchWords.0']);
  });

  it('translates labels under fact-like keys, and lets a web-address name gain an explanation', () => {
    const a = { labels: { phone: 'Phone:', source: 'Source:' }, contact: { name: 'ClinicalTrials.gov' } };
    const b = { labels: { phone: 'Teléfono:', source: 'Fuente:' }, contact: { name: 'ClinicalTrials.gov (en inglés)' } };
    expect(compareBundles(a, b, allowance)).toEqual([]);
    expect(pathsOf(compareBundles(a, { ...b, labels: a.labels, contact: { name: 'Registro de estudios' } }, allowance))).toEqual([
      'labels.phone',
      'labels.source',
      'contact.name',
    ]);
  });

  it('reports a string where the reference has a function', () => {
    expect(compareBundles(en, { ...es, ui: { ...es.ui, step: 'Paso' } }, allowance)).toEqual([
      { path: 'ui.step', problem: 'is a function in the reference but a string in the translation' },
    ]);
  });
});
