import { useSyncExternalStore } from 'react';
import { useContent } from '../../content/content-context';
import { startUpdate, subscribeToUpdate, updateWaiting } from './update-status';

/**
 * Says, politely, when a new version of the app is ready, with a button to reload into it. It never
 * reloads by itself: the person may be mid-way through a page. The live region is always there
 * (empty until then), so screen readers announce the message when it appears.
 */
export function UpdatePrompt() {
  const { shell } = useContent();
  const waiting = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  return (
    <div role="status" aria-label={shell.layout.updateLabel} className="update-prompt">
      {waiting && (
        <div className="notice">
          <p>{shell.layout.updateReady}</p>
          <button type="button" className="button button--secondary" onClick={startUpdate}>
            {shell.layout.updateReload}
          </button>
        </div>
      )}
    </div>
  );
}
