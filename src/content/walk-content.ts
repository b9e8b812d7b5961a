/**
 * Walks a content bundle (any tree of strings, arrays, objects and interpolation functions) and
 * yields the words a person reads. Shared by the readability score and the language parity test,
 * so both see exactly the same text.
 */

/** One piece of text a person reads, with where it sits in the bundle. */
export type ProseLeaf = {
  /** Keys from the bundle root, e.g. ["ui", "continue"]; array items are their index. */
  path: string[];
  text: string;
  /** True when the text is the output of an interpolation function called with sample arguments. */
  fromFunction: boolean;
  /** The template file the text comes from, when known (see collectProse's `owners`); else the first path key. */
  template: string;
};

/**
 * Keys whose values are never prose: identifiers, links, numbers to dial, provenance.
 * A key ending in "Id", "Ids", "Url" or "Href" is treated the same way (see isNonProseKey).
 */
export const NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'ids',
  'key',
  'lang',
  'locale',
  'source',
  'sources',
  'sourceUrl',
  'reviewed',
  'url',
  'href',
  'to',
  'phone',
  'phones',
  'tel',
  'email',
  'basedOn',
  'version',
  'contentVersion',
  'code',
  'fileName',
  // Words the search box matches; never shown as text.
  'searchWords',
]);

/** Keys never read as prose, whatever their value looks like. */
const ALWAYS_SKIPPED_KEYS: ReadonlySet<string> = new Set(['searchWords', 'lang', 'locale', 'id', 'key', 'code']);

/** True when a key holds identifiers, links or provenance rather than words to read. */
export function isNonProseKey(key: string): boolean {
  return NON_PROSE_KEYS.has(key) || /(?:Id|Ids|Url|Urls|Href|Phone|Email)$/.test(key);
}

const URL_LIKE = /^(?:https?:\/\/|www\.|mailto:|tel:)\S+$|^[\w.-]+\.(?:gov|org|com|net|edu|us)(?:\/\S*)?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()\d\s.-]*\d[+()\d\s.-]*$|^1-800-4-CANCER.*$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const CAMEL_ID = /^[a-z]+(?:[A-Z][a-z0-9]*)+$/;
const FILE_NAME = /^[\w.-]+\.(?:txt|json|pdf|csv|ttf)$/i;
const DOTTED_PATH = /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/;

/** True when a whole string value is an identifier, link, phone number, email or date, not prose. */
export function isNonProseValue(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  return (
    URL_LIKE.test(text) ||
    EMAIL.test(text) ||
    PHONE.test(text) ||
    ISO_DATE.test(text) ||
    KEBAB_ID.test(text) ||
    CAMEL_ID.test(text) ||
    DOTTED_PATH.test(text) ||
    FILE_NAME.test(text)
  );
}

const sampleProxies = new WeakSet<object>();

/**
 * A stand-in for any argument an interpolation function may take: it reads as a short name in a
 * string, as 2 in arithmetic, and any property or call on it gives another stand-in. That lets us
 * score a function's words without knowing its parameter types.
 */
export function sampleArgument(): unknown {
  const target = function sample() {};
  const proxy: object = new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.toPrimitive) {
        return (hint: string) => (hint === 'number' ? 2 : 'Sam');
      }
      if (prop === 'toString' || prop === 'valueOf') return () => 'Sam';
      if (prop === Symbol.iterator) return function* empty() {};
      if (prop === 'then') return undefined; // never look like a promise
      return sampleArgument();
    },
    apply() {
      return sampleArgument();
    },
  });
  sampleProxies.add(proxy);
  return proxy;
}

/** True for the stand-ins made by sampleArgument. */
export function isSampleArgument(value: unknown): boolean {
  return (typeof value === 'function' || typeof value === 'object') && value !== null && sampleProxies.has(value);
}

/** Argument sets tried in order until the function returns without throwing. */
function sampleArgumentSets(arity: number): unknown[][] {
  const count = Math.max(arity, 1);
  const fill = (make: () => unknown) => Array.from({ length: count }, make);
  return [fill(sampleArgument), fill(() => 'Sam'), fill(() => 2), fill(() => '2026-12-01')];
}

/** Calls an interpolation function with sample arguments; undefined if every attempt throws. */
export function callWithSamples(fn: (...args: never[]) => unknown): { ok: true; value: unknown } | { ok: false } {
  for (const args of sampleArgumentSets(fn.length)) {
    try {
      return { ok: true, value: (fn as (...a: unknown[]) => unknown)(...args) };
    } catch {
      // try the next kind of argument
    }
  }
  return { ok: false };
}

/**
 * Every piece of prose in a bundle, in document order, skipping ids, links, phones and provenance.
 * `owners` maps the objects that template modules export to their file names, so each leaf can say
 * which template file it came from even when the bundle nests several files under one key.
 */
export function collectProse(bundle: unknown, owners: ReadonlyMap<unknown, string> = new Map()): ProseLeaf[] {
  const leaves: ProseLeaf[] = [];
  const seen = new WeakSet<object>();

  const visit = (value: unknown, path: string[], fromFunction: boolean, owner: string | undefined): void => {
    const template = owners.get(value) ?? owner;
    const push = (text: string) => leaves.push({ path, text, fromFunction, template: template ?? path[0] ?? '(root)' });
    if (typeof value === 'string') {
      if (!isNonProseValue(value)) push(value);
      return;
    }
    if (isSampleArgument(value)) {
      push(String(value));
      return;
    }
    if (typeof value === 'function') {
      const result = callWithSamples(value as (...args: never[]) => unknown);
      if (result.ok) visit(result.value, path, true, template);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)], fromFunction, template));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      // A label such as `phone: 'Phone:'` is prose even under a key that usually holds a fact.
      const proseUnderFactKey = typeof child === 'string' && !isNonProseValue(child) && !ALWAYS_SKIPPED_KEYS.has(key);
      if (isNonProseKey(key) && !proseUnderFactKey) continue;
      visit(child, [...path, key], fromFunction, template);
    }
  };

  visit(bundle, [], false, undefined);
  return leaves;
}
