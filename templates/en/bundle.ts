import type { Content } from '../../src/content/types';
import { cancerTypes } from './cancer-types';
import { questions } from './questions';
import { states } from './states';
import { ui } from './ui';
import { layout } from './layout';
import { checkAnswers } from './check-answers';
import { results } from './results';
import { navigator } from './navigator';
import { session } from './session';
import { language } from './language';
import { checklist } from './checklist';
import { pathways } from './pathways/pathways';
import { firstSteps } from './first-steps';
import { documents } from './documents';
import { glossary } from './glossary';
import { problems } from './problems';

/** Everything a person reads, in English. */
export const en = {
  wizard: { ui, questions, cancerTypes, states },
  shell: { layout, checkAnswers, results },
  session,
  navigator,
  language,
  pathways,
  firstSteps,
  documents,
  glossary,
  problems,
  checklist,
  lang: 'en',
} satisfies Content;
