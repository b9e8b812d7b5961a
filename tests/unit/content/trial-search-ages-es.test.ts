import { describe, expect, it } from 'vitest';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

// ClinicalTrials.gov writes age limits in English ("18 Years", "6 Months"). The Spanish study card
// says them in Spanish, so a Spanish page does not read "Desde 18 Years".
describe('the age limits on a study card', () => {
  it('are said in Spanish, with the singular for 1', () => {
    expect(es.trialSearch.ageLimits({ min: '18 Years', max: '75 Years' })).toBe('De 18 años a 75 años');
    expect(es.trialSearch.ageLimits({ min: '1 Year' })).toBe('Desde 1 año');
    expect(es.trialSearch.ageLimits({ max: '6 Months' })).toBe('Hasta 6 meses');
  });

  it('keep a limit written some other way as the registry wrote it', () => {
    expect(es.trialSearch.ageLimits({ min: '18 Eons' })).toBe('Desde 18 Eons');
  });

  it('stay as the registry writes them in English', () => {
    expect(en.trialSearch.ageLimits({ min: '18 Years', max: '75 Years' })).toBe('18 Years to 75 Years');
  });
});

// A site's distance in Spanish: "a unas 3 millas", but never "a unas 1 millas" or "a unas 1 milla".
describe('the distance to a study site', () => {
  it('is said in Spanish in the singular for 1 mile, on the study card and in the checklist', () => {
    expect(es.trialSearch.nearest({ place: 'Columbus, Ohio', miles: 1 })).toBe('Columbus, Ohio: a más o menos 1 milla');
    expect(es.trialSearch.nearest({ place: 'Columbus, Ohio', miles: 3 })).toBe('Columbus, Ohio: a unas 3 millas');
    expect(es.checklist.savedTrials.site('Columbus, Ohio', 1)).toBe('Columbus, Ohio, a más o menos 1 milla');
    expect(es.checklist.savedTrials.site('Columbus, Ohio', 12)).toBe('Columbus, Ohio, a unas 12 millas');
  });
});
