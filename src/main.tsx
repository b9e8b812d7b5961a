import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>Treatment access navigator</h1>
        <p>The wizard is coming soon.</p>
      </main>
    </StrictMode>,
  );
}
