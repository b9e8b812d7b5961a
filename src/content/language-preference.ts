import { isLang, type Lang } from './languages';

// The language chosen in this tab. Kept in sessionStorage only: it is not health information, but
// like the answers it should not outlive the tab on a shared clinic computer.
const STORAGE_KEY = 'treatment-access-navigator.lang';

/** The language chosen earlier in this tab, if any. Storage that cannot be read counts as none. */
export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeSessionStorage()): Lang | null {
  try {
    const value = storage?.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language for this tab; storage that is full or blocked is ignored (the choice still applies on screen). */
export function storeLanguage(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeSessionStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing or a full quota: the language still changes, it just is not remembered.
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Sets `<html lang>` so screen readers and hyphenation follow the language on screen. */
export function applyDocumentLanguage(lang: Lang, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (doc) doc.documentElement.lang = lang;
}
