/** The languages the product speaks, in the order the language switch shows them. */
export const LANGS = ['en', 'es'] as const;

/** One of the product's languages. */
export type Lang = (typeof LANGS)[number];

/** True when a value is one of the product's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

// US English and US Spanish: dates and numbers as people in the US read them
// (es-US writes 12,345.5 and $45,000, where es-ES would write 12.345,5).
const INTL_LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** The locale to give Intl formatters for a language. */
export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang];
}
