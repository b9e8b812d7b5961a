import type { Content } from '../../src/content/types';
import { navigator } from './navigator';
import { session } from './session';
import { language } from './language';

/** Everything a person reads, in English. */
export const en = {
  session,
  navigator,
  language,
  lang: 'en',
} satisfies Content;
