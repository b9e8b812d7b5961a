import { describe, expect, it } from 'vitest';
import { inNavigatorVoice } from '../../../src/content/navigator-voice';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

/** Every string leaf's dotted path. */
function leafPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, path === '' ? key : `${path}.${key}`));
}

/** The string at a dotted path. */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

describe.each([
  ['en', en, /\byou(r)?\b/i],
  ['es', es, /\b(usted|sus?)\b/i],
] as const)('the navigator voice for the check and results pages (%s)', (_lang, bundle, secondPerson) => {
  const voiced = inNavigatorVoice(bundle);

  it('keeps the pages in the same shape and every word it does not change', () => {
    expect(leafPaths(voiced.shell)).toEqual(leafPaths(bundle.shell));
    expect(voiced.shell.layout).toBe(bundle.shell.layout);
    expect(voiced.shell.results.startAgain).toBe(bundle.shell.results.startAgain);
    expect(voiced.shell.checkAnswers.change).toBe(bundle.shell.checkAnswers.change);
  });

  it('changes every string it names, and the result speaks of the patient', () => {
    for (const path of leafPaths(bundle.navigator.shellVoice)) {
      expect(at(voiced.shell, path), path).toBe(at(bundle.navigator.shellVoice, path));
      expect(at(voiced.shell, path), path).not.toBe(at(bundle.shell, path));
    }
    for (const reason of Object.values(voiced.shell.checkAnswers.skippedReasons)) expect(reason).not.toMatch(secondPerson);
    expect(voiced.shell.checkAnswers.title).not.toMatch(secondPerson);
    expect(voiced.shell.results.title).not.toMatch(secondPerson);
    expect(voiced.shell.results.intro).not.toMatch(secondPerson);
  });

  it('leaves the bundle itself untouched', () => {
    expect(bundle.shell.results.title).not.toBe(voiced.shell.results.title);
    expect(inNavigatorVoice(bundle).shell.results.title).toBe(voiced.shell.results.title);
  });
});
