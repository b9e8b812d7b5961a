import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { CONTENT_VERSION, PHONES, SRC } from '../../../templates/en/sources';
import { es } from '../../../templates/es/bundle';

// The footer's content version and reviewed date come from one place (templates/en/sources.ts), and
// the date is honest: the latest day any fact the product shows was checked against its source.

/** Every `reviewed` date anywhere in a bundle (sentences' sources, contacts, glossary entries). */
function reviewedDates(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = 'reviewed' in value && typeof value.reviewed === 'string' ? [value.reviewed] : [];
  return [...own, ...Object.values(value).flatMap((item) => reviewedDates(item, seen))];
}

describe('the content version in the checklist footer', () => {
  it('is reviewed on the latest day any fact was checked, and no fact is newer', () => {
    const dates = [...reviewedDates(en), ...reviewedDates(es), ...Object.values(SRC).map((s) => s.reviewed), ...PHONES.map((p) => p.reviewed)];
    expect(dates.length).toBeGreaterThan(50);
    for (const date of dates) expect(date <= CONTENT_VERSION.reviewed, date).toBe(true);
    expect(dates).toContain(CONTENT_VERSION.reviewed);
    // facts.md "Added 2026-11-30" was checked into the templates.
    expect(CONTENT_VERSION.reviewed).toBe('2026-11-30');
  });

  it('is the same version and date in both languages, printed in each footer', () => {
    for (const content of [en, es]) {
      expect(content.checklist.contentVersion).toBe(CONTENT_VERSION.version);
      expect(content.checklist.contentReviewed).toBe(CONTENT_VERSION.reviewed);
    }
    const footer = (content: typeof en | typeof es) =>
      buildChecklist({ answers: { schemaVersion: 2 }, evaluation: evaluate({ schemaVersion: 2 }, content), content, madeOn: '2026-12-02' }).footer.identity;
    expect(footer(en)).toBe(`Treatment access navigator · Content version ${CONTENT_VERSION.version}, reviewed November 30, 2026`);
    expect(footer(es)).toBe(`Guía de acceso a tratamientos · Contenido ${CONTENT_VERSION.version}, revisado el 30 de noviembre de 2026`);
  });
});
