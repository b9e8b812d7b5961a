/**
 * The command line: `npm run --silent checklist -- --answers FILE --json [--out FILE.pdf] [--lang en|es]`.
 * Exit codes: 0 done; 2 the command or the answers file cannot be used (the message says why).
 * `run()` does the work and is tested in-process; the last lines only connect it to the process.
 * To add an option (e.g. `--out FILE.pdf`, `--lang es`): add it to OPTIONS, then handle it in run().
 */
import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Content } from '../content/types';
import { formatProblem } from '../domain/answer-problems';
import { parseAnswers } from '../domain/parse-answers';
import { evaluate } from '../rules/evaluate';
import { makeChecklistPdfInNode } from '../pdf/make-checklist-pdf-node';
import { localIsoDate } from '../lib/download-file';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';

/** Everything run() touches outside itself, so tests can give their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
};

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 2;

const OPTIONS = {
  answers: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The language bundles the command line can speak (`--lang en|es`; English when not given). */
const BUNDLES: Record<string, Content> = { en, es };

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
};

/** Runs the command line with these arguments; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let content = BUNDLES.en!;
  let words = content.problems;
  let values: { answers?: string; json?: boolean; out?: string; lang?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr(`${words.cli.badOption({ detail: errorMessage(error) })}\n\n${words.cli.usage}\n`);
    return EXIT_UNUSABLE;
  }
  if (values.lang !== undefined) {
    const chosen = Object.hasOwn(BUNDLES, values.lang) ? BUNDLES[values.lang] : undefined;
    if (!chosen) {
      // The usage that follows lists the languages there are.
      io.stderr(`${words.cli.badOption({ detail: `--lang ${JSON.stringify(values.lang)}` })}\n\n${words.cli.usage}\n`);
      return EXIT_UNUSABLE;
    }
    content = chosen;
    words = content.problems;
  }
  if (values.help) {
    io.stdout(`${words.cli.usage}\n`);
    return EXIT_OK;
  }
  if (values.answers === undefined || values.answers === '' || values.out === '' || (!values.json && values.out === undefined)) {
    io.stderr(`${words.cli.usage}\n`);
    return EXIT_UNUSABLE;
  }

  const file = values.answers;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    io.stderr(`${missing ? words.cli.fileMissing({ file }) : words.cli.unreadable({ file })}\n`);
    return EXIT_UNUSABLE;
  }
  let input: unknown;
  try {
    // Editors on Windows may save a byte-order mark; it is not part of the JSON.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.stderr(`${words.cli.notJson({ file, detail: errorMessage(error) })}\n`);
    return EXIT_UNUSABLE;
  }

  const parsed = parseAnswers(input);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `- ${formatProblem(p, words)}`);
    io.stderr(`${words.heading}\n${lines.join('\n')}\n`);
    return EXIT_UNUSABLE;
  }
  const evaluation = evaluate(parsed.answers, content);
  if (values.out !== undefined) {
    let made: Awaited<ReturnType<typeof makeChecklistPdfInNode>>;
    try {
      made = await makeChecklistPdfInNode({ answers: parsed.answers, evaluation, content, madeOn: localIsoDate(new Date()) });
    } catch (error) {
      io.stderr(`${content.checklist.cli.cannotMake(errorMessage(error))}\n`);
      return EXIT_UNUSABLE;
    }
    try {
      await (io.writeFile ?? writeFile)(values.out, made.bytes);
    } catch {
      io.stderr(`${content.checklist.cli.cannotWrite(values.out)}\n`);
      return EXIT_UNUSABLE;
    }
    const replaced = made.replaced.map((r) => `${r.character} (${r.codePoints})`).join(', ');
    if (replaced) io.stderr(`${content.checklist.cli.replacedWarning(content.checklist.replacementMarker, replaced)}\n`);
  }
  if (values.json) io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
  return EXIT_OK;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      // run() catches everything it expects; this is the last guard against a stack trace.
      process.stderr.write('Something went wrong.\n');
      process.exitCode = 1;
    },
  );
}
