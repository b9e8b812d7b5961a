import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { ErrorText } from '../content/wizard-content.types';
import { useContent } from '../content/content-context';

/** One problem on a page: the field it belongs to, the element to focus, and what to tell the person. */
export type FieldProblem = { path: string; id: string; text: string };

/** The DOM id of the control for a form path: "insurance.coverage" -> "insurance-coverage". */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}

type Leaf = { path: string; key: string };

function isLeaf(value: unknown): value is { message: string } {
  return typeof value === 'object' && value !== null && 'type' in value && typeof (value as { message?: unknown }).message === 'string';
}

/** Walks react-hook-form's nested errors (objects and field arrays) into dotted paths. */
function collect(node: unknown, path: string[], out: Leaf[]): void {
  if (isLeaf(node)) {
    out.push({ path: path.join('.'), key: node.message });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    // An error on a whole field array sits under "root"; it belongs to the list itself.
    collect(child, key === 'root' ? path : [...path, key], out);
  }
}

function itemNumber(path: string): number {
  const index = path.split('.').find((part) => /^\d+$/.test(part));
  return index === undefined ? 1 : Number(index) + 1;
}

function toText(entry: ErrorText | undefined, path: string, fallback: string): string {
  if (entry === undefined) return fallback;
  return typeof entry === 'function' ? entry(itemNumber(path)) : entry;
}

/**
 * The page's problems in words: the schemas report message keys, and this turns each into the
 * content's sentence (with the list position where there is one).
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>) {
  const { wizard } = useContent();
  const leaves: Leaf[] = [];
  collect(errors, [], leaves);
  const messages: Record<string, ErrorText | undefined> = wizard.questions.errors;
  const problems: FieldProblem[] = leaves.map(({ path, key }) => ({
    path,
    id: fieldId(path),
    text: toText(Object.hasOwn(messages, key) ? messages[key] : undefined, path, wizard.ui.errorFallback),
  }));
  const byPath = new Map(problems.map((problem) => [problem.path, problem.text]));
  return {
    problems,
    /** The message for one field, or undefined when it is fine. */
    messageFor: (path: string) => byPath.get(path),
  };
}
