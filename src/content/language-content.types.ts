import type { Lang } from './languages';

/** Words of the language switch. */
export type LanguageContent = {
  /** Names the switch, on screen and for screen readers: "Language". */
  label: string;
  /** Each language's name in that language ("English", "Español"), the same in every bundle. */
  names: Record<Lang, string>;
  /** Announced while the other language loads. */
  loading: string;
  /** Announced when the other language could not be loaded; says the answers are safe. */
  loadFailed: string;
};
