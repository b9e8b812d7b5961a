import { useEffect, useRef } from 'react';
import { useContent } from '../../content/content-context';
import { SetAsideNotice } from './set-aside-notice';
import type { NavigatorSession } from './use-navigator-session';

/**
 * Messages about the session itself, above the page: answers set aside, cleared (after "Finish and
 * clear" or the timeout), or brought up from an older version. The cleared message takes focus so a
 * screen reader says why the welcome page is back.
 */
export function SessionNotices({ session }: { session: NavigatorSession }) {
  const content = useContent();
  const cleared = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (session.cleared) cleared.current?.focus();
  }, [session.cleared]);

  return (
    <>
      {session.setAside !== null && <SetAsideNotice raw={session.setAside} onDiscard={session.discardSetAside} />}
      {session.cleared && (
        <div className="notice" role="status" tabIndex={-1} ref={cleared}>
          <p>
            {session.cleared === 'timeout'
              ? content.session.timeout.cleared(session.prefs.timeoutMinutes)
              : content.session.finish.cleared}
          </p>
        </div>
      )}
      {session.imported !== null && (
        <div className="notice" role="status">
          <p>{content.session.import.done(session.imported)}</p>
        </div>
      )}
      {session.migrated && (
        <div className="notice" role="status">
          <p>{content.session.migrated}</p>
        </div>
      )}
    </>
  );
}
