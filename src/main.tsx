import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { prepareSession } from './app/session/prepare-session';
import { startLanguage } from './content/start-language';

const root = document.getElementById('root');
if (root) {
  // The words load before the first render, so no other language flashes up; a stored session is
  // checked before the first render, so the person lands back where they were.
  void Promise.all([startLanguage(), prepareSession()]).then(([start, session]) => {
    createRoot(root).render(
      <StrictMode>
        <App start={start} session={session} />
      </StrictMode>,
    );
  });
}
