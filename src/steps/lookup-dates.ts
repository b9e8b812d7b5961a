/** A kept lookup older than this says so and offers to look again (spec/lookups.md). */
export const STALE_AFTER_DAYS = 30;

/** Today in the person's own time zone, YYYY-MM-DD: the page knows the date, the lookup does not. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Whether a lookup made on `retrievedOn` is older than 30 days on `today`. */
export function isStale(retrievedOn: string, today: string): boolean {
  return daysBetween(retrievedOn, today) > STALE_AFTER_DAYS;
}
