import type { Lang } from './languages';
import type { FirstContent, LaterContent } from './types';

// Each language is two chunks: the words the first screen and the question pages need, loaded
// before the first render, and the words only later pages need (results, checklist, refusals),
// loaded when one of those pages asks. Only the language in use is fetched.
const firstLoaders: Record<Lang, () => Promise<FirstContent>> = {
  en: () => import('../../templates/en/first').then((module) => module.enFirst),
  es: () => import('../../templates/es/first').then((module) => module.esFirst),
};
const laterLoaders: Record<Lang, () => Promise<LaterContent>> = {
  en: () => import('../../templates/en/later').then((module) => module.enLater),
  es: () => import('../../templates/es/later').then((module) => module.esLater),
};

/** Loads once per language; a failed load is forgotten so that it can be tried again. */
function cachedLoader<T>(loaders: Record<Lang, () => Promise<T>>): (lang: Lang) => Promise<T> {
  const loaded = new Map<Lang, Promise<T>>();
  return (lang) => {
    const cached = loaded.get(lang);
    if (cached) return cached;
    const pending = loaders[lang]().catch((error: unknown) => {
      loaded.delete(lang);
      throw error;
    });
    loaded.set(lang, pending);
    return pending;
  };
}

/** Loads one language's first-screen words. */
export const loadContent = cachedLoader(firstLoaders);

/** Loads one language's words for later pages (results, checklist, refusals). */
export const loadLaterContent = cachedLoader(laterLoaders);
