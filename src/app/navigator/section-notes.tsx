import { useState } from 'react';
import type { QuestionStepId } from '../../../flows/steps';
import { CharacterCount, limitIdFor } from '../../components/character-count';
import { describedBy, ErrorMessage } from '../../components/error-message';
import { useOutsideFields, useReportOutsideProblem } from '../../components/outside-fields';
import { useContent } from '../../content/content-context';
import { LIMITS } from '../../domain/answers-constants';

type SectionNotesProps = {
  section: QuestionStepId;
  /** The note saved so far. */
  saved: string;
  /** Saves the note (blank removes it); called as the navigator types, while it is within the limit. */
  onSave: (text: string) => void;
};

/** The note box's id: the error summary links to it. */
export const sectionNotesId = (section: QuestionStepId) => `navigator-notes-${section}`;

/**
 * Navigator mode: a note on the page on screen, kept with the answers and printed on the
 * clinician page of the checklist. It sits outside the page's form and is saved as typed; a note
 * over its limit is never cut: it stays as typed (here and when the navigator leaves the page and
 * comes back), is not saved, and stops Continue with the page's error summary until it is shortened.
 */
export function SectionNotes({ section, saved, onSave }: SectionNotesProps) {
  const { navigator } = useContent();
  const words = navigator.notes;
  const name = navigator.taskList.sections[section] ?? section;
  const id = sectionNotesId(section);
  const { drafts, keepDraft } = useOutsideFields();
  const [text, setText] = useState(drafts[section] ?? saved);
  const tooLong = text.length > LIMITS.sectionNote;
  const message = tooLong ? words.tooLong(LIMITS.sectionNote) : undefined;
  useReportOutsideProblem(`notes.${section}`, message === undefined ? undefined : { path: `sectionNotes.${section}`, id, text: message });
  return (
    <div className={tooLong ? 'form-group form-group--error field--error section-notes' : 'form-group section-notes'}>
      <label className="label" htmlFor={id}>
        {words.label(name)}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {words.hint(LIMITS.sectionNote)}
      </p>
      <ErrorMessage id={`${id}-error`} text={message} />
      <textarea
        id={id}
        className="textarea"
        rows={3}
        value={text}
        aria-describedby={describedBy(`${id}-hint`, limitIdFor(id), tooLong && `${id}-error`)}
        aria-invalid={tooLong || undefined}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          if (next.length <= LIMITS.sectionNote) {
            keepDraft(section, undefined);
            onSave(next);
          } else {
            keepDraft(section, next);
          }
        }}
      />
      <CharacterCount id={id} limit={LIMITS.sectionNote} length={text.length} />
    </div>
  );
}
