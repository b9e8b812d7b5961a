import type { Answers } from '../src/domain/answers.schema';
import { QUESTION_STEP_IDS, type QuestionStepId } from './steps';

/** Whether a value names a question page (a note's section comes from outside the types at run time). */
export function isSectionId(value: unknown): value is QuestionStepId {
  return QUESTION_STEP_IDS.some((id) => id === value);
}

/** The answers with one page's navigator note set, or removed when the text is blank. */
export function withSectionNote(answers: Answers, section: QuestionStepId, text: string): Answers {
  const notes = { ...answers.sectionNotes };
  if (text.trim() === '') delete notes[section];
  else notes[section] = text;
  const { sectionNotes: _old, ...rest } = answers;
  return Object.keys(notes).length === 0 ? rest : { ...rest, sectionNotes: notes };
}
