import { TOP_QUESTIONS_MAX, TOP_QUESTIONS_MIN, type PathwayResult } from '../domain/evaluation.schema';

/**
 * The questions for the appointment (Evaluation.topQuestions): 3 to 5, most important first,
 * chosen from the pathways' own questions. A first version: the pathways are already sorted
 * strongest first, so their questions are taken in turns (each open road's first question, then
 * each one's second, ...), skipping repeats; roads rated "unlikely" only fill up to three.
 * Fewer than three only when the pathways hold fewer questions in all. Pure.
 */
export function chooseTopQuestions(pathways: readonly PathwayResult[], first: readonly string[] = []): string[] {
  // The questions the rules put first (src/rules/question-priority.ts), then the roads' own in turns.
  const chosen: string[] = [...new Set(first)].slice(0, TOP_QUESTIONS_MAX);
  const take = (from: readonly PathwayResult[], upTo: number) => {
    const rounds = Math.max(0, ...from.map((p) => p.questions.length));
    for (let round = 0; round < rounds; round += 1) {
      for (const pathway of from) {
        const question = pathway.questions[round];
        if (chosen.length >= upTo) return;
        if (question !== undefined && !chosen.includes(question)) chosen.push(question);
      }
    }
  };
  take(
    pathways.filter((p) => p.fit !== 'unlikely'),
    TOP_QUESTIONS_MAX,
  );
  if (chosen.length < TOP_QUESTIONS_MIN) {
    take(
      pathways.filter((p) => p.fit === 'unlikely'),
      TOP_QUESTIONS_MIN,
    );
  }
  return chosen;
}
