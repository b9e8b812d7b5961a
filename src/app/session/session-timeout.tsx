import { InactivityGuard } from './inactivity-guard';
import { TimeoutDownloads } from './timeout-downloads';
import type { NavigatorSession } from './use-navigator-session';

/**
 * The inactivity time-out for the session on screen: answers, or a session set aside as damaged
 * (which holds answers too). Nothing to watch with "never", or while nothing is on screen.
 */
export function SessionTimeout({ session }: { session: NavigatorSession }) {
  const minutes = session.prefs.timeoutMinutes;
  if (minutes === 'never' || (!session.active && session.setAside === null)) return null;
  return (
    <InactivityGuard
      key={session.actorKey}
      timeoutMinutes={minutes}
      kept={session.kept}
      downloads={
        <TimeoutDownloads
          hasAnswers={session.active}
          answers={session.currentAnswers}
          setAside={session.setAside}
          navigatorMode={session.prefs.navigatorMode}
        />
      }
      onTimeout={() => session.clear('timeout')}
    />
  );
}
