import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/content/pick-language';

describe('pickLanguage', () => {
  it.each([
    [['es-MX', 'en-US'], 'es'],
    [['es'], 'es'],
    [['ES-us'], 'es'],
    [['en-US', 'es'], 'en'],
    [['fr-FR', 'es-419', 'en'], 'es'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j start in %s', (languages, expected) => {
    expect(pickLanguage(languages)).toBe(expected);
  });

  it('mends or skips malformed browser tags instead of failing', () => {
    expect(pickLanguage(['es_ES'])).toBe('es');
    expect(pickLanguage(['', 'not a tag!', 'es-MX'])).toBe('es');
    expect(pickLanguage(['x'])).toBe('en');
  });

  it('keeps the choice already made in this tab over the browser', () => {
    expect(pickLanguage(['en-US'], 'es')).toBe('es');
    expect(pickLanguage(['es-MX'], 'en')).toBe('en');
  });

  it('ignores a stored value that is not one of our languages', () => {
    expect(pickLanguage(['es-MX'], 'fr')).toBe('es');
    expect(pickLanguage(['en'], '')).toBe('en');
  });
});
