import { createContext, use, useContext, type ReactNode } from 'react';
import { loadLaterContent } from './load-content';
import type { Content, FirstContent, LaterContent } from './types';

const ContentContext = createContext<FirstContent | null>(null);

/** Provides one language's words to every component below it (the whole bundle, or its first-screen part). */
export function ContentProvider({ content, children }: { content: FirstContent; children: ReactNode }) {
  return <ContentContext.Provider value={content}>{children}</ContentContext.Provider>;
}

/** The first-screen words of the language on screen: every question page needs only these. */
export function useContent(): FirstContent {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent must be used inside <ContentProvider>');
  return content;
}

function isWhole(content: FirstContent): content is Content {
  return 'pathways' in content && 'checklist' in content;
}

// One merged object per pair, so that components see a stable bundle from render to render.
const merged = new WeakMap<FirstContent, WeakMap<LaterContent, Content>>();

function mergeOnce(first: FirstContent, later: LaterContent): Content {
  let byLater = merged.get(first);
  if (!byLater) merged.set(first, (byLater = new WeakMap()));
  let whole = byLater.get(later);
  if (!whole) byLater.set(later, (whole = { ...first, ...later }));
  return whole;
}

/**
 * All the words of the language on screen, for later pages (results, the checklist, refusals of
 * an imported file). Suspends, inside the page's Suspense boundary, until the later words load.
 */
export function useWholeContent(): Content {
  const content = useContent();
  if (isWhole(content)) return content;
  const later = use(loadLaterContent(content.lang));
  return mergeOnce(content, later);
}
