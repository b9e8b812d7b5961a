import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { describedBy, ErrorMessage } from './error-message';
import { WhyWeAsk } from './why-we-ask';

type TextInputProps = {
  id: string;
  label: string;
  optionalText?: string;
  hint?: string;
  why?: WhyWeAskText;
  error?: string;
  registration: UseFormRegisterReturn;
  /** How wide the box is: a narrow box tells a person that a short answer is expected. */
  width?: 'zip' | 'number' | 'medium' | 'full';
  /** Shown before the box, e.g. "$". */
  prefix?: string;
  /** Shown beside the box: what was read from it ("= $25,000 a year"). */
  readBack?: string;
  /** The read-back for screen readers, given once typing pauses (a polite live region). */
  readBackStatus?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete' | 'spellCheck'>;

/** A labelled text box with hint, why we ask and its own error message. */
export function TextInput({
  id,
  label,
  optionalText,
  hint,
  why,
  error,
  registration,
  width = 'full',
  prefix,
  readBack,
  readBackStatus,
  type = 'text',
  ...native
}: TextInputProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const readBackId = `${id}-read-back`;
  const input = (
    <input
      className={`input input--${width}`}
      id={id}
      type={type}
      aria-describedby={describedBy(hint && hintId, error && errorId, readBack && readBackId)}
      aria-invalid={error ? true : undefined}
      {...native}
      {...registration}
    />
  );
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={id}>
        {optionalText ? `${label} ${optionalText}` : label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <WhyWeAsk why={why} />
      <ErrorMessage id={errorId} text={error} />
      {prefix ? (
        <div className="input-wrapper">
          <span className="input-prefix" aria-hidden="true">
            {prefix}
          </span>
          {input}
        </div>
      ) : (
        input
      )}
      {readBack !== undefined && (
        <>
          <p className="read-back" id={readBackId} aria-hidden="true">
            {readBack}
          </p>
          <p className="visually-hidden" role="status">
            {readBackStatus}
          </p>
        </>
      )}
    </div>
  );
}
