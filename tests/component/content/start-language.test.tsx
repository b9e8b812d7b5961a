import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLanguage } from '../../../src/content/start-language';

// The first screen's language: this tab's earlier choice, else the browser's languages, else English.
describe('startLanguage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    sessionStorage.clear();
    document.documentElement.lang = 'en';
  });

  const browserSpeaks = (...languages: string[]) => vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);

  it('opens in Spanish for a browser that prefers Spanish, with the Spanish words and <html lang="es">', async () => {
    browserSpeaks('es-MX', 'en-US');
    const start = await startLanguage();
    expect(start.lang).toBe('es');
    expect(start.content.lang).toBe('es');
    expect(start.content.wizard.ui.continue).toBe('Continuar');
    expect(document.documentElement.lang).toBe('es');
  });

  it('opens in English for a browser that speaks neither language', async () => {
    browserSpeaks('fr-FR', 'de');
    const start = await startLanguage();
    expect(start.lang).toBe('en');
    expect(start.content.wizard.ui.continue).toBe('Continue');
    expect(document.documentElement.lang).toBe('en');
  });

  it('keeps the language chosen earlier in this tab over the browser', async () => {
    browserSpeaks('en-US');
    sessionStorage.setItem('treatment-access-navigator.lang', 'es');
    expect((await startLanguage()).lang).toBe('es');
  });
});
