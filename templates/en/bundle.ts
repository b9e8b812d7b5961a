import type { Content } from '../../src/content/types';
import { enFirst } from './first';
import { enLater } from './later';

/** Everything a person reads, in English. */
export const en = { ...enFirst, ...enLater } satisfies Content;
