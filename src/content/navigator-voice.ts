import type { FirstContent } from './types';
import type { QuestionsContent } from './wizard-content.types';
import type { WizardShellContent } from './wizard-shell-content.types';

/**
 * Third-person words for the question pages, read aloud by a navigator: the same shape as the
 * questions, holding only the strings that change. Each sentence still lives in one template, and
 * a key that no longer exists in the questions fails the type check.
 */
export type Voice<T> = {
  // A string, or a message that may be a string or a function of a position (an error): a string.
  [K in keyof T]?: [T[K]] extends [string]
    ? string
    : string extends T[K]
      ? string
      : T[K] extends (...args: never[]) => unknown
        ? never
        : T[K] extends readonly string[]
          ? readonly string[]
          : T[K] extends readonly unknown[]
            ? never
            : Voice<T[K]>;
};

export type QuestionsVoice = Voice<QuestionsContent>;

/** The check page and the results page in the third person, in the same way. */
export type ShellVoice = Voice<Pick<WizardShellContent, 'checkAnswers' | 'results'>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStrings = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

function overlay<T>(base: T, changes: unknown): T {
  // A list of sentences (paragraphs, bullets) is replaced whole, and only by a list of the same length.
  if (isStrings(base)) return (isStrings(changes) && changes.length === base.length ? changes : base) as T;
  if (!isRecord(base) || !isRecord(changes)) return (typeof changes === 'string' ? changes : base) as T;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (key in base) result[key] = overlay(base[key], value);
  }
  return result as T;
}

/** The bundle with the wizard's pages (questions, check, results) worded for a navigator reading them: "the patient", not "you". */
export function inNavigatorVoice<C extends FirstContent>(content: C): C {
  return {
    ...content,
    wizard: { ...content.wizard, questions: overlay(content.wizard.questions, content.navigator.voice) },
    shell: overlay(content.shell, content.navigator.shellVoice),
  };
}
