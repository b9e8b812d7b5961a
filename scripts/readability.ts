/**
 * Prints how easy the words are to read, per template and overall, in English (Flesch-Kincaid
 * grade) and Spanish (Fernández-Huerta ease), with the hardest sentences of each template, and
 * exits 1 when the budget from issue 6 is broken.
 *
 *   npm run --silent readability                 # both languages
 *   npm run --silent readability -- --lang en --hardest 5 --all
 */
import { parseArgs } from 'node:util';
import { budgetProblems, hasTemplateLimit, READABILITY_BUDGET, scoreBundle, type BundleReadability, type ReadabilityLang } from '../src/content/readability';
import { en } from '../templates/en/bundle';
import { es } from '../templates/es/bundle';
import { templateOwners } from './template-owners';

type Options = { langs: ReadabilityLang[]; hardest: number; all: boolean };

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      lang: { type: 'string' },
      hardest: { type: 'string', default: '3' },
      all: { type: 'boolean', default: false },
    },
  });
  const langs: ReadabilityLang[] = values.lang === undefined ? ['en', 'es'] : [];
  if (values.lang === 'en' || values.lang === 'es') langs.push(values.lang);
  else if (values.lang !== undefined) throw new Error(`--lang must be "en" or "es", not "${values.lang}".`);
  const hardest = Number(values.hardest);
  if (!Number.isInteger(hardest) || hardest < 0) throw new Error(`--hardest must be a whole number, not "${values.hardest}".`);
  return { langs, hardest, all: values.all };
}


function isOverBudget(result: BundleReadability, template: string, score: number): boolean {
  return result.lang === 'en' && hasTemplateLimit(template) && score > READABILITY_BUDGET.enTemplateMaxGrade;
}

function statusOf(result: BundleReadability, template: string, score: number): string {
  if (!hasTemplateLimit(template)) return 'names';
  return isOverBudget(result, template, score) ? 'OVER' : 'ok';
}

function printResult(result: BundleReadability, options: Options): void {
  const label = result.lang === 'en' ? 'Flesch-Kincaid grade (lower is easier)' : 'Fernández-Huerta ease (higher is easier)';
  const budget =
    result.lang === 'en'
      ? `budget: overall <= ${READABILITY_BUDGET.enOverallMaxGrade}, each template <= ${READABILITY_BUDGET.enTemplateMaxGrade}`
      : `budget: overall >= ${READABILITY_BUDGET.esOverallMinEase}`;
  console.log(`\n${result.lang.toUpperCase()}: ${label}; ${budget}`);
  const rows = result.templates.map((t) => ({
    template: t.template,
    words: t.stats.words,
    sentences: t.stats.sentences,
    'words/sentence': (t.stats.words / Math.max(t.stats.sentences, 1)).toFixed(1),
    'syllables/word': (t.stats.syllables / Math.max(t.stats.words, 1)).toFixed(2),
    score: t.score.toFixed(1),
    status: statusOf(result, t.template, t.score),
  }));
  const o = result.overall.stats;
  rows.push({
    template: '(overall)',
    words: o.words,
    sentences: o.sentences,
    'words/sentence': (o.words / Math.max(o.sentences, 1)).toFixed(1),
    'syllables/word': (o.syllables / Math.max(o.words, 1)).toFixed(2),
    score: result.overall.score.toFixed(1),
    status: budgetProblems(result).some((p) => p.includes('overall')) ? 'OVER' : 'ok',
  });
  console.table(rows);
  console.log('  "names": a list of names (states, cancer types); counted overall, no per-template limit.');

  if (options.hardest === 0) return;
  for (const t of result.templates) {
    if (!options.all && !isOverBudget(result, t.template, t.score)) continue;
    if (t.hardest.length === 0) continue;
    console.log(`\n  Hardest sentences in "${t.template}":`);
    for (const h of t.hardest.slice(0, options.hardest)) {
      console.log(`    [${h.score.toFixed(1)}] ${h.path}: ${h.sentence}`);
    }
  }
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const problems: string[] = [];
  for (const lang of options.langs) {
    const owners = await templateOwners(lang);
    const result = scoreBundle(lang === 'en' ? en : es, lang, { hardestPerTemplate: Math.max(options.hardest, 1), owners });
    printResult(result, options);
    problems.push(...budgetProblems(result));
  }
  if (problems.length > 0) {
    console.error(`\nReadability budget broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  console.log('\nReadability within budget.');
  return 0;
}

process.exitCode = await main();
