import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { OptionText, WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { describedBy, ErrorMessage } from './error-message';
import { WhyWeAsk } from './why-we-ask';

export type RadioOption = OptionText & { value: string };

/** Pairs each value of an answers enum with its words, in the enum's order. */
export function radioOptions<V extends string>(values: readonly V[], texts: Record<V, OptionText>): RadioOption[] {
  return values.map((value) => ({ value, ...texts[value] }));
}

type RadiosProps = {
  /** Id of the first radio: the error summary links here. */
  id: string;
  legend: string;
  /** When the page asks just this one question, the legend is the page's h1. */
  legendIsHeading?: boolean;
  /** "(optional)", shown after the legend. */
  optionalText?: string;
  hint?: string;
  why?: WhyWeAskText;
  error?: string;
  options: readonly RadioOption[];
  registration: UseFormRegisterReturn;
  /** Two short answers (yes / no) sit side by side. */
  layout?: 'stacked' | 'inline';
  /** Shown under the options, e.g. a question revealed by one answer. */
  children?: ReactNode;
};

/** A group of radios in a fieldset, GOV.UK style: legend, hint, why we ask, error, options. */
export function Radios({
  id,
  legend,
  legendIsHeading = false,
  optionalText,
  hint,
  why,
  error,
  options,
  registration,
  layout = 'stacked',
  children,
}: RadiosProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const legendText = optionalText ? `${legend} ${optionalText}` : legend;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hint && hintId, error && errorId)}>
        {legendIsHeading ? (
          <legend className="legend legend--page">
            <h1 className="heading-l" id="page-heading" tabIndex={-1}>
              {legendText}
            </h1>
          </legend>
        ) : (
          <legend className="legend">{legendText}</legend>
        )}
        {hint && (
          <p className="hint" id={hintId}>
            {hint}
          </p>
        )}
        <WhyWeAsk why={why} />
        <ErrorMessage id={errorId} text={error} />
        <div className={layout === 'inline' ? 'radios radios--inline' : 'radios'}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            const optionHintId = `${inputId}-hint`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  type="radio"
                  id={inputId}
                  value={option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  aria-invalid={error ? true : undefined}
                  {...registration}
                />
                <label className="radios__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && (
                  <p className="hint radios__hint" id={optionHintId}>
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
