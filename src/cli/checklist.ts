/**
 * The command line: `npm run --silent checklist -- --answers FILE --json [--out FILE.pdf] [--letters DIR] [--lang en|es]`.
 * Exit codes: 0 done; 2 the command or the answers file cannot be used (the message says why).
 * `run()` does the work and is tested in-process; the last lines only connect it to the process.
 * To add an option (e.g. `--out FILE.pdf`, `--lang es`): add it to OPTIONS, then handle it in run().
 * Files are read and written by ./files.ts (regular files only, at most 1 MB in, atomic writes
 * out); everything printed goes through ./terminal-text.ts (control characters shown escaped).
 */
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
import { decodeUtf8, isSameFile, MAX_ANSWERS_BYTES, readRegularFile, replaceFileAtomically, type ReadResult } from './files';
import { writeLetters } from './letters';
import { CTGOV_LOOKUP_KINDS, lookUpOnClinicalTrialsGov } from './ctgov-lookups';
import { LABEL_LOOKUP_KIND, lookUpLabelOnOpenFda } from './label-lookup';
import type { Answers } from '../domain/answers.schema';
import { showInline, showOnTerminal } from './terminal-text';

/** Everything run() touches outside itself, so tests can give their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads the answers file; by default only a regular file of at most 1 MB (./files.ts). */
  readFile?: (path: string) => Promise<string | Uint8Array>;
  /** Writes the temporary file that then replaces --out; tests give one that fails. */
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** The fetch the lookups use (`--lookup`); the global fetch by default, a recording in tests. */
  fetch?: typeof fetch;
};

export const EXIT_OK = 0;
export const EXIT_UNUSABLE = 2;
/** A lookup failed (`--lookup`): said on stderr; everything else was still done. */
export const EXIT_LOOKUP_FAILED = 3;

