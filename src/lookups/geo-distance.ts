/** A point on the map, in decimal degrees. */
export type GeoPoint = { lat: number; lon: number };

/** The Earth's mean radius in miles (IUGG mean radius, 6,371.0088 km). */
const EARTH_RADIUS_MILES = 3958.7613;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points in miles (haversine formula). */
export function milesBetween(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point that is sent to a registry: rounded to 2 decimal places (about 1 km), so the person's
 * exact place never leaves the device.
 */
export function roundPoint(point: GeoPoint): GeoPoint {
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return { lat: round2(point.lat), lon: round2(point.lon) };
}
