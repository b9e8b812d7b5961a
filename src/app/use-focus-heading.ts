import { useLayoutEffect, useRef, type RefObject } from 'react';

function focusHeading(heading: HTMLElement): void {
  // Headings are not focusable; -1 lets script focus them without adding a Tab stop.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/**
 * The h1 on show. While a lazy page loads, Suspense keeps the previous page in the DOM hidden with
 * `display: none`: its h1 cannot take focus, so it must not be chosen.
 */
function shownHeading(root: HTMLElement): HTMLElement | null {
  return [...root.querySelectorAll('h1')].find((heading) => !heading.closest('[style*="display: none"]')) ?? null;
}

/**
 * Moves focus to the page's h1 whenever `pageKey` changes (not on first load, where the browser's
 * own start is right), so a screen reader announces the new page and the next Tab starts there.
 * A page still loading has no h1 yet: focus moves when it appears.
 */
export function useFocusHeading(pageKey: string, container: RefObject<HTMLElement | null>): void {
  const previous = useRef(pageKey);
  useLayoutEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    const root = container.current;
    if (!root) return;
    const heading = shownHeading(root);
    if (heading) {
      focusHeading(heading);
      return;
    }
    const observer = new MutationObserver(() => {
      const appeared = shownHeading(root);
      if (!appeared) return;
      observer.disconnect();
      focusHeading(appeared);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return () => observer.disconnect();
  }, [pageKey, container]);
}
