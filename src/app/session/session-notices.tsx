import { useLayoutEffect, useRef } from 'react';
import { useContent } from '../../content/content-context';
import { answersToFile } from '../../lib/answers-file-basics';
import { downloadFile } from '../../lib/download-file';
import { SetAsideNotice } from './set-aside-notice';
import type { NavigatorSession } from './use-navigator-session';

/**
 * Messages about the session itself, above the page: answers set aside, not saved, cleared (after
 * "Finish and clear", the timeout, or in another tab), closed with a kept copy waiting, or brought
 * up from an older version. The cleared message takes focus so a screen reader says why the
 * welcome page is back.
 */
export function SessionNotices({ session }: { session: NavigatorSession }) {
  const content = useContent();
  const words = content.session;
  const cleared = useRef<HTMLDivElement>(null);
  const parkedHeading = useRef<HTMLHeadingElement>(null);
  // At commit, not after paint: a time-out or another tab's clear comes from a timer or an event, not a click.
  useLayoutEffect(() => {
    if (session.parked) parkedHeading.current?.focus();
    else if (session.cleared) cleared.current?.focus();
  }, [session.cleared, session.parked]);

  const minutes = session.prefs.timeoutMinutes === 'never' ? 0 : session.prefs.timeoutMinutes;
  const clearedText =
    session.cleared === 'timeout'
      ? session.parked
        ? null
        : words.timeout.cleared(minutes)
      : session.cleared === 'other-tab'
        ? words.timeout.otherTab
        : session.cleared === 'kept-deleted'
          ? words.timeout.keptDeleted
          : session.cleared === 'finished'
            ? words.finish.cleared
            : null;
  const closedKept = words.timeout.closedKept;

  return (
    <>
      {session.saveFailed && (
        <section className="notice notice--warning" role="alert" aria-labelledby="save-failed-heading">
          <h2 id="save-failed-heading" className="heading-m">
            {words.saveFailed.heading}
          </h2>
          {words.saveFailed.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              const answers = session.currentAnswers();
              if (!answers) return;
              const file = answersToFile(answers, new Date(), words.export);
              downloadFile(file.fileName, file.text, 'application/json');
            }}
          >
            {words.saveFailed.download}
          </button>
        </section>
      )}
      {session.setAside !== null && <SetAsideNotice raw={session.setAside} stored={session.setAsideStored} onDiscard={session.discardSetAside} />}
      {clearedText !== null && (
        <div className="notice" role="status" tabIndex={-1} ref={cleared}>
          <p>{clearedText}</p>
        </div>
      )}
      {session.parked && (
        <section className="notice" aria-labelledby="closed-kept-heading">
          <h2 id="closed-kept-heading" className="heading-m" tabIndex={-1} ref={parkedHeading}>
            {closedKept.heading}
          </h2>
          {closedKept.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <div className="button-group">
            <button type="button" className="button" onClick={() => void session.continueKept()}>
              {words.timeout.continueKept}
            </button>
            <button type="button" className="button button--secondary" onClick={session.deleteKept}>
              {words.timeout.deleteKept}
            </button>
          </div>
        </section>
      )}
      {session.imported !== null && (
        <div className="notice" role="status">
          <p>{words.import.done(session.imported)}</p>
        </div>
      )}
      {session.migrated && (
        <div className="notice" role="status">
          <p>{words.migrated}</p>
        </div>
      )}
    </>
  );
}
