import type { UseFormRegisterReturn } from 'react-hook-form';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { CharacterCount, limitIdFor } from './character-count';
import { describedBy, ErrorMessage } from './error-message';
import { WhyWeAsk } from './why-we-ask';

type TextareaProps = {
  id: string;
  label: string;
  /** The page's h1 is this label when the page asks only this. */
  labelIsHeading?: boolean;
  optionalText?: string;
  hint?: string;
  why?: WhyWeAskText;
  error?: string;
  registration: UseFormRegisterReturn;
  rows?: number;
  /** With a limit, a character count shows how much room is left (GOV.UK character count). */
  limit?: number;
  /** What is typed now; needed for the count. */
  length?: number;
};

/** A labelled text area, with an optional live character count. */
export function Textarea({
  id,
  label,
  labelIsHeading = false,
  optionalText,
  hint,
  why,
  error,
  registration,
  rows = 5,
  limit,
  length = 0,
}: TextareaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const limitId = limitIdFor(id);

  const labelText = optionalText ? `${label} ${optionalText}` : label;
  const labelElement = (
    <label className={labelIsHeading ? 'label label--page' : 'label'} htmlFor={id}>
      {labelText}
    </label>
  );
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {labelIsHeading ? (
        <h1 className="heading-l" id="page-heading" tabIndex={-1}>
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <WhyWeAsk why={why} />
      <ErrorMessage id={errorId} text={error} />
      <textarea
        className="textarea"
        id={id}
        rows={rows}
        aria-describedby={describedBy(hint && hintId, limit !== undefined && limitId, error && errorId)}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
      {limit !== undefined && <CharacterCount id={id} limit={limit} length={length} />}
    </div>
  );
}
