import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { en } from '../../templates/en/bundle';
import { evaluate as evaluateIn } from './evaluate';

/** evaluate() with the English words: for the command line and tests. */
export function evaluate(answers: Answers): Evaluation {
  return evaluateIn(answers, en);
}
