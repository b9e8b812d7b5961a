/** Storage can be blocked (private windows, policies): the app still works, it just forgets. */
export function storages(): { session: Storage; local: Storage } | null {
  try {
    return { session: window.sessionStorage, local: window.localStorage };
  } catch {
    return null;
  }
}
