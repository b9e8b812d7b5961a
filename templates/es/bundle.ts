import type { Content } from '../../src/content/types';
import { en } from '../en/bundle';
import { cancerTypes } from './cancer-types';
import { language } from './language';
import { questions } from './questions';
import { states } from './states';
import { ui } from './ui';

/**
 * Everything a person reads, in Spanish. Parts not yet translated fall back to English through the
 * spread below; the parity test (tests/unit/content/locale-parity.test.ts) fails while any remain.
 */
export const es = {
  ...en,
  wizard: { ui, questions, cancerTypes, states },
  language,
  lang: 'es',
} satisfies Content;