const OPTIONS = {
  answers: { type: 'string' },
  json: { type: 'boolean' },
  lookup: { type: 'string' },
  'save-answers': { type: 'string' },
  out: { type: 'string' },
  letters: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The language bundles the command line can speak (`--lang en|es`; English when not given). */
const BUNDLES: Record<string, Content> = { en, es };

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** "1 MB": the size limit as the message shows it. */
const MAX_SIZE_WORDS = `${MAX_ANSWERS_BYTES / 1_000_000} MB`;

/** Reads through the injected reader when there is one (tests), else the safe reader. */
async function readAnswers(path: string, io: CliIo): Promise<ReadResult> {
  if (!io.readFile) return readRegularFile(path);
  try {
    const read = await io.readFile(path);
    return { ok: true, bytes: typeof read === 'string' ? new TextEncoder().encode(read) : read };
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
}

/** Runs the command line with these arguments; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], givenIo: CliIo = nodeIo): Promise<number> {
  // The last guard: whatever is printed, a control character reaches the terminal only escaped.
  const io: CliIo = { ...givenIo, stdout: (text) => givenIo.stdout(showOnTerminal(text)), stderr: (text) => givenIo.stderr(showOnTerminal(text)) };
  let content = BUNDLES.en!;
  let words = content.problems;
  let values: { answers?: string; json?: boolean; out?: string; letters?: string; lang?: string; help?: boolean; lookup?: string; 'save-answers'?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    io.stderr(`${words.cli.badOption({ detail: showInline(errorMessage(error)) })}\n\n${words.cli.usage}\n`);
    return EXIT_UNUSABLE;
  }
  if (values.lang !== undefined) {
    const chosen = Object.hasOwn(BUNDLES, values.lang) ? BUNDLES[values.lang] : undefined;
    if (!chosen) {
      // The usage that follows lists the languages there are.
      io.stderr(`${words.cli.badOption({ detail: `--lang ${showInline(JSON.stringify(values.lang))}` })}\n\n${words.cli.usage}\n`);
      return EXIT_UNUSABLE;
    }
    content = chosen;
    words = content.problems;
  }
  if (values.help) {
    io.stdout(`${words.cli.usage}\n`);
    return EXIT_OK;
  }
  if (
    values.answers === undefined ||
    values.answers === '' ||
    values.out === '' ||
    values.letters === '' ||
    values['save-answers'] === '' ||
    (!values.json && values.out === undefined && values.letters === undefined && values['save-answers'] === undefined)
  ) {
    io.stderr(`${words.cli.usage}\n`);
    return EXIT_UNUSABLE;
  }

  const path = values.answers;
  const file = showInline(path);
  const read = await readAnswers(path, io);
  if (!read.ok) {
    const say = {
      missing: () => words.cli.fileMissing({ file }),
      'not-a-file': () => words.cli.notAFile({ file }),
      'too-large': () => words.cli.tooLarge({ file, max: MAX_SIZE_WORDS }),
      unreadable: () => words.cli.unreadable({ file }),
    }[read.problem];
    io.stderr(`${say()}\n`);
    return EXIT_UNUSABLE;
  }
  if (values.out !== undefined && (await isSameFile(values.out, path))) {
    // Writing the checklist there would destroy the answers it was made from.
    io.stderr(`${words.cli.outIsAnswers({ file: showInline(values.out) })}\n`);
    return EXIT_UNUSABLE;
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    io.stderr(`${decoded.problem === 'utf16' ? words.cli.utf16({ file }) : words.cli.notUtf8({ file })}\n`);
    return EXIT_UNUSABLE;
  }
  let input: unknown;
  try {
    input = JSON.parse(decoded.text);
  } catch (error) {
    io.stderr(`${words.cli.notJson({ file, detail: showInline(errorMessage(error)) })}\n`);
    return EXIT_UNUSABLE;
  }

  const parsed = parseAnswers(input);
  if (!parsed.ok) {
    // One problem per line: a key name from the file cannot start a line of its own.
    const lines = parsed.problems.map((p) => `- ${showInline(formatProblem(p, words))}`);
    io.stderr(`${words.heading}\n${lines.join('\n')}\n`);
    return EXIT_UNUSABLE;
  }
  // --lookup: ask the services named, save what was found into the answers, go on whatever fails.
  let checked = parsed.answers;
  let lookupFailed = false;
  if (values.lookup !== undefined) {
    const kinds = values.lookup.split(',').map((k) => k.trim());
    const unknown = kinds.filter((k) => k !== LABEL_LOOKUP_KIND && !(CTGOV_LOOKUP_KINDS as readonly string[]).includes(k));
    if (unknown.length > 0 || kinds.length === 0) {
      io.stderr(`${words.cli.badOption({ detail: `--lookup ${showInline(JSON.stringify(values.lookup))}` })}\n\n${words.cli.usage}\n`);
      return EXIT_UNUSABLE;
    }
    const deps = { fetch: io.fetch ?? globalThis.fetch, today: localIsoDate(new Date()) };
    let looked: { answers: Answers; failed: boolean } = { answers: checked, failed: false };
    if (kinds.includes(LABEL_LOOKUP_KIND)) {
      looked = await lookUpLabelOnOpenFda({ answers: checked, deps, lang: content.lang, stderr: io.stderr });
    }
    const ctgovKinds = CTGOV_LOOKUP_KINDS.filter((k) => kinds.includes(k));
    if (ctgovKinds.length > 0) {
      const ctgov = await lookUpOnClinicalTrialsGov({ answers: looked.answers, kinds: ctgovKinds, deps, lang: content.lang, stderr: io.stderr });
      looked = { answers: ctgov.answers, failed: looked.failed || ctgov.failed };
    }
    // What a lookup saved is checked like any answer; if it ever were not valid, nothing of it is kept.
    const rechecked = parseAnswers(looked.answers);
    if (rechecked.ok) checked = rechecked.answers;
    lookupFailed = looked.failed || !rechecked.ok;
  }
  if (values['save-answers'] !== undefined) {
    const target = showInline(values['save-answers']);
    const bytes = new TextEncoder().encode(`${JSON.stringify(checked, null, 2)}\n`);
    const saved = await replaceFileAtomically(values['save-answers'], bytes, io.writeFile);
    if (!saved.ok) {
      io.stderr(`${saved.problem === 'not-a-file' ? words.cli.outNotAFile({ file: target }) : content.checklist.cli.cannotWrite(target)}\n`);
      return EXIT_UNUSABLE;
    }
  }
  const evaluation = evaluate(checked, content);
  if (values.out !== undefined) {
    const out = showInline(values.out);
    let made: Awaited<ReturnType<typeof makeChecklistPdfInNode>>;
    try {
      made = await makeChecklistPdfInNode({ answers: checked, evaluation, content, madeOn: localIsoDate(new Date()) });
    } catch (error) {
      io.stderr(`${content.checklist.cli.cannotMake(showInline(errorMessage(error)))}\n`);
      return EXIT_UNUSABLE;
    }
    const written = await replaceFileAtomically(values.out, made.bytes, io.writeFile);
    if (!written.ok) {
      io.stderr(`${written.problem === 'not-a-file' ? words.cli.outNotAFile({ file: out }) : content.checklist.cli.cannotWrite(out)}\n`);
      return EXIT_UNUSABLE;
    }
    const replaced = made.replaced.map((r) => `${showInline(r.character)} (${r.codePoints})`).join(', ');
    if (replaced) io.stderr(`${content.checklist.cli.replacedWarning(content.checklist.replacementMarker, replaced)}\n`);
  }
  if (values.letters !== undefined) {
    const letters = await writeLetters({
      dir: values.letters,
      answers: checked,
      evaluation,
      lang: content.lang,
      madeOn: localIsoDate(new Date()),
      write: io.writeFile,
    });
    io.stderr(`${letters.message}\n`);
    if (!letters.ok) return EXIT_UNUSABLE;
  }
  if (values.json) io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
  return lookupFailed ? EXIT_LOOKUP_FAILED : EXIT_OK;
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
