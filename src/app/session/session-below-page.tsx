import { useSelector } from '@xstate/react';
import { currentStepId } from '../../../flows/navigator.selectors';
import { SessionPanel } from './session-panel';
import type { NavigatorActor, NavigatorSession } from './use-navigator-session';

/**
 * The session panel, where a person starts (open a saved file) and where they finish (save,
 * keep, finish and clear): the welcome, check-answers and results pages. Not on the question
 * pages, which stay one question each.
 */
export function SessionBelowPage({ actor, session }: { actor: NavigatorActor; session: NavigatorSession }) {
  const stateId = useSelector(actor, currentStepId);
  const answers = useSelector(actor, (snapshot) => snapshot.context.answers);
  if (stateId !== 'welcome' && stateId !== 'checkAnswers' && stateId !== 'results') return null;
  return (
    <SessionPanel
      answers={answers}
      canExport={stateId !== 'welcome'}
      onImport={(imported, fileName) => {
        actor.send({ type: 'answers.replace', answers: imported });
        session.noteImported(fileName);
      }}
      kept={session.kept}
      onKeepChange={session.parked ? undefined : (keep) => session.setKept(keep, actor)}
      timeout={session.prefs.navigatorMode ? undefined : { minutes: session.prefs.timeoutMinutes, onChange: session.setTimeoutMinutes }}
      onClear={stateId === 'welcome' ? undefined : () => session.clear('finished')}
    />
  );
}
