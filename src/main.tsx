import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startLanguage } from './content/start-language';

const root = document.getElementById('root');
if (root) {
  // The words load before the first render, so no other language flashes up.
  void startLanguage().then((start) => {
    createRoot(root).render(
      <StrictMode>
        <App start={start} />
      </StrictMode>,
    );
  });
}
