/**
 * Plain language, measured. English is scored with the Flesch-Kincaid grade level and Spanish with
 * the Fernández-Huerta reading ease, per template (top-level key of a bundle) and overall.
 * Pure: no I/O. Used by scripts/readability.ts and by the unit test that enforces the budget.
 */
import { syllable } from 'syllable';
import { collectProse, type ProseLeaf } from './walk-content';

/** The languages we can score. */
export type ReadabilityLang = 'en' | 'es';

/** Raw counts a score is computed from. */
export type TextStats = { words: number; sentences: number; syllables: number };

/** The budget from issue 6. */
export const READABILITY_BUDGET = {
  /** Flesch-Kincaid grade, all English templates together. */
  enOverallMaxGrade: 7,
  /** Flesch-Kincaid grade, any single English template. */
  enTemplateMaxGrade: 9,
  /** Fernández-Huerta reading ease, all Spanish templates together (higher is easier). */
  esOverallMinEase: 65,
} as const;

/**
 * Templates that are lists of names picked from a list (US states, cancer types), not prose. Their
 * words count toward the overall score, but the per-template limit does not apply: a grade level is
 * defined for running sentences, and "Gastrointestinal stromal tumor (GIST)" or "Massachusetts"
 * cannot be made plainer. The cancer names carry a plain word beside the medical one instead.
 */
export const NAME_LIST_TEMPLATES: ReadonlySet<string> = new Set(['states', 'cancer-types']);

/** True when a template is held to the per-template limit (see NAME_LIST_TEMPLATES). */
export function hasTemplateLimit(template: string): boolean {
  return !NAME_LIST_TEMPLATES.has(template);
}

// Inline links, emails and phone numbers are read as a unit, not as words: take them out first.
const INLINE_NON_PROSE = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\b(?:https?:\/\/|www\.)\S*[^\s.,;:!?)”»]/gi,
  /\b[\w.-]+\.(?:gov|org|com|net|edu)\b(?:\/\S*[^\s.,;:!?)”»])?/gi,
  /\b1-800-4-CANCER\b/gi,
  /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g,
];

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:a\.m|p\.m|e\.g|i\.e|U\.S|Dr|Sr|Sra|Dra|St|vs|p\.ej|EE\.UU|EE|Ud|Uds)\.$/i;

/** Removes links, emails and phone numbers so they are not counted as words. */
export function stripNonProse(text: string): string {
  return INLINE_NON_PROSE.reduce((acc, pattern) => acc.replace(pattern, ' '), text);
}

/** Splits text into sentences on . ! ? … before a capital, and on line breaks; a string without end punctuation is one sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+|\s+[•·]\s+/)) {
    let current = '';
    // A sentence ends where the next word starts like a sentence (capital, digit, ¿ ¡ or a quote).
    const parts = line.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d¿¡"“'‘(])/u);
    for (const part of parts) {
      current = current ? `${current} ${part}` : part;
      if (ABBREVIATIONS.test(current)) continue;
      if (wordsOf(current).length > 0) sentences.push(current.trim());
      current = '';
    }
    if (current && wordsOf(current).length > 0) sentences.push(current.trim());
  }
  return sentences;
}

/** The words of a sentence: runs of letters (hyphens and slashes separate words) and numbers. */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d[\d,.]*\d|\d/gu) ?? [];
}

/** Syllables in one English word (numbers count one syllable per digit, up to four). */
export function countSyllablesEn(word: string): number {
  if (/^\d/.test(word)) return numberSyllables(word);
  return Math.max(1, syllable(word));
}

function numberSyllables(token: string): number {
  const digits = token.replace(/\D/g, '').length;
  return Math.min(Math.max(digits, 1), 4);
}

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

/**
 * Syllables in one Spanish word, by counting vowel nuclei: two strong vowels (a, e, o, or an
 * accented í or ú) are in hiatus and make two syllables; an unaccented i, u or ü next to any vowel
 * joins it in a diphthong or triphthong. The u of "que, qui, gue, gui" is silent, a final "y" after
 * a vowel is a vowel (hoy, muy), and "h" separates vowels (a-hí, bú-ho).
 */
export function countSyllablesEs(word: string): number {
  if (/^\d/.test(word)) return numberSyllables(word);
  let w = word.normalize('NFC').toLowerCase();
  w = w.replace(/([qg])u(?=[eiéí])/g, '$1'); // silent u: queso, guerra, quién
  if (w === 'y') return 1;
  w = w.replace(/([aeiouáéíóúü])y$/, '$1i'); // final y is a vowel: hoy, rey, muy, Uruguay
  let nuclei = 0;
  let previous: string | null = null;
  for (const ch of w) {
    const isVowel = STRONG.has(ch) || WEAK.has(ch);
    if (!isVowel) {
      previous = null;
      continue;
    }
    if (previous === null) {
      nuclei += 1;
    } else if (startsNewNucleus(previous, ch)) {
      nuclei += 1;
    }
    previous = ch;
  }
  return Math.max(1, nuclei);
}

function startsNewNucleus(previous: string, current: string): boolean {
  const bothStrong = STRONG.has(previous) && STRONG.has(current);
  if (bothStrong) return true;
  // Two equal weak vowels are in hiatus (chi-i-ta); i+u and u+i form a diphthong (ciu-dad, cui-da-do).
  // Otherwise an unaccented weak vowel is involved: one nucleus (güís in lingüística, tria in tratamiento).
  return previous === current;
}

