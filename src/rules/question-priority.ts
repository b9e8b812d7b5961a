import type { PathwaysContent, Text, TextParams } from '../content/pathway-content.types';
import type { PathwayResult } from '../domain/evaluation.schema';
import { matches, type Facets } from './answer-facets';
import { TOP_QUESTION_RULES, type TopQuestionRule } from './pathways.rules';

/**
 * The questions that must open Evaluation.topQuestions, in order (TOP_QUESTION_RULES): a running
 * deadline and a label first, then the first question of the road with the strongest fit, then a
 * cost the person said is major. Only questions the pathways show are taken. Pure.
 */
export function priorityQuestions(
  facets: Facets,
  pathways: readonly PathwayResult[],
  words: PathwaysContent,
  params: TextParams,
  hasDeadline: boolean,
): string[] {
  const shown = new Map(pathways.map((p) => [p.id, p.questions]));
  const rows: readonly TopQuestionRule[] = TOP_QUESTION_RULES;
  const textOf = (row: TopQuestionRule): string | undefined => {
    const text = (words[row.pathway].questions as Record<string, Text>)[row.question];
    if (text === undefined || (row.needsDeadline && !hasDeadline) || !matches(row.when, facets)) return undefined;
    const rendered = typeof text === 'string' ? text : text(params);
    return shown.get(row.pathway)?.includes(rendered) ? rendered : undefined;
  };
  const place = (where: 'first' | 'after') => rows.filter((r) => r.place === where).map(textOf).filter((t): t is string => t !== undefined);
  // The pathways arrive strongest first: the strongest road that asks anything gives its first question.
  const strongest = pathways.find((p) => p.fit !== 'unlikely' && p.questions.length > 0)?.questions[0];
  const ordered = [...place('first'), ...(strongest === undefined ? [] : [strongest]), ...place('after')];
  return [...new Set(ordered)];
}
