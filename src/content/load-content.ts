import type { Lang } from './languages';
import type { Content } from './types';

// Each bundle is its own chunk: the first screen loads only the language in use,
// and the other arrives when the person switches.
const loaders: Record<Lang, () => Promise<Content>> = {
  en: () => import('../../templates/en/bundle').then((module) => module.en),
  es: () => import('../../templates/es/bundle').then((module) => module.es),
};

const loaded = new Map<Lang, Promise<Content>>();

/** Loads one language's content bundle, once; a failed load is forgotten so it can be tried again. */
export function loadContent(lang: Lang): Promise<Content> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const pending = loaders[lang]().catch((error: unknown) => {
    loaded.delete(lang);
    throw error;
  });
  loaded.set(lang, pending);
  return pending;
}
