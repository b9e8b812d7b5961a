import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { EMPTY_START, prepareSession } from './app/session/prepare-session';
import { startLanguage } from './content/start-language';

const root = document.getElementById('root');
if (root) {
  // The words load before the first render, so no other language flashes up; a stored session is
  // checked before the first render, so the person lands back where they were. Whatever is stored,
  // the app starts: prepareSession sets aside what it cannot read, and should it ever fail, the
  // app opens on a fresh session rather than a blank page.
  const session = prepareSession().catch(() => EMPTY_START);
  Promise.all([startLanguage(), session])
    .then(([start, sessionStart]) => {
      createRoot(root).render(
        <StrictMode>
          <App start={start} session={sessionStart} />
        </StrictMode>,
      );
    })
    .catch((error: unknown) => {
      // Only the words failing to load gets here (see startLanguage); say it in the console, never silently.
      console.error('The app could not start:', error);
    });
}
