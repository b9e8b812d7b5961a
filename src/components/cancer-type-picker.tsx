import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useContent } from '../content/content-context';
import type { CancerTypeId } from '../domain/cancer-types';
import { searchCancerTypes, sortedCancerTypes } from './cancer-type-search';
import { describedBy, ErrorMessage } from './error-message';
import { WhyWeAsk } from './why-we-ask';

type CancerTypePickerProps = {
  /** Id of the search box: the error summary links here, where a person starts. */
  id: string;
  name: string;
  value: CancerTypeId | null | undefined;
  onChange: (value: CancerTypeId) => void;
  onBlur: () => void;
  error?: string;
  /** Revealed under the list, e.g. the box for "Another type of cancer". */
  children?: ReactNode;
};

/**
 * A search box that shortens a list of radios. Plain radios keep the keyboard and screen reader
 * behaviour people already know; the search matches everyday words ("bowel", "blood cancer").
 */
export function CancerTypePicker({ id, name, value, onChange, onBlur, error, children }: CancerTypePickerProps) {
  const { wizard, lang } = useContent();
  const text = wizard.questions.diagnosis.cancerType;
  const [query, setQuery] = useState('');
  const ordered = useMemo(() => sortedCancerTypes(wizard.cancerTypes, lang), [wizard.cancerTypes, lang]);
  const matches = searchCancerTypes(query, ordered, wizard.cancerTypes);
  // The chosen type and "other" stay in view, so a search never hides an answer or the way out.
  const shown = ordered.filter((typeId) => matches.includes(typeId) || typeId === value || typeId === 'other');

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const searchHintId = `${id}-search-hint`;
  const countId = `${id}-count`;
  const listId = `${id}-list`;
  const listRef = useRef<HTMLDivElement>(null);
  // Coming back to the page, the chosen type may sit far down the list's own scroll box: bring it
  // into the box's view (the box only, not the page), so the answer is seen without scrolling.
  useEffect(() => {
    const list = listRef.current;
    const chosen = list?.querySelector('input:checked')?.closest('.radios__item');
    if (!list || !chosen) return;
    // Half an item of the one before it shows, so the list reads as going on above.
    const item = chosen.getBoundingClientRect();
    list.scrollTop += item.top - list.getBoundingClientRect().top - item.height / 2;
    // Only on arrival: later choices are made where the person is looking.
  }, []);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter in a search box would otherwise submit the whole page.
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, error && errorId)}>
        <legend className="legend">{text.label}</legend>
        <p className="hint" id={hintId}>
          {text.hint}
        </p>
        <WhyWeAsk why={text.why} />
        <ErrorMessage id={errorId} text={error} />
        <div className="search">
          <label className="label label--s" htmlFor={id}>
            {text.searchLabel}
          </label>
          <p className="hint" id={searchHintId}>
            {text.searchHint}
          </p>
          <input
            className="input input--medium"
            id={id}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            aria-controls={listId}
            aria-describedby={describedBy(searchHintId, countId, error && errorId)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onSearchKey}
          />
        </div>
        <p className="search__count" id={countId} role="status">
          {matches.length === 0 ? text.noMatches : text.matchCount(matches.length, ordered.length)}
        </p>
        <div className="radios radios--list" id={listId} ref={listRef}>
          {shown.map((typeId) => {
            const inputId = `${id}-${typeId}`;
            return (
              <div className="radios__item" key={typeId}>
                <input
                  className="radios__input"
                  type="radio"
                  id={inputId}
                  name={name}
                  value={typeId}
                  checked={value === typeId}
                  aria-invalid={error ? true : undefined}
                  onChange={() => onChange(typeId)}
                  onBlur={onBlur}
                />
                <label className="radios__label" htmlFor={inputId}>
                  {wizard.cancerTypes[typeId].name}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
