import type { CancerTypeText } from '../content/wizard-content.types';
import { CANCER_TYPE_IDS, type CancerTypeId } from '../domain/cancer-types';

/** Lower case, no accents, punctuation as spaces: "Non-Hodgkin" and "non hodgkin" meet. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

/** The cancer types in the order a person scans them: by name, with "other" always last. */
export function sortedCancerTypes(texts: Record<CancerTypeId, CancerTypeText>, lang: string): CancerTypeId[] {
  const collator = new Intl.Collator(lang);
  const listed: CancerTypeId[] = CANCER_TYPE_IDS.filter((id) => id !== 'other');
  listed.sort((a, b) => collator.compare(texts[a].name, texts[b].name));
  return [...listed, 'other'];
}

/**
 * The cancer types whose name or search words contain every word typed, in list order.
 * An empty search matches everything.
 */
export function searchCancerTypes(
  query: string,
  ordered: readonly CancerTypeId[],
  texts: Record<CancerTypeId, CancerTypeText>,
): CancerTypeId[] {
  const words = normalise(query).split(' ').filter((word) => word !== '');
  if (words.length === 0) return [...ordered];
  return ordered.filter((id) => {
    const text = texts[id];
    const haystack = ` ${normalise([text.name, ...text.searchWords].join(' '))} `;
    return words.every((word) => haystack.includes(word));
  });
}
