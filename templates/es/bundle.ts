import type { Content } from '../../src/content/types';
import { esFirst } from './first';
import { esLater } from './later';

/**
 * Everything a person reads, in Spanish (US Spanish, "usted"). Mirrors templates/en/bundle.ts;
 * tests/unit/content/locale-parity.test.ts checks that both say the same things.
 */
export const es = { ...esFirst, ...esLater } satisfies Content;
