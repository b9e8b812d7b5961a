import { useCallback, useRef, useState } from 'react';
import { applyDocumentLanguage, storeLanguage } from './language-preference';
import type { Lang } from './languages';
import { loadContent } from './load-content';
import type { StartingLanguage } from './start-language';
import type { FirstContent } from './types';

/** The language on screen, its bundle, and a way to switch. */
export type LanguageControl = {
  lang: Lang;
  content: FirstContent;
  /** The language being loaded, or null. */
  pending: Lang | null;
  /** True when the last switch could not load its bundle. */
  failed: boolean;
  switchTo: (lang: Lang) => void;
};

/**
 * Holds the language on screen. Switching loads the other bundle on demand, then swaps it in;
 * nothing else changes, so the answers (which live in the machine) stay exactly as they were.
 */
export function useLanguage(start: StartingLanguage): LanguageControl {
  const [current, setCurrent] = useState<{ lang: Lang; content: FirstContent }>(start);
  const [pending, setPending] = useState<Lang | null>(null);
  const [failed, setFailed] = useState(false);
  // Only the most recent request may win when a person clicks back and forth quickly.
  const latest = useRef<Lang>(start.lang);

  const switchTo = useCallback((lang: Lang) => {
    latest.current = lang;
    setFailed(false);
    setPending(lang);
    loadContent(lang).then(
      (content) => {
        if (latest.current !== lang) return;
        setCurrent({ lang, content });
        setPending(null);
        storeLanguage(lang);
        applyDocumentLanguage(lang);
      },
      () => {
        if (latest.current !== lang) return;
        setPending(null);
        setFailed(true);
      },
    );
  }, []);

  return { lang: current.lang, content: current.content, pending, failed, switchTo };
}
