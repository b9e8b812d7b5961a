import { useLayoutEffect, useRef, type FocusEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { applicableSteps } from '../../flows/steps';
import { useContent } from '../content/content-context';
import { SCHEMA_VERSION } from '../domain/answers-constants';
import type { CheckedAnswers } from '../domain/parse-answers';
import type { StepDraft } from '../steps/step-props';
import { WelcomePage } from '../steps/welcome-page';

/**
 * What the person did on the first welcome page before the wizard loaded, handed to the wizard
 * when it takes over: the choice made (as the welcome form's draft), whether Continue was pressed
 * (the wizard then presses it, so its own checks and messages apply), which control had focus, and
 * the answers of a file opened from the session panel under the page (the wizard then opens them).
 */
export type FirstInput = { draft: StepDraft | undefined; submitted: boolean; focusIndex: number | null; imported?: CheckedAnswers };

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The place of a control among the focusable elements of the page's main region, or null. */
export function focusIndexOf(element: Element | null): number | null {
  const main = document.getElementById('main-content');
  if (!main || !element || !main.contains(element)) return null;
  const index = [...main.querySelectorAll(FOCUSABLE)].indexOf(element);
  return index === -1 ? null : index;
}

/** Focuses the control at that place in the main region (the page drawn anew by the wizard). */
export function restoreFocus(index: number | null): void {
  if (index === null) return;
  const main = document.getElementById('main-content');
  const target = main?.querySelectorAll<HTMLElement>(FOCUSABLE)[index];
  target?.focus({ preventScroll: true });
}

type FirstWelcomeProps = {
  /** A choice was made: the welcome form's draft. */
  onDraft: (draft: StepDraft) => void;
  /** The place of the control with focus in the main region, or null when focus left the page. */
  onFocusIndex: (index: number | null) => void;
  /** Continue was pressed: the wizard should come as soon as it can, and press it again. */
  onContinue: () => void;
  /** The wizard could not be fetched after Continue: say so, with a way to try again. */
  failed: boolean;
};

/**
 * The welcome page as the first screen draws it, before the wizard has loaded: the same markup as
 * the welcome step (both draw WelcomePage), with plain uncontrolled radios instead of
 * react-hook-form. Nothing here is an answer yet; the shell hands it all to the wizard (FirstInput).
 */
export function FirstWelcome({ onDraft, onFocusIndex, onContinue, failed }: FirstWelcomeProps) {
  const { shell } = useContent();
  const failedHeading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (failed) failedHeading.current?.focus();
  }, [failed]);
  const steps = applicableSteps({ schemaVersion: SCHEMA_VERSION }).length;
  const registration: UseFormRegisterReturn<'filledBy'> = {
    name: 'filledBy',
    onChange: (event: { target: { value?: unknown } }) => {
      onDraft({ filledBy: event.target.value });
      return Promise.resolve();
    },
    onBlur: () => Promise.resolve(),
    ref: () => undefined,
  };
  return (
    <div
      onFocus={(event: FocusEvent<HTMLDivElement>) => {
        onFocusIndex(focusIndexOf(event.target));
      }}
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) onFocusIndex(null);
      }}
    >
      <p className="hint progress">{shell.layout.progress(1, steps)}</p>
      {failed ? (
        <div className="notice notice--warning" role="alert">
          <h1 className="heading-l" tabIndex={-1} ref={failedHeading}>
            {shell.layout.pageLoadFailedHeading}
          </h1>
          <p>{shell.layout.pageLoadFailed}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {shell.layout.tryAgain}
          </button>
        </div>
      ) : (
        <WelcomePage
          problems={[]}
          attempt={0}
          onSubmit={(event) => {
            event.preventDefault();
            onContinue();
          }}
          registration={registration}
        />
      )}
    </div>
  );
}
