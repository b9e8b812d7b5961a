import { createContext, useContext, type ReactNode } from 'react';
import type { Content } from './types';

const ContentContext = createContext<Content | null>(null);

/** Provides one language's content to every component below it. */
export function ContentProvider({ content, children }: { content: Content; children: ReactNode }) {
  return <ContentContext.Provider value={content}>{children}</ContentContext.Provider>;
}

/** The content bundle of the language on screen. */
export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent must be used inside <ContentProvider>');
  return content;
}
