import type { LanguageContent } from '../../src/content/language-content.types';

/** Palabras del selector de idioma, en español. */
export const language = {
  label: 'Idioma',
  names: { en: 'English', es: 'Español' },
  loading: 'Cambiando el idioma…',
  loadFailed: 'No pudimos cambiar el idioma. Sus respuestas están a salvo. Revise su conexión a internet y vuelva a intentarlo.',
} satisfies LanguageContent;
