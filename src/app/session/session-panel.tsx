import { useContent } from '../../content/content-context';
import type { Answers } from '../../domain/answers.schema';
import type { CheckedAnswers } from '../../domain/parse-answers';
import { AnswersFilePanel } from './answers-file-panel';
import { FinishAndClear } from './finish-and-clear';
import { KeepBetweenVisits } from './keep-between-visits';
import { TimeoutSetting } from './timeout-setting';
import type { TimeoutChoice } from '../../lib/navigator-prefs';
import './session.css';

type SessionPanelProps = {
  answers: Answers;
  onImport: (answers: CheckedAnswers, fileName: string) => void;
  kept: boolean;
  /** Keep between visits; hidden while a kept copy closed by the time-out waits (so nothing overwrites it). */
  onKeepChange?: (keep: boolean) => boolean;
  /** The inactivity time-out; left out where navigator mode shows it beside the page. */
  timeout?: { minutes: TimeoutChoice; onChange: (minutes: TimeoutChoice) => void };
  /** Finish and clear; shown once there is something to clear. */
  onClear?: () => void;
  /** Save to a file; hidden while there are no answers to save. */
  canExport: boolean;
};

/** "Your answers on this computer": save to a file, open a file, keep between visits, the time-out, finish and clear. */
export function SessionPanel({ answers, onImport, kept, onKeepChange, timeout, onClear, canExport }: SessionPanelProps) {
  const { session } = useContent();
  return (
    <aside className="session-panel" aria-labelledby="session-panel-heading">
      <h2 id="session-panel-heading" className="heading-m">
        {session.panelHeading}
      </h2>
      <section aria-labelledby="answers-file-heading">
        <h3 id="answers-file-heading" className="heading-s">
          {session.filesHeading}
        </h3>
        <AnswersFilePanel answers={answers} onImport={onImport} canExport={canExport} />
      </section>
      {onKeepChange && (
        <section>
          <KeepBetweenVisits kept={kept} onChange={onKeepChange} />
        </section>
      )}
      {timeout && (
        <section>
          <TimeoutSetting minutes={timeout.minutes} onChange={timeout.onChange} />
        </section>
      )}
      {onClear && (
        <section aria-labelledby="finish-heading">
          <h3 id="finish-heading" className="heading-s">
            {session.finish.button}
          </h3>
          <FinishAndClear onClear={onClear} />
        </section>
      )}
    </aside>
  );
}
