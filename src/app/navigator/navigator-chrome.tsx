import { useSelector } from '@xstate/react';
import { routeEvent } from '../../../flows/navigator.events';
import { canRoute, currentStepId, isQuestionStep } from '../../../flows/navigator.selectors';
import { sectionSummaries } from '../../../flows/section-status';
import { FinishAndClear } from '../session/finish-and-clear';
import type { NavigatorActor } from '../session/use-navigator-session';
import { SectionNotes } from './section-notes';
import { ShortcutsHelp } from './shortcuts-help';
import { TaskList } from './task-list';
import { TimeoutSetting } from '../session/timeout-setting';
import { useShortcuts } from './use-shortcuts';
import type { TimeoutChoice } from '../../lib/navigator-prefs';

type NavigatorAsideProps = {
  actor: NavigatorActor;
  timeoutMinutes: TimeoutChoice;
  onTimeoutChange: (minutes: TimeoutChoice) => void;
  /** Finish and clear, one patient after another: always at hand in navigator mode. */
  onClear: () => void;
};

/** Navigator mode, beside the page: the task list, the shortcuts, and the inactivity setting. */
export function NavigatorAside({ actor, timeoutMinutes, onTimeoutChange, onClear }: NavigatorAsideProps) {
  const state = useSelector(actor, (snapshot) => snapshot);
  const stateId = currentStepId(state);

  useShortcuts(true, {
    onNext: () => {
      if (stateId === 'checkAnswers') {
        actor.send({ type: 'answers.confirm' });
        return;
      }
      // The page's own form: Alt+N is exactly Continue, validation and all.
      document.querySelector<HTMLFormElement>('#main-content form')?.requestSubmit();
    },
    onBack: () => {
      if (state.can({ type: 'nav.back' })) actor.send({ type: 'nav.back' });
    },
  });

  return (
    <div className="navigator-aside">
      <TaskList
        sections={sectionSummaries(state.context.answers, stateId)}
        canGo={(id) => canRoute(state, id)}
        onGo={(id) => actor.send(routeEvent(id))}
      />
      <FinishAndClear onClear={onClear} />
      <ShortcutsHelp />
      <TimeoutSetting minutes={timeoutMinutes} onChange={onTimeoutChange} />
    </div>
  );
}

/** Navigator mode, under a question page: the note for that page. */
export function NavigatorNotes({ actor }: { actor: NavigatorActor }) {
  const stateId = useSelector(actor, currentStepId);
  const saved = useSelector(actor, (snapshot) => {
    const id = currentStepId(snapshot);
    return isQuestionStep(id) ? (snapshot.context.answers.sectionNotes?.[id] ?? '') : '';
  });
  if (!isQuestionStep(stateId)) return null;
  return (
    <SectionNotes
      key={stateId}
      section={stateId}
      saved={saved}
      onSave={(text) => actor.send({ type: 'notes.save', section: stateId, text })}
    />
  );
}
