import type { Content } from '../../src/content/types';
import { navigator } from './navigator';
import { session } from './session';

/** Everything a person reads, in English. */
export const en = {
  session,
  navigator,
  lang: 'en',
} satisfies Content;
