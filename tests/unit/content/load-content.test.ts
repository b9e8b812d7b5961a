import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content';
import { applyDocumentLanguage, readStoredLanguage, storeLanguage } from '../../../src/content/language-preference';

describe('loadContent', () => {
  it('loads the bundle of the language asked for', async () => {
    expect((await loadContent('en')).lang).toBe('en');
    expect((await loadContent('es')).lang).toBe('es');
  });

  it('loads each bundle once', async () => {
    expect(await loadContent('es')).toBe(await loadContent('es'));
  });
});

describe('language preference', () => {
  const memoryStorage = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it('remembers the choice in the storage it is given', () => {
    const storage = memoryStorage();
    expect(readStoredLanguage(storage)).toBeNull();
    storeLanguage('es', storage);
    expect(readStoredLanguage(storage)).toBe('es');
  });

  it('treats blocked storage as no choice and never throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readStoredLanguage(blocked)).toBeNull();
    expect(() => storeLanguage('es', blocked)).not.toThrow();
  });

  it('sets the lang of the document it is given', () => {
    const doc = { documentElement: { lang: 'en' } } as unknown as Document;
    applyDocumentLanguage('es', doc);
    expect(doc.documentElement.lang).toBe('es');
  });
});
