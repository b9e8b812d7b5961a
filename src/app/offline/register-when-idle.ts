/**
 * Starts offline support once the first page is up and the browser is idle: the service worker's
 * registration is its own chunk, never on the first screen's path.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () => void import('./register-service-worker').then((module) => module.registerServiceWorker());
  // Safari has no requestIdleCallback: a short wait does the same job there.
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 2000);
}
