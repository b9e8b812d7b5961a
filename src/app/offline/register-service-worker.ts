import { offerUpdate } from './update-status';

/** How often an open tab asks the server whether a new version is out: a clinic laptop stays open all day. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** What the page posts to a waiting worker when the person chooses to update (service-worker.js obeys it). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * Registers the service worker that keeps the app's own files for offline use
 * (docs/decisions/0012-offline-and-installable.md). Loaded on its own, after the first page shows,
 * so none of it weighs on the first screen. A new version is offered, never forced: it waits until
 * the person presses "Reload to update" in this tab. Nothing here reads or stores answers.
 */
export function registerServiceWorker(
  reload: () => void = () => window.location.reload(),
  container: ServiceWorkerContainer = navigator.serviceWorker,
): void {
  let chosenHere = false;
  // Whether a worker already runs this page: until one does, a change of worker is the first
  // visit's worker taking the page, not a new version.
  let controlled = container.controller !== null;

  const offer = (waiting: ServiceWorker) =>
    offerUpdate(() => {
      chosenHere = true;
      waiting.postMessage(SKIP_WAITING);
    });

  // The new version has taken over. In the tab where the person chose it, reload into it. In any
  // other tab, keep offering: the page still runs the old version until its person reloads.
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (chosenHere) reload();
    else offerUpdate(reload);
  });

  // A new version installing: once installed, it waits while this version runs the page.
  const watch = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });

  container
    .getRegistration('/')
    // Registered once, on the first visit; after that the browser checks for new versions itself
    // (and below, hourly), so a page never registers over a version that is installing.
    .then((existing) => existing ?? container.register('/sw.js', { scope: '/' }))
    .then((registration) => {
      // A new version installed on an earlier visit (or in another tab), still waiting.
      if (registration.waiting && container.controller) offer(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      window.setInterval(() => {
        // An update check that fails (offline) changes nothing: the next one tries again.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    })
    .catch((error: unknown) => {
      // The app works the same without offline support; say why in the console, never silently.
      console.warn('Offline support could not start:', error);
    });
}
