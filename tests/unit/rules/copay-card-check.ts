import type { Evaluation } from '../../../src/domain/evaluation.schema';

// The same checks as ../shared/tools/check-scenarios.py uses for co-pay card offers.
const NEGATION = /\b(not|cannot|can't|can not|no|never|isn't|aren't|don't|doesn't|won't|unless|except|excluded|only for people with (private|employer|commercial))\b/i;
const CARD = /co-?pay (card|coupon)s?|copay (card|coupon)s?|savings card/i;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** Sentences in any pathway that mention a co-pay card without a negation (i.e. offer one). */
export function cardOffers(evaluation: Evaluation): string[] {
  return evaluation.pathways
    .flatMap((p) => strings(p))
    // Only a text that names a card can hold a sentence that does (splitting every text into
    // sentences was a sixth of the property test's time).
    .filter((text) => CARD.test(text))
    .flatMap((s) => s.split(/(?<=[.;!?])\s+/))
    .filter((sentence) => CARD.test(sentence) && !NEGATION.test(sentence));
}
