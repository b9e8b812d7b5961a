/**
 * Whether a new version of the app is waiting, shared between the service worker's registration
 * (register-service-worker.ts, loaded after the first page shows) and the message that offers the
 * update (update-prompt.tsx). No React here and nothing personal: only "a version is waiting" and
 * how to start it.
 */
type Listener = () => void;

let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Called by the registration when a new version has installed and waits for the person's choice. */
export function offerUpdate(apply: () => void): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

/** True once a new version waits. */
export function updateWaiting(): boolean {
  return applyUpdate !== null;
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person chose to update: the waiting version takes over and the page reloads. */
export function startUpdate(): void {
  applyUpdate?.();
}
