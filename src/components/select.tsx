import type { UseFormRegisterReturn } from 'react-hook-form';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { describedBy, ErrorMessage } from './error-message';
import { WhyWeAsk } from './why-we-ask';

type SelectProps = {
  id: string;
  label: string;
  hint?: string;
  why?: WhyWeAskText;
  error?: string;
  /** The first, empty choice, e.g. "Choose a state or territory". */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  autoComplete?: string;
};

/** A labelled drop-down list, for long lists people know by heart (like their state). */
export function Select({ id, label, hint, why, error, placeholder, options, registration, autoComplete }: SelectProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <WhyWeAsk why={why} />
      <ErrorMessage id={errorId} text={error} />
      <select
        className="select"
        id={id}
        autoComplete={autoComplete}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
        aria-invalid={error ? true : undefined}
        {...registration}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
