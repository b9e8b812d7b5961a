// First, so that the words start loading before React is evaluated (start-early.ts).
import { earlyStart } from './start-early';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadWizard, needsWizardAtOnce } from './app/load-wizard';
import { registerServiceWorkerWhenIdle } from './app/offline/register-when-idle';

/**
 * Runs `task` 5 s after the page's load event. Offline support (the service worker, which then
 * also waits for the browser to be idle) starts that late on purpose: it fetches the whole app
 * (about 3.5 MB) to keep it, and that must not compete with a patient's first page, or with the
 * wizard taking it over, on a weak connection (docs/decisions/0011-first-screen.md).
 */
function afterSettling(task: () => void): void {
  const later = () => void setTimeout(task, 5_000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

const root = document.getElementById('root');
if (root) {
  // The words load before the first render, so no other language flashes up; a stored session is
  // checked before the first render, so the person lands back where they were (start-early.ts).
  earlyStart
    .then(async ([start, sessionStart]) => {
      // A fresh welcome page shows before the wizard loads (docs/decisions/0011-first-screen.md);
      // any other first page (a restored session, navigator mode) needs it at once. Should it fail
      // to load, the app still starts, and tries again after the first paint.
      if (needsWizardAtOnce(sessionStart)) await loadWizard().catch(() => undefined);
      // The first render is a transition: React renders it in slices of about 5 ms, a task each,
      // instead of one task of 200 to 300 ms on a slow phone, and commits it in one go, so the page
      // appears whole as before (docs/decisions/0011-first-screen.md).
      const reactRoot = createRoot(root);
      startTransition(() => {
        reactRoot.render(
          <StrictMode>
            <App start={start} session={sessionStart} />
          </StrictMode>,
        );
      });
      afterSettling(registerServiceWorkerWhenIdle);
    })
    .catch((error: unknown) => {
      // Only the words failing to load gets here (see startLanguage); say it in the console, never silently.
      console.error('The app could not start:', error);
    });
}
