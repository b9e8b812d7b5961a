import { useId, useState } from 'react';
import { useContent } from '../../content/content-context';

type KeepBetweenVisitsProps = {
  kept: boolean;
  /**
   * true: keep a copy in this browser from now on; false: stop and delete the copy. Returns false
   * when the copy could not be written: the box stays unticked and the person is told.
   */
  onChange: (keep: boolean) => boolean;
};

/** The opt-in to keep answers between visits, with what is kept and where said plainly. */
export function KeepBetweenVisits({ kept, onChange }: KeepBetweenVisitsProps) {
  const { session } = useContent();
  const words = session.keep;
  const id = useId();
  const [message, setMessage] = useState('');
  return (
    <fieldset className="keep-between-visits">
      <legend className="heading-s">{words.heading}</legend>
      <div id={`${id}-explain`}>
        {words.explain.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          className="checkbox__input"
          checked={kept}
          aria-describedby={`${id}-explain`}
          onChange={(event) => {
            const keep = event.currentTarget.checked;
            const done = onChange(keep);
            setMessage(!done ? words.failed : keep ? words.on : words.turnedOff);
          }}
        />
        <label className="checkbox__label" htmlFor={id}>
          {words.label}
        </label>
      </div>
      <p role="status" className={message === words.failed ? 'status-message error-message' : 'status-message'}>
        {message}
      </p>
    </fieldset>
  );
}