/** Counts words, sentences and syllables over a list of texts; each text is at least one sentence. */
export function textStats(texts: readonly string[], lang: ReadabilityLang): TextStats {
  const count = lang === 'en' ? countSyllablesEn : countSyllablesEs;
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0 };
  for (const text of texts) {
    for (const sentence of splitSentences(stripNonProse(text))) {
      const words = wordsOf(sentence);
      stats.sentences += 1;
      stats.words += words.length;
      stats.syllables += words.reduce((sum, word) => sum + count(word), 0);
    }
  }
  return stats;
}

/** Adds counts together. */
export function addStats(a: TextStats, b: TextStats): TextStats {
  return { words: a.words + b.words, sentences: a.sentences + b.sentences, syllables: a.syllables + b.syllables };
}

/** Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 words/sentence + 11.8 syllables/word − 15.59. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/**
 * Fernández-Huerta reading ease (1959), in the corrected form (Law 2011):
 * 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence. Higher is easier.
 */
export function fernandezHuerta(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 100;
  return 206.84 - 60 * (stats.syllables / stats.words) - 1.02 * (stats.words / stats.sentences);
}

/** The score of a language: grade for English (lower is easier), ease for Spanish (higher is easier). */
export function scoreOf(stats: TextStats, lang: ReadabilityLang): number {
  return lang === 'en' ? fleschKincaidGrade(stats) : fernandezHuerta(stats);
}

/** One sentence that pulls a template's score the wrong way. */
export type HardSentence = { path: string; sentence: string; words: number; score: number };

/** The score of one template (top-level key of a bundle). */
export type TemplateScore = { template: string; stats: TextStats; score: number; hardest: HardSentence[] };

/** Scores for a whole bundle. */
export type BundleReadability = {
  lang: ReadabilityLang;
  overall: { stats: TextStats; score: number };
  templates: TemplateScore[];
};

// Very short labels ("Medicare Advantage") score wildly alone; only full sentences are listed as hardest.
const MIN_WORDS_FOR_HARDEST = 6;

/**
 * Scores every template of a bundle and the bundle as a whole. Templates are the files named in
 * `owners` (exported object -> file name), or else the bundle's top-level keys.
 */
export function scoreBundle(
  bundle: unknown,
  lang: ReadabilityLang,
  { hardestPerTemplate = 3, owners = new Map<unknown, string>() }: { hardestPerTemplate?: number; owners?: ReadonlyMap<unknown, string> } = {},
): BundleReadability {
  const byTemplate = new Map<string, ProseLeaf[]>();
  for (const leaf of collectProse(bundle, owners)) {
    const list = byTemplate.get(leaf.template) ?? [];
    list.push(leaf);
    byTemplate.set(leaf.template, list);
  }

  let overall: TextStats = { words: 0, sentences: 0, syllables: 0 };
  const templates: TemplateScore[] = [];
  for (const [template, leaves] of byTemplate) {
    const stats = textStats(
      leaves.map((leaf) => leaf.text),
      lang,
    );
    overall = addStats(overall, stats);
    templates.push({ template, stats, score: scoreOf(stats, lang), hardest: hardestSentences(leaves, lang, hardestPerTemplate) });
  }
  templates.sort((a, b) => a.template.localeCompare(b.template));
  return { lang, overall: { stats: overall, score: scoreOf(overall, lang) }, templates };
}

function hardestSentences(leaves: readonly ProseLeaf[], lang: ReadabilityLang, limit: number): HardSentence[] {
  const all: HardSentence[] = [];
  for (const leaf of leaves) {
    for (const sentence of splitSentences(stripNonProse(leaf.text))) {
      const stats = textStats([sentence], lang);
      if (stats.words < MIN_WORDS_FOR_HARDEST) continue;
      all.push({ path: leaf.path.join('.'), sentence, words: stats.words, score: scoreOf(stats, lang) });
    }
  }
  // Harder means a higher grade in English and a lower ease in Spanish.
  all.sort((a, b) => (lang === 'en' ? b.score - a.score : a.score - b.score));
  return all.slice(0, limit);
}

/** What breaks the budget, in words; empty when within it. */
export function budgetProblems(result: BundleReadability): string[] {
  const problems: string[] = [];
  const round = (n: number) => n.toFixed(1);
  if (result.lang === 'en') {
    if (result.overall.score > READABILITY_BUDGET.enOverallMaxGrade) {
      problems.push(
        `English overall is grade ${round(result.overall.score)}; the budget is at most ${READABILITY_BUDGET.enOverallMaxGrade}.`,
      );
    }
    for (const t of result.templates) {
      if (hasTemplateLimit(t.template) && t.score > READABILITY_BUDGET.enTemplateMaxGrade) {
        problems.push(
          `English template "${t.template}" is grade ${round(t.score)}; no template may be above ${READABILITY_BUDGET.enTemplateMaxGrade}.`,
        );
      }
    }
  } else if (result.overall.score < READABILITY_BUDGET.esOverallMinEase) {
    problems.push(
      `Spanish overall reading ease is ${round(result.overall.score)}; the budget is at least ${READABILITY_BUDGET.esOverallMinEase}.`,
    );
  }
  return problems;
}
