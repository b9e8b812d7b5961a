import { useId, useState } from 'react';
import type { QuestionStepId } from '../../../flows/steps';
import { ErrorMessage } from '../../components/error-message';
import { useContent } from '../../content/content-context';
import { LIMITS } from '../../domain/answers-constants';

type SectionNotesProps = {
  section: QuestionStepId;
  /** The note saved so far. */
  saved: string;
  /** Saves the note (blank removes it); called as the navigator types, while it is within the limit. */
  onSave: (text: string) => void;
};

/**
 * Navigator mode: a note on the page on screen, kept with the answers and printed on the checklist.
 * It sits outside the page's form, so Continue and Alt+N never submit it, and it is saved as typed.
 */
export function SectionNotes({ section, saved, onSave }: SectionNotesProps) {
  const { navigator } = useContent();
  const words = navigator.notes;
  const name = navigator.taskList.sections[section] ?? section;
  const id = useId();
  const [text, setText] = useState(saved);
  const tooLong = text.length > LIMITS.sectionNote;
  return (
    <div className={tooLong ? 'form-group form-group--error section-notes' : 'form-group section-notes'}>
      <label className="label" htmlFor={id}>
        {words.label(name)}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {words.hint(LIMITS.sectionNote)}
      </p>
      <ErrorMessage id={`${id}-error`} text={tooLong ? words.tooLong(LIMITS.sectionNote) : undefined} />
      <textarea
        id={id}
        className="textarea"
        rows={3}
        value={text}
        aria-describedby={tooLong ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          if (next.length <= LIMITS.sectionNote) onSave(next);
        }}
      />
    </div>
  );
}
