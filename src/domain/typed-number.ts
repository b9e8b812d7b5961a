import { z } from 'zod';
import type { StepErrorKey } from './step-schema-helpers';

/**
 * How a language writes numbers: the mark between groups of thousands and the decimal mark.
 * English writes 25,000.5; Spanish (as people type it) 25.000,5. A space may group thousands in both.
 * The words for each language hold their own (templates/<lang>/ui.ts), so the reading follows the
 * language on screen.
 */
export type NumberConvention = { group: ',' | '.'; decimal: ',' | '.' };

/**
 * What a typed number means in the language on screen:
 * - `empty`: nothing typed (the question is optional);
 * - `number`: one clear value;
 * - `unclear`: the text can be read more than one way, or only the way the other language writes
 *   numbers ("25.000" in English: 25 or 25,000?). The readings are offered back to the person,
 *   who chooses by typing again: a number is never guessed;
 * - `invalid`: not a number at all ("about 40k").
 */
export type TypedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'unclear'; readings: number[] }
  | { kind: 'invalid' };

const escape = (mark: string) => mark.replace(/[.]/g, '\\.');

/** The value of `body` (digits and marks, no sign) written in this convention, or undefined. */
function readWith(body: string, { group, decimal }: NumberConvention): number | undefined {
  const pattern = new RegExp(`^(\\d{1,3}(?:[${escape(group)} ]\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`);
  const match = pattern.exec(body);
  if (!match) return undefined;
  const whole = (match[1] ?? '').replace(/\D/g, '');
  const fraction = match[2];
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}

/** The other language's way: the two marks swapped. */
const swapped = ({ group, decimal }: NumberConvention): NumberConvention => ({ group: decimal, decimal: group });

/** Reads what a person typed in a number box, the way the language on screen writes numbers. */
export function parseTypedNumber(text: string, convention: NumberConvention): TypedNumber {
  // Any kind of space (a phone's keyboard may give a no-break space) is one space; "$" may lead.
  let body = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (body === '') return { kind: 'empty' };
  body = body.replace(/^\$\s?/, '');
  let negative = false;
  if (body.startsWith('-')) {
    negative = true;
    body = body.slice(1).replace(/^ /, '').replace(/^\$\s?/, '');
  }
  const signed = (value: number) => (negative && value !== 0 ? -value : value);

  const mine = readWith(body, convention);
  if (mine !== undefined) {
    // One decimal mark followed by exactly three digits is how the other language groups thousands:
    // "25.000" in English may well mean 25,000. Ask rather than choose.
    const looksGrouped = new RegExp(`^\\d{1,3}${escape(convention.decimal)}\\d{3}$`).test(body);
    if (looksGrouped) {
      const grouped = Number(body.replace(convention.decimal, ''));
      return { kind: 'unclear', readings: [signed(grouped), signed(mine)] };
    }
    return { kind: 'number', value: signed(mine) };
  }
  // Written the other language's way only ("25,5" in English): offer that reading, never take it.
  const theirs = readWith(body, swapped(convention));
  if (theirs !== undefined) return { kind: 'unclear', readings: [signed(theirs)] };
  return { kind: 'invalid' };
}

/** A number written the way the language writes it: 25,000.5 in English, 25.000,5 in Spanish. */
export function formatTypedNumber(value: number, convention: NumberConvention): string {
  const english = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(value);
  if (convention.group === ',') return english;
  return english.replace(/[,.]/g, (mark) => (mark === ',' ? convention.group : convention.decimal));
}

/**
 * A zod step for a number box: the typed text in, the number (or undefined when empty) out. Text that
 * is not a number gives `invalid`; text that could mean more than one number gives `unclear`.
 */
export function typedNumberField(convention: NumberConvention, keys: { invalid: StepErrorKey; unclear: StepErrorKey }) {
  return z.string().transform((text, ctx) => {
    const read = parseTypedNumber(text, convention);
    if (read.kind === 'empty') return undefined;
    if (read.kind === 'number') return read.value;
    ctx.addIssue({ code: 'custom', message: read.kind === 'unclear' ? keys.unclear : keys.invalid });
    return z.NEVER;
  });
}
