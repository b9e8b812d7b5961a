import type { Label, LabelLookup } from './answers.schema';
import { ANY_SOLID_TUMOR_WORDS, labelWordsFor } from './cancer-label-words';

/** A condition an indication sets, besides the cancer: read from the sentence's own words. */
export type LineOfTreatment = 'first-line' | 'after-earlier-treatment' | 'adjuvant' | 'neoadjuvant' | 'maintenance';

/** One sentence of a label's Indications and Usage that names the person's cancer, and what it asks for. */
export type CancerSentence = {
  /** The sentence as the label writes it (plain text). */
  text: string;
  /** The cancer words found in it, as written in the label (e.g. "NSCLC"). */
  cancerWords: string[];
  /** True when it names any solid tumour (a tissue-agnostic approval) rather than the cancer itself. */
  anySolidTumor: boolean;
  /** Biomarkers it names, as written (e.g. "EGFR", "T790M", "MSI-H"). */
  biomarkers: string[];
  /** Inherited (germline) conditions it names (e.g. "germline BRCA-mutated"). */
  germline: string[];
  /** Lines of treatment it names. */
  lines: LineOfTreatment[];
};

/** A sentence longer than this is cut: label text is outside input. */
const MAX_SENTENCE = 1_500;
/** At most this many sentences are read from one label. */
const MAX_SENTENCES = 400;

/**
 * Cuts a label's Indications and Usage into sentences: at bullets, line breaks, and after a full
 * stop, semicolon or colon followed by a capital letter or a section number ("1.2 ...").
 */
