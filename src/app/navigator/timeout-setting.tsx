import { useId } from 'react';
import { useContent } from '../../content/content-context';
import { TIMEOUT_CHOICES, type TimeoutMinutes } from '../../lib/navigator-prefs';

type TimeoutSettingProps = {
  minutes: TimeoutMinutes;
  onChange: (minutes: TimeoutMinutes) => void;
};

/** Navigator mode: how long with nothing happening before answers are cleared. */
export function TimeoutSetting({ minutes, onChange }: TimeoutSettingProps) {
  const { navigator } = useContent();
  const words = navigator.timeoutSetting;
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
        value={minutes}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = TIMEOUT_CHOICES.find((choice) => String(choice) === event.currentTarget.value);
          if (chosen) onChange(chosen);
        }}
      >
        {TIMEOUT_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {words.option(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
