import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { FieldProblem } from './field-errors';

/**
 * Fields that sit outside a question page's own form but belong to its Continue: the navigator's
 * note under the page. Their problems join the page's error summary and stop Continue like any
 * field's; what is typed in them and cannot be saved yet (a note over its limit) is kept here, so
 * leaving the page never cuts it.
 */
export type OutsideFields = {
  problems: readonly FieldProblem[];
  report: (key: string, problem: FieldProblem | undefined) => void;
  drafts: Readonly<Record<string, string>>;
  keepDraft: (key: string, text: string | undefined) => void;
};

const NONE: OutsideFields = { problems: [], report: () => undefined, drafts: {}, keepDraft: () => undefined };

export const OutsideFieldsContext = createContext<OutsideFields>(NONE);

/** The state behind the context, held by the wizard (which reads `problems` before it moves on). */
export function useOutsideFieldsState(): OutsideFields {
  const [byKey, setByKey] = useState<Record<string, FieldProblem>>({});
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const report = useCallback((key: string, problem: FieldProblem | undefined) => {
    setByKey((current) => {
      if (problem === undefined) {
        if (!(key in current)) return current;
        const { [key]: _gone, ...rest } = current;
        return rest;
      }
      const old = current[key];
      return old && old.text === problem.text && old.id === problem.id ? current : { ...current, [key]: problem };
    });
  }, []);
  const keepDraft = useCallback((key: string, text: string | undefined) => {
    setDrafts((current) => {
      if (text === undefined) {
        if (!(key in current)) return current;
        const { [key]: _gone, ...rest } = current;
        return rest;
      }
      return current[key] === text ? current : { ...current, [key]: text };
    });
  }, []);
  const problems = useMemo(() => Object.values(byKey), [byKey]);
  return useMemo(() => ({ problems, report, drafts, keepDraft }), [problems, report, drafts, keepDraft]);
}

export function useOutsideFields(): OutsideFields {
  return useContext(OutsideFieldsContext);
}

/** Reports one outside field's problem while it has one (and takes it back when it is fixed or leaves). */
export function useReportOutsideProblem(key: string, problem: FieldProblem | undefined): void {
  const { report } = useOutsideFields();
  const id = problem?.id;
  const text = problem?.text;
  const path = problem?.path;
  useEffect(() => {
    report(key, id !== undefined && text !== undefined && path !== undefined ? { id, text, path } : undefined);
  }, [report, key, id, text, path]);
  useEffect(() => () => report(key, undefined), [report, key]);
}
