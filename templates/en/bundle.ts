import type { Content } from '../../src/content/types';

/** Everything a person reads, in English. */
export const en = {
  lang: 'en',
} satisfies Content;
