import { loadContent } from './load-content';
import { applyDocumentLanguage, readStoredLanguage } from './language-preference';
import type { Lang } from './languages';
import { pickLanguage } from './pick-language';
import type { FirstContent } from './types';

/** The language the app opens in and its bundle. */
export type StartingLanguage = { lang: Lang; content: FirstContent };

/**
 * Picks the first language (this tab's earlier choice, else the browser's languages), loads only
 * that bundle, and sets `<html lang>`. Call before the first render so no English flashes up.
 */
export async function startLanguage(): Promise<StartingLanguage> {
  const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages;
  const lang = pickLanguage(browserLanguages, readStoredLanguage());
  let content: FirstContent;
  try {
    content = await loadContent(lang);
  } catch {
    // The chosen bundle could not be fetched (a flaky connection): English is the last resort.
    if (lang === 'en') throw new Error('The words of the app could not be loaded.');
    return startIn('en');
  }
  applyDocumentLanguage(lang);
  return { lang, content };
}

async function startIn(lang: Lang): Promise<StartingLanguage> {
  const content = await loadContent(lang);
  applyDocumentLanguage(lang);
  return { lang, content };
}
