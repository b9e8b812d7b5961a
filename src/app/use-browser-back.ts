import { useEffect, useEffectEvent } from 'react';

// Our mark in history.state. It holds no answers and the address never changes, so nothing a person
// typed reaches the browser's history.
const KEY = 'treatmentNavigator';
type Entry = 'base' | 'top';

function entryOf(state: unknown): Entry | null {
  if (typeof state !== 'object' || state === null || !(KEY in state)) return null;
  const entry = (state as Record<string, unknown>)[KEY];
  return entry === 'base' || entry === 'top' ? entry : null;
}

const mark = (entry: Entry) => ({ [KEY]: entry });

function pushTop(): void {
  if (entryOf(window.history.state) !== 'top') window.history.pushState(mark('top'), '');
}

/**
 * The browser's Back button as the page's Back: while there is a page before this one, the app keeps
 * a second history entry ("top") above its own ("base"). Back lands on base, and instead of leaving
 * the app the wizard goes back one page and top is put back. On the first page there is no top, so
 * Back leaves as usual. Forward (to a top left behind) changes nothing. Pushing top drops any forward
 * entries, so Forward can never skip pages or replay old ones.
 *
 * `goBack` moves the wizard back one page and says whether there is still a page before the new one.
 */
export function useBrowserBack(canGoBack: boolean, goBack: () => boolean): void {
  const onPopState = useEffectEvent((event: PopStateEvent) => {
    // Forward onto top, or an entry that is not ours (the skip link's #main-content): the page stays.
    if (entryOf(event.state) !== 'base') return;
    if (!canGoBack) {
      // Top was left behind on the first page: carry on out of the app, as one press of Back should.
      window.history.back();
      return;
    }
    if (goBack()) pushTop();
  });

  useEffect(() => {
    const listener = (event: PopStateEvent) => onPopState(event);
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  useEffect(() => {
    if (entryOf(window.history.state) === null) window.history.replaceState(mark('base'), '');
    if (canGoBack) pushTop();
  }, [canGoBack]);
}
