import { intlLocale, type Lang } from './languages';

const localeOf = intlLocale;

/**
 * A calendar date typed as YYYY-MM-DD, written out in the language ("December 1, 2026",
 * "1 de diciembre de 2026"). Read and written in UTC so the day never shifts with the time zone.
 * Anything that is not such a date is returned as typed, so nothing a person entered is lost.
 */
export function formatDate(isoDate: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) return isoDate;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today's date (or the given moment) written out in the language, in the person's own time zone. */
export function formatToday(lang: Lang, now: Date): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(now);
}

/** A number with the language's digit grouping ("12,345"). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/**
 * US dollars, whole dollars ("$45,000"). A sign only for amounts below zero that stay below zero
 * once rounded: -0 (which JSON and arithmetic can produce) and -0.4 never read "-$0".
 */
export function formatDollars(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'USD', maximumFractionDigits: 0, signDisplay: 'negative' }).format(
    value,
  );
}

/** A list joined the way the language joins it ("a, b, and c", "a, b y c"). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(localeOf(lang), { type: 'conjunction' }).format(items);
}

/** Picks the word form for a count: `forms.one` for 1 in English and Spanish, `forms.other` otherwise. */
export function plural(count: number, lang: Lang, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(localeOf(lang)).select(count) === 'one' ? forms.one : forms.other;
}
