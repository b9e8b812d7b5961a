import { useId } from 'react';
import { useContent } from '../../content/content-context';
import './navigator-toggle.css';

type NavigatorToggleProps = {
  on: boolean;
  onChange: (on: boolean) => void;
};

/** The header switch for navigator mode: a labelled checkbox, usable from any page. */
export function NavigatorToggle({ on, onChange }: NavigatorToggleProps) {
  const { navigator } = useContent();
  const id = useId();
  return (
    <div className="navigator-toggle checkbox checkbox--small">
      <input
        id={id}
        type="checkbox"
        className="checkbox__input"
        checked={on}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label className="checkbox__label" htmlFor={id}>
        {navigator.toggle.label}
      </label>
      <span id={`${id}-hint`} className="visually-hidden">
        {navigator.toggle.hint}
      </span>
    </div>
  );
}
