import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy… and waitFor wait up to 5 s, not 1 s. npm test runs these tests beside Chromium and lint
// on two cores, where a lazy page or the results can take over a second to show; a wait ends as
// soon as what it looks for is there, so this costs nothing when the machine is quiet.
configure({ asyncUtilTimeout: 5_000 });

// Component files share one jsdom per worker (vite.config.ts): each test leaves it as it found it.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.documentElement.removeAttribute('lang');
  document.title = '';
});

/**
 * jsdom works out an element's computed style afresh each time it is asked (its own cache is
 * emptied by any change to the tree), from its whole built-in stylesheet, and Testing Library asks
 * for every element and each of its ancestors in every role query and accessible name: a quarter
 * of these tests' CPU time (issue 9, item 13). This keeps each element's computed style until the
 * document changes in any way (a node, an attribute, some text), which a MutationObserver's
 * takeRecords() tells synchronously at every call, so no answer is ever older than the DOM.
 * The app has no stylesheets in jsdom, and what the built-in one says about display and
 * visibility depends only on the tree and its attributes.
 */
function keepComputedStylesUntilTheDomChanges(): void {
  const marked = window as Window & { computedStylesKept?: true };
  if (marked.computedStylesKept) return;
  marked.computedStylesKept = true;
  const computeStyle = window.getComputedStyle.bind(window);
  let kept = new WeakMap<Element, CSSStyleDeclaration>();
  const changes = new MutationObserver(() => {
    kept = new WeakMap();
  });
  changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.getComputedStyle = (element: Element, pseudoElement?: string | null): CSSStyleDeclaration => {
    if (pseudoElement) return computeStyle(element, pseudoElement);
    if (changes.takeRecords().length > 0) kept = new WeakMap();
    const style = kept.get(element) ?? computeStyle(element);
    kept.set(element, style);
    return style;
  };
}
if (typeof window !== 'undefined') keepComputedStylesUntilTheDomChanges();
