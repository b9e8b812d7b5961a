import { useId } from 'react';
import { useContent } from '../../content/content-context';
import { TIMEOUT_CHOICES, type TimeoutChoice } from '../../lib/navigator-prefs';

type TimeoutSettingProps = {
  minutes: TimeoutChoice;
  onChange: (minutes: TimeoutChoice) => void;
};

/**
 * How long with nothing happening before the session closes, or never. Anyone can see and change
 * it (the session panel; beside the page in navigator mode).
 */
export function TimeoutSetting({ minutes, onChange }: TimeoutSettingProps) {
  const { session } = useContent();
  const words = session.timeout.setting;
  const id = useId();
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {words.label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {words.hint}
      </p>
      <select
        id={id}
        className="select"
        value={String(minutes)}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = TIMEOUT_CHOICES.find((choice) => String(choice) === event.currentTarget.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {TIMEOUT_CHOICES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choice === 'never' ? words.never : words.option(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
