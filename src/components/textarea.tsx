import type { UseFormRegisterReturn } from 'react-hook-form';
import { useContent } from '../content/content-context';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { describedBy, ErrorMessage } from './error-message';
import { useSpokenAfterPause } from './use-spoken-after-pause';
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
  const { wizard } = useContent();
  const { ui } = wizard;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const limitId = `${id}-limit`;
  const countText =
    limit === undefined ? '' : length <= limit ? ui.charactersRemaining(limit - length) : ui.charactersTooMany(length - limit);
  // The visible count changes on every key; the spoken one waits until typing pauses.
  const spokenCount = useSpokenAfterPause(countText);

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
      {limit !== undefined && (
        <>
          <p className="visually-hidden" id={limitId}>
            {ui.charactersLimit(limit)}
          </p>
          <p className={length > limit ? 'character-count character-count--over' : 'character-count hint'} aria-hidden="true">
            {countText}
          </p>
          <p className="visually-hidden" role="status">
            {spokenCount}
          </p>
        </>
      )}
    </div>
  );
}
