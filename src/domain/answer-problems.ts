import type { ProblemsContent } from '../content/pathway-content.types';

/** What kind of value a field expected, when the type itself was wrong. */
export type ExpectedType = 'text' | 'number' | 'whole-number' | 'true-or-false' | 'group' | 'list';

/** What was found instead: the value itself when short and simple, else what kind of thing it was. */
export type Received = { kind: 'missing' | 'null' | 'list' | 'group' } | { kind: 'value'; shown: string };

/**
 * One thing wrong with an answers file. `path` is the dotted field path ("insurance.coverage",
 * "treatments.tried.3.name"; "" for the whole file). The words come later, from a language's
 * templates, so that this structure stays the same in every language.
 */
export type Problem =
  | { path: string; kind: 'not-an-object'; received: Received }
  | { path: string; kind: 'version-missing'; supported: number }
  | { path: string; kind: 'version-invalid'; received: Received; supported: number }
  | { path: string; kind: 'version-newer'; found: number; supported: number }
  | { path: string; kind: 'version-unsupported'; found: number; supported: number }
  | { path: string; kind: 'migration-failed'; from: number; to: number }
  | { path: string; kind: 'unknown-key' }
  | { path: string; kind: 'required' }
  | { path: string; kind: 'wrong-type'; expected: ExpectedType; received: Received }
  | { path: string; kind: 'not-one-of'; received: Received; options: readonly string[] }
  | { path: string; kind: 'too-long'; max: number }
  | { path: string; kind: 'empty' }
  | { path: string; kind: 'too-many'; max: number }
  | { path: string; kind: 'too-small'; min: number }
  | { path: string; kind: 'too-big'; max: number }
  | { path: string; kind: 'bad-format'; format: 'zip' | 'date' | 'other' }
  | { path: string; kind: 'invalid' };

export type ProblemKind = Problem['kind'];

/** The field a path points at, with list positions replaced by "*" ("treatments.tried.*.name"). */
export function fieldPattern(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? '*' : part))
    .join('.');
}

/** One problem in a language's words: "insurance.coverage: ...". */
export function formatProblem(problem: Problem, words: ProblemsContent): string {
  const where = problem.path === '' ? words.wholeFile : problem.path;
  return `${where}: ${describeProblem(problem, words)}`;
}

function shown(received: Received, words: ProblemsContent): string {
  return received.kind === 'value' ? received.shown : words.receivedNames[received.kind];
}

/** What is wrong and what was expected, without the path. */
export function describeProblem(problem: Problem, words: ProblemsContent): string {
  const field = fieldPattern(problem.path);
  switch (problem.kind) {
    case 'not-an-object':
      return words.notAnObject({ received: shown(problem.received, words) });
    case 'version-missing':
      return words.versionMissing({ supported: problem.supported });
    case 'version-invalid':
      return words.versionInvalid({ received: shown(problem.received, words), supported: problem.supported });
    case 'version-newer':
      return words.versionNewer({ found: problem.found, supported: problem.supported });
    case 'version-unsupported':
      return words.versionUnsupported({ found: problem.found, supported: problem.supported });
    case 'migration-failed':
      return words.migrationFailed({ from: problem.from, to: problem.to });
    case 'unknown-key':
      return words.unknownKey;
    case 'required':
      return words.required;
    case 'wrong-type':
      return words.wrongType({ expected: words.typeNames[problem.expected], received: shown(problem.received, words) });
    case 'not-one-of': {
      const longList = words.longLists[field];
      if (longList) return words.notInLongList({ received: shown(problem.received, words), expected: longList });
      return words.notOneOf({
        received: shown(problem.received, words),
        noun: words.fieldNouns[field] ?? words.genericNoun,
        options: problem.options.join(', '),
      });
    }
    case 'too-long':
      return words.tooLong({ max: problem.max });
    case 'empty':
      return words.empty;
    case 'too-many':
      return words.tooMany({ max: problem.max });
    case 'too-small':
      return words.tooSmall({ min: problem.min });
    case 'too-big':
      return words.tooBig({ max: problem.max });
    case 'bad-format':
      return words.formats[problem.format];
    case 'invalid':
      return words.invalid;
  }
}
