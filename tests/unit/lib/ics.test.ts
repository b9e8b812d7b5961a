import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../../src/lib/ics';

const base = {
  date: '2026-12-31',
  title: 'Appointment with Dr. Zofia Wójcik-Núñez',
  description: 'Bring the checklist, the questions; and the documents\nit lists.',
  uid: '7b1c9e1e-0d2a-4a47-9d7f-2b1e5d3c8a10@treatment-access-navigator',
  stamp: new Date('2026-11-30T10:15:30.123Z'),
  productId: '-//Treatment access navigator//EN',
};

/** Unfolds and splits as a calendar program reads the file (RFC 5545, 3.1). */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}

describe('the appointment as a calendar file (RFC 5545)', () => {
  it('is one all-day event on the appointment day, ending the next day (a year boundary too)', () => {
    const lines = contentLines(calendarFile(base));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Treatment access navigator//EN');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTSTAMP:20261130T101530Z');
    expect(lines).toContain(`UID:${base.uid}`);
    expect(lines).toContain('SUMMARY:Appointment with Dr. Zofia Wójcik-Núñez');
    expect(lines).toContain('DESCRIPTION:Bring the checklist\\, the questions\\; and the documents\\nit lists.');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('ends every line with CRLF, and no line is longer than 75 octets', () => {
    const long = { ...base, title: `Cita con ${'Dra. María José Núñez-Öztürk 😀 '.repeat(6)}` };
    const ics = calendarFile(long);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolded, the title is whole again: no character was split.
    expect(contentLines(ics)).toContain(`SUMMARY:${long.title}`);
  });

  it('escapes typed text so it cannot add a property or an event', () => {
    const hostile = 'Dr. X\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned;a,b\\c\u0000';
    const lines = contentLines(calendarFile({ ...base, title: hostile }));
    expect(lines.filter((l) => l.startsWith('BEGIN:VEVENT'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('SUMMARY:'))).toEqual(['SUMMARY:Dr. X\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:pwned\\;a\\,b\\\\c']);
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });

  it('refuses a day that does not exist', () => {
    expect(() => calendarFile({ ...base, date: '2026-13-01' })).toThrow(RangeError);
    expect(() => calendarFile({ ...base, date: 'soon' })).toThrow(RangeError);
  });

  it('folds a short line not at all', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
