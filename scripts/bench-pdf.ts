/**
 * `npm run bench`: the median time to make the checklist PDF (build the document and lay it out)
 * for each scenario in tests/fixtures/scenarios/, in Node. The font files are read once, as a
 * browser fetches them once per click. tests/unit/pdf/bench.test.ts fails if any median is over a second.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAnswers } from '../src/domain/parse-answers';
import { buildChecklist } from '../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../src/pdf/render-checklist-pdf';
import { evaluate } from '../src/rules/evaluate-en';
import { en } from '../templates/en/bundle';

const SCENARIOS = new URL('../tests/fixtures/scenarios/', import.meta.url);

export type BenchResult =
  | { scenario: string; refused: false; medianMs: number; pages: number; bytes: number }
  | { scenario: string; refused: true };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Times `runs` makings of the checklist for one scenario file (a refused one has no checklist). */
export function benchScenario(file: string, fonts: ChecklistFonts, runs: number): BenchResult {
  const scenario = file.replace(/\.json$/u, '');
  // Through parseAnswers, as the product reads a file: version-1 examples are migrated first.
  const parsed = parseAnswers((JSON.parse(readFileSync(new URL(file, SCENARIOS), 'utf8')) as { answers: unknown }).answers);
  if (!parsed.ok) return { scenario, refused: true };
  const answers = parsed.answers;
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  let pages = 0;
  // One run first, untimed: it compiles the code paths, as a page does before a person clicks.
  for (let i = -1; i < runs; i += 1) {
    const start = performance.now();
    const checklist = buildChecklist({ answers, evaluation: evaluate(answers), content: en, madeOn: '2026-11-21' });
    bytes = renderChecklistPdf(checklist, fonts);
    if (i >= 0) times.push(performance.now() - start);
  }
  pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/gu) ?? []).length;
  return { scenario, refused: false, medianMs: median(times), pages, bytes: bytes.byteLength };
}

/** The scenario files, in name order. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

async function main(): Promise<void> {
  const fonts = await loadFontsFromDisk();
  const runs = 15;
  console.log(`Median time to make the checklist PDF, ${runs} runs each (Node ${process.version}):`);
  for (const file of scenarioFiles()) {
    const result = benchScenario(file, fonts, runs);
    console.log(
      result.refused
        ? `  ${result.scenario.padEnd(28)} refused answers: no checklist`
        : `  ${result.scenario.padEnd(28)} ${result.medianMs.toFixed(1).padStart(7)} ms  ${result.pages} pages, ${Math.round(result.bytes / 1024)} KB`,
    );
  }
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
