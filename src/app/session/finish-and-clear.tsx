import { useEffect, useRef, useState } from 'react';
import { useContent } from '../../content/content-context';

type FinishAndClearProps = {
  /** Wipes every trace of the session; called only after the person confirms. */
  onClear: () => void;
};

/** "Finish and clear", with a plain confirmation first: clearing cannot be undone. */
export function FinishAndClear({ onClear }: FinishAndClearProps) {
  const { session } = useContent();
  const words = session.finish;
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (opened.current) openButton.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="finish-and-clear">
        <p className="hint">{words.hint}</p>
        <button ref={openButton} type="button" className="button button--warning" onClick={() => setConfirming(true)}>
          {words.button}
        </button>
      </div>
    );
  }
  return (
    <section className="notice notice--warning" aria-labelledby="finish-confirm-heading">
      <h3 id="finish-confirm-heading" className="heading-s" tabIndex={-1} ref={confirmHeading}>
        {words.confirmHeading}
      </h3>
      <p>{words.confirmBody}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onClear}>
          {words.confirmYes}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {words.confirmNo}
        </button>
      </div>
    </section>
  );
}
