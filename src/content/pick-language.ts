import { isLang, type Lang } from './languages';

/**
 * The language to start in: a choice already made in this tab wins; otherwise the first of the
 * browser's preferred languages we speak ("es-MX" counts as Spanish); otherwise English.
 */
export function pickLanguage(browserLanguages: readonly string[], storedChoice?: string | null): Lang {
  if (isLang(storedChoice)) return storedChoice;
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}
