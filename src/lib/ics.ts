/**
 * A calendar file (RFC 5545) for one all-day appointment. Pure: the stamp and the unique id are
 * passed in. Lines end with CRLF and are folded at 75 octets without splitting a character;
 * text is escaped as section 3.3.11 says, so typed text stays text.
 */
export type CalendarEvent = {
  /** The appointment's day, YYYY-MM-DD. */
  date: string;
  title: string;
  description?: string;
  /** A globally unique id for the event, e.g. a random UUID and the product's name. */
  uid: string;
  /** When the file is made. */
  stamp: Date;
  /** The product's identifier, e.g. "-//Treatment access navigator//EN". */
  productId: string;
};

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
export function escapeText(text: string): string {
  return [...text.replace(/\r\n?/g, '\n')]
    .filter((c) => c === '\n' || c.charCodeAt(0) >= 0x20 || c === '\t')
    .filter((c) => c.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line so that no line is longer than 75 octets, never inside a character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; each continuation line starts with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(isoDay: string): string {
  return isoDay.replace(/-/g, '');
}

function nextDay(isoDay: string): string {
  const day = new Date(`${isoDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The calendar file's text. */
export function calendarFile(event: CalendarEvent): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(event.date) || Number.isNaN(Date.parse(`${event.date}T00:00:00Z`))) {
    throw new RangeError(`not a calendar day: ${event.date}`);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${event.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
