import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadWizard, needsWizardAtOnce } from './app/load-wizard';
import { EMPTY_START, prepareSession } from './app/session/prepare-session';
import { startLanguage } from './content/start-language';
import { registerServiceWorkerWhenIdle } from './app/offline/register-when-idle';

const root = document.getElementById('root');
if (root) {
  // The words load before the first render, so no other language flashes up; a stored session is
  // checked before the first render, so the person lands back where they were. Whatever is stored,
  // the app starts: prepareSession sets aside what it cannot read, and should it ever fail, the
  // app opens on a fresh session rather than a blank page.
  const session = prepareSession().catch(() => EMPTY_START);
  Promise.all([startLanguage(), session])
    .then(async ([start, sessionStart]) => {
      // A fresh welcome page shows before the wizard loads (docs/decisions/0011-first-screen.md);
      // any other first page (a restored session, navigator mode) needs it at once. Should it fail
      // to load, the app still starts, and tries again after the first paint.
      if (needsWizardAtOnce(sessionStart)) await loadWizard().catch(() => undefined);
      createRoot(root).render(
        <StrictMode>
          <App start={start} session={sessionStart} />
        </StrictMode>,
      );
      registerServiceWorkerWhenIdle();
    })
    .catch((error: unknown) => {
      // Only the words failing to load gets here (see startLanguage); say it in the console, never silently.
      console.error('The app could not start:', error);
    });
}
