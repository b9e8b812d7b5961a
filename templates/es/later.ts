import type { LaterContent } from '../../src/content/types';
import { checklist } from './checklist';
import { documents } from './documents';
import { firstSteps } from './first-steps';
import { glossary } from './glossary';
import { labelLookup } from './label-lookup';
import { pathways } from './pathways/pathways';
import { problems } from './problems';
import { trialSearch } from './trial-search';

/** The words only later pages need, in Spanish (US Spanish, "usted"): the roads, first steps, documents, glossary, refusals, checklist. */
export const esLater = {
  pathways,
  firstSteps,
  documents,
  glossary,
  problems,
  checklist,
  labelLookup,
  trialSearch,
} satisfies LaterContent;
