import type { LanguageContent } from '../../src/content/language-content.types';

/** Words of the language switch, in English. */
export const language = {
  label: 'Language',
  names: { en: 'English', es: 'Español' },
  loading: 'Changing the language…',
  loadFailed: 'We could not change the language. Your answers are safe. Check your internet connection and try again.',
} satisfies LanguageContent;
