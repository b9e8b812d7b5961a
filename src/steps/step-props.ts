import type { Answers } from '../domain/answers.schema';

/**
 * What one page submits: the top-level sections it owns, each holding only that page's fields.
 * A field set to `undefined` clears an earlier answer (the machine's merge drops it).
 */
export type AnswersPatch = Partial<Omit<Answers, 'schemaVersion'>>;

/** Every question page takes the answers so far and calls back; it knows nothing of navigation. */
export type StepProps = {
  answers: Answers;
  onSubmit: (patch: AnswersPatch) => void;
  onBack?: () => void;
};
