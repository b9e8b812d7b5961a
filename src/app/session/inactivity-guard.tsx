import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useContent } from '../../content/content-context';
import './session.css';

/** How long the warning shows before the session closes. */
export const WARNING_SECONDS = 60;

/** What counts as someone being at the keyboard. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'input'] as const;

type InactivityGuardProps = {
  /** Minutes with nothing happening before the session closes (the warning comes a minute earlier). */
  timeoutMinutes: number;
  /**
   * The answers are kept on this computer: the time-out closes them on screen but keeps the copy,
   * and the warning says so.
   */
  kept?: boolean;
  /** What the person can save before the session closes (the answers, the checklist), shown in the warning. */
  downloads?: ReactNode;
  /** Closes the session; called once when time runs out or on "Clear now". */
  onTimeout: () => void;
};

/**
 * Watches for activity and, after `timeoutMinutes` without any, warns (saying what will happen and
 * offering the downloads) and then closes the session. The timer
 * lives here in the React shell, never in the machine, so the machine stays free of delays.
 * One clock tick a second compares against the wall clock, so a computer that slept still clears.
 */
export function InactivityGuard({ timeoutMinutes, kept = false, downloads, onTimeout }: InactivityGuardProps) {
  const { session } = useContent();
  const words = session.timeout;
  const timeoutMs = timeoutMinutes * 60_000;
  const lastActivity = useRef(0); // set when the effect starts
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const warning = secondsLeft !== null;
  // Read by the activity listener; set where the warning opens and closes, never during render.
  const warningShown = useRef(false);
  const stillHere = useRef<HTMLButtonElement>(null);
  const timeUp = useEffectEvent(() => {
    warningShown.current = false;
    setSecondsLeft(null);
    lastActivity.current = Date.now();
    onTimeout();
  });

  useEffect(() => {
    lastActivity.current = Date.now();
    // While the warning shows, only its buttons count: a mouse brushed by a passer-by must not keep answers open.
    const markActive = () => {
      if (!warningShown.current) lastActivity.current = Date.now();
    };
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, markActive, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      const remainingMs = lastActivity.current + timeoutMs - Date.now();
      if (remainingMs <= 0) {
        timeUp();
      } else if (remainingMs <= WARNING_SECONDS * 1000) {
        warningShown.current = true;
        setSecondsLeft(Math.ceil(remainingMs / 1000));
      }
    }, 1000);
    return () => {
      window.clearInterval(tick);
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, markActive, { capture: true });
    };
  }, [timeoutMs]);

  useEffect(() => {
    if (!warning) return;
    stillHere.current?.focus();
    // The page behind the warning is out of reach (keyboard and screen reader) until it is answered.
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    return () => app?.removeAttribute('inert');
  }, [warning]);

  if (secondsLeft === null) return null;

  const keepGoing = () => {
    warningShown.current = false;
    lastActivity.current = Date.now();
    setSecondsLeft(null);
  };
  // A modal keeps Tab inside it: only its buttons can take focus.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') keepGoing();
    if (event.key !== 'Tab') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return createPortal(
    <div className="modal-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="timeout-heading"
        aria-describedby="timeout-explain timeout-countdown"
        className="modal"
        onKeyDown={onKeyDown}
      >
        <h2 id="timeout-heading" className="heading-m">
          {words.dialogHeading}
        </h2>
        <p id="timeout-explain">{kept ? words.explainKept : words.explain}</p>
        <p id="timeout-countdown" className="modal__countdown">
          {kept ? words.countdownKept(secondsLeft) : words.countdown(secondsLeft)}
        </p>
        {downloads}
        <div className="button-group">
          <button ref={stillHere} type="button" className="button" onClick={keepGoing}>
            {words.stillHere}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              warningShown.current = false;
              setSecondsLeft(null);
              onTimeout();
            }}
          >
            {kept ? words.closeNow : words.clearNow}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
