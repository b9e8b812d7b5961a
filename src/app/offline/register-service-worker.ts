/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-status';

/** How often an open tab asks the server whether a new version is out: a clinic laptop stays open all day. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the app's own files for offline use
 * (docs/decisions/0012-offline-and-installable.md). Loaded on its own, after the first page shows,
 * so none of it weighs on the first screen. A new version is offered, never forced: it waits until
 * the person presses "Reload to update" in this tab. Nothing here reads or stores answers.
 */
export function registerServiceWorker(reload: () => void = () => window.location.reload()): void {
  let chosenHere = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () =>
      offerUpdate(() => {
        chosenHere = true;
        void update();
      }),
    // The new version has taken over. In the tab where the person chose it, reload into it. In any
    // other tab, keep offering: the page still runs the old version until its person reloads.
    onNeedReload: () => {
      if (chosenHere) reload();
      else offerUpdate(reload);
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        // An update check that fails (offline) changes nothing: the next one tries again.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => {
      // The app works the same without offline support; say why in the console, never silently.
      console.warn('Offline support could not start:', error);
    },
  });
}
