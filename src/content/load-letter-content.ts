import type { Lang } from './languages';
import type { LetterBodies, LetterWords } from './letters-content.types';

/** The letters' words: the notes in the person's language and the bodies, always in English. */
export type LetterContent = { words: LetterWords; bodies: LetterBodies };

const wordLoaders: Record<Lang, () => Promise<LetterWords>> = {
  en: () => import('../../templates/en/letter-words').then((module) => module.letterWords),
  es: () => import('../../templates/es/letter-words').then((module) => module.letterWords),
};

const loaded = new Map<Lang, Promise<LetterContent>>();

/**
 * Loads the letters' words once per language, only when the results page shows the letters; a
 * failed load is forgotten so that it can be tried again.
 */
export function loadLetterContent(lang: Lang): Promise<LetterContent> {
  const cached = loaded.get(lang);
  if (cached) return cached;
  const pending = Promise.all([wordLoaders[lang](), import('../../templates/en/letters').then((module) => module.letters)])
    .then(([words, bodies]) => ({ words, bodies }))
    .catch((error: unknown) => {
      loaded.delete(lang);
      throw error;
    });
  loaded.set(lang, pending);
  return pending;
}
