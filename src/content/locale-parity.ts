/**
 * Compares two language bundles: same keys at every depth, same array lengths, same function
 * arity; facts (ids, sources, review dates, links, phone numbers, numbers) identical; and every
 * piece of prose translated (different from the reference), except names that stay the same in
 * both languages. Pure; used by tests/unit/content/locale-parity.test.ts.
 */
import { stripNonProse, wordsOf } from './readability';
import { callWithSamples, isNonProseKey, isNonProseValue, isSampleArgument } from './walk-content';

/** One difference between the bundles, with the dotted path where it is. */
export type ParityProblem = { path: string; problem: string };

/** What may read the same in both languages. */
export type ParityAllowance = {
  /** Whole strings that are names in both languages (Medicare, ClinicalTrials.gov, English, Español). */
  identical: ReadonlySet<string>;
  /** Paths (dotted, from the bundle root) whose strings may stay as they are, e.g. state names. */
  identicalPaths: readonly RegExp[];
  /**
   * Keys whose lists are each language's own and are never shown, e.g. the words the cancer-type
   * search matches ("pulmón" in Spanish): only their presence is checked, not their length or words.
   */
  freeKeys?: ReadonlySet<string>;
  /**
   * Paths (dotted, from the bundle root) of contacts whose link may go to the source's own page in
   * the translation's language (cancer.gov/espanol): there the link, its source and its reviewed
   * date are that page's, so they may differ; they must still be given.
   */
  languagePagePaths?: readonly RegExp[];
};

// The sample argument reads as "Sam" in a string: it is not a word to translate.
const SAMPLE_WORD = 'Sam';

/** True when a text has words a translator should have changed (not only links, numbers, names allowed). */
function hasWordsToTranslate(text: string, allowance: ParityAllowance): boolean {
  let rest = stripNonProse(text);
  for (const name of [...allowance.identical].sort((a, b) => b.length - a.length)) {
    rest = rest.split(name).join(' ');
  }
  return wordsOf(rest).some((word) => word !== SAMPLE_WORD && /\p{L}/u.test(word));
}

function kindOf(value: unknown): string {
  if (isSampleArgument(value)) return 'string';
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Every difference between a reference bundle (English) and a translation (Spanish) that a
 * person would notice: a missing or extra key, a list of another length, an interpolation
 * that takes other arguments, a fact that changed, or words left untranslated.
 */
export function compareBundles(reference: unknown, translation: unknown, allowance: ParityAllowance): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const add = (path: string[], problem: string) => problems.push({ path: path.join('.') || '(root)', problem });

  const visit = (a: unknown, b: unknown, path: string[], factsOnly: boolean): void => {
    const kindA = kindOf(a);
    const kindB = kindOf(b);
    if (kindA !== kindB) {
      add(path, `is a ${kindA} in the reference but a ${kindB} in the translation`);
      return;
    }
    if (kindA === 'function') {
      const fa = a as (...args: never[]) => unknown;
      const fb = b as (...args: never[]) => unknown;
      if (fa.length !== fb.length) {
        add(path, `takes ${fa.length} argument(s) in the reference but ${fb.length} in the translation`);
        return;
      }
      const ra = callWithSamples(fa);
      const rb = callWithSamples(fb);
      if (ra.ok !== rb.ok) {
        add(path, ra.ok ? 'throws in the translation with sample arguments' : 'throws in the reference with sample arguments');
        return;
      }
      if (ra.ok && rb.ok) visit(ra.value, rb.value, path, factsOnly);
      return;
    }
    if (kindA === 'array') {
      const la = (a as unknown[]).length;
      const lb = (b as unknown[]).length;
      if (la !== lb) add(path, `has ${la} item(s) in the reference but ${lb} in the translation`);
      for (let i = 0; i < Math.min(la, lb); i += 1) visit((a as unknown[])[i], (b as unknown[])[i], [...path, String(i)], factsOnly);
      return;
    }
    if (kindA === 'object') {
      const oa = a as Record<string, unknown>;
      const ob = b as Record<string, unknown>;
      for (const key of Object.keys(oa)) {
        if (!(key in ob)) add([...path, key], 'is missing in the translation');
      }
      for (const key of Object.keys(ob)) {
        if (!(key in oa)) add([...path, key], 'is in the translation but not in the reference');
      }
      for (const key of Object.keys(oa)) {
        if (!(key in ob)) continue;
        if (key === 'lang' && path.length === 0) continue;
        if (allowance.freeKeys?.has(key)) continue;
        // A label under a fact-like key (`phone: 'Phone:'`) is still words to translate.
        const proseLabel = typeof oa[key] === 'string' && !isNonProseValue(String(oa[key]));
        visit(oa[key], ob[key], [...path, key], factsOnly || (isNonProseKey(key) && !proseLabel));
      }
      return;
    }
    if (kindA === 'string') {
      const sa = String(a);
      const sb = String(b);
      if (factsOnly) {
        const languagePage = allowance.languagePagePaths?.some((re) => re.test(path.join('.'))) ?? false;
        if (languagePage ? sb.trim() === '' : sa !== sb) add(path, `is a fact that must be identical: "${sa}" became "${sb}"`);
        return;
      }
      if (isNonProseValue(sa)) {
        // A name that is a web address or number (ClinicalTrials.gov) may gain an explanation, but must stay in it.
        if (!sb.includes(sa)) add(path, `must keep "${sa}" as it is, but reads "${sb}"`);
        return;
      }
      if (sa === sb && hasWordsToTranslate(sa, allowance) && !allowance.identical.has(sa) && !allowance.identicalPaths.some((re) => re.test(path.join('.')))) {
        add(path, `is not translated: "${sa}"`);
      }
      return;
    }
    // Numbers, booleans, null, undefined: figures and flags are facts.
    if (!Object.is(a, b)) add(path, `is a fact that must be identical: ${String(a)} became ${String(b)}`);
  };

  visit(reference, translation, [], false);
  return problems;
}