export function labelSentences(indications: string): string[] {
  return indications
    .replace(/\u2022/g, '\n')
    .split(/\n+|(?<=[.;:])\s+(?=(?:\d+(?:\.\d+)*\s+)?[A-Z(])/)
    .map((piece) => piece.replace(/\s+/g, ' ').trim())
    .filter((piece) => /[a-z]{3}/i.test(piece))
    .slice(0, MAX_SENTENCES)
    .flatMap((piece) => {
      const parts: string[] = [];
      for (let at = 0; at < piece.length; at += MAX_SENTENCE) parts.push(piece.slice(at, at + MAX_SENTENCE));
      return parts;
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word as the table describes it: exact for abbreviations, whole words, plural allowed, never after "non-". */
function wordPattern(word: string): RegExp {
  const exact = /[A-Z]/.test(word);
  const body = escape(word).replace(/[ -]/g, '[ -]');
  return new RegExp(`(?<![A-Za-z0-9-])(?<!non[ -])${body}s?(?![A-Za-z0-9])`, exact ? 'g' : 'gi');
}

function found(sentence: string, words: readonly string[]): string[] {
  const hits = words.flatMap((w) => [...sentence.matchAll(wordPattern(w))].map((m) => m[0]));
  return [...new Set(hits)];
}

/** Biomarker words labels use (genes, proteins, mutations), matched as written. */
const BIOMARKERS = [
  'EGFR', 'T790M', 'L858R', 'exon 19 deletion', 'exon 20 insertion', 'ALK', 'ROS1', 'BRAF V600E', 'BRAF V600K', 'BRAF', 'KRAS G12C', 'KRAS',
  'HER2', 'ERBB2', 'HER2-low', 'HER2-ultralow', 'MSI-H', 'dMMR', 'TMB-H', 'NTRK', 'RET', 'MET exon 14', 'MET', 'PD-L1', 'BRCA', 'BRCA1', 'BRCA2',
  'BRCAm', 'HRR', 'HRD', 'IDH1', 'IDH2', 'FLT3', 'NPM1', 'BCR-ABL', 'Philadelphia chromosome', 'PIK3CA', 'AKT1', 'PTEN', 'ESR1', 'FGFR2', 'FGFR3',
  'KIT', 'PDGFRA', 'CD19', 'CD20', 'CD30', 'CD33', 'BCMA', 'CLDN18.2', 'NRG1', 'hormone receptor', 'HR-positive', 'estrogen receptor',
  'progesterone receptor', 'PSMA', 'somatostatin receptor',
];

/** Inherited (germline) words. */
const GERMLINE = /\bgBRCAm?\b|\b(?:germline|inherited|hereditary)\b(?: [A-Za-z0-9-]+)?/gi;

const LINES: [LineOfTreatment, RegExp][] = [
  ['first-line', /\bfirst[- ]line\b|\bpreviously untreated\b|\binitial treatment\b/i],
  [
    'after-earlier-treatment',
    /\bpreviously treated\b|\bprogressed on or after\b|\bprogression on or after\b|\bafter (?:one|two|three|at least one|\d+) or more prior\b|\bat least (?:one|two|\d+) prior\b|\b(?:second|third)[- ]line\b|\bafter prior\b|\brelapsed or refractory\b|\bfollowing (?:prior )?(?:treatment|therapy|chemotherapy)\b|\bwho have received\b/i,
  ],
  ['adjuvant', /(?<!neo)\badjuvant\b/i],
  ['neoadjuvant', /\bneoadjuvant\b/i],
  ['maintenance', /\bmaintenance\b/i],
];

/** What one sentence sets besides the cancer. */
export function conditionsOf(sentence: string): Pick<CancerSentence, 'biomarkers' | 'germline' | 'lines'> {
  const biomarkers = found(sentence, BIOMARKERS.filter((b) => b !== b.toLowerCase()).concat(BIOMARKERS.filter((b) => b === b.toLowerCase())));
  const germline = [...new Set([...sentence.matchAll(GERMLINE)].map((m) => m[0].trim()))];
  const lines = LINES.filter(([, pattern]) => pattern.test(sentence)).map(([line]) => line);
  return { biomarkers, germline, lines };
}

/**
 * The sentences of an Indications and Usage text that name the person's cancer, in the label's
 * order, each with the biomarkers, inherited conditions and lines of treatment it names. Empty
 * when the cancer type is not known or no sentence names it. Pure.
 */
export function cancerSentences(indications: string, diagnosis: { cancerType?: string; cancerTypeOther?: string } | undefined): CancerSentence[] {
  const { words, anySolid } = labelWordsFor(diagnosis);
  if (words.length === 0) return [];
  return labelSentences(indications).flatMap((text) => {
    const cancerWords = found(text, words);
    const solidWords = anySolid && cancerWords.length === 0 ? found(text, ANY_SOLID_TUMOR_WORDS) : [];
    if (cancerWords.length === 0 && solidWords.length === 0) return [];
    return [{ text, cancerWords: cancerWords.length > 0 ? cancerWords : solidWords, anySolidTumor: cancerWords.length === 0, ...conditionsOf(text) }];
  });
}

/** What a saved label lookup says about the person's cancer, for the rules. */
export type LabelVerdict =
  /** A label's Indications and Usage names the person's cancer (or any solid tumour, for a solid tumour). */
  | 'names-my-cancer'
  /** Labels were found, with text, and none names the cancer: approved for other uses only. */
  | 'other-uses-only'
  /** Looked up, and no FDA label was found under that name. */
  | 'none-found'
  /** Labels were found, but the cancer type is unknown or no label has Indications and Usage text. */
  | 'cannot-tell'
  /** Not looked up. */
  | 'not-looked-up';

/** The first label sentence that names the cancer, with its label: what a reason quotes. */
export type QuotedSentence = { label: Label; sentence: CancerSentence };

export function labelVerdict(
  lookup: LabelLookup | undefined,
  diagnosis: { cancerType?: string; cancerTypeOther?: string } | undefined,
): { verdict: LabelVerdict; quote?: QuotedSentence } {
  if (lookup === undefined) return { verdict: 'not-looked-up' };
  if (lookup.labels.length === 0) return { verdict: 'none-found' };
  if (labelWordsFor(diagnosis).words.length === 0) return { verdict: 'cannot-tell' };
  const withText = lookup.labels.filter((l) => l.indications.trim() !== '');
  if (withText.length === 0) return { verdict: 'cannot-tell' };
  for (const label of withText) {
    const sentences = cancerSentences(label.indications, diagnosis);
    // The cancer's own words first; an any-solid-tumour sentence only when no sentence names the cancer.
    const best = sentences.find((s) => !s.anySolidTumor) ?? sentences[0];
    if (best) return { verdict: 'names-my-cancer', quote: { label, sentence: best } };
  }
  return { verdict: 'other-uses-only' };
}
