import type { Content } from '../../src/content/types';
import { cancerTypes } from './cancer-types';
import { checklist } from './checklist';
import { documents } from './documents';
import { firstSteps } from './first-steps';
import { glossary } from './glossary';
import { language } from './language';
import { navigator } from './navigator';
import { pathways } from './pathways/pathways';
import { problems } from './problems';
import { questions } from './questions';
import { session } from './session';
import { states } from './states';
import { ui } from './ui';
import { layout } from './layout';
import { checkAnswers } from './check-answers';
import { results } from './results';

/**
 * Everything a person reads, in Spanish (US Spanish, "usted"). Mirrors templates/en/bundle.ts;
 * tests/unit/content/locale-parity.test.ts checks that both say the same things.
 */
export const es = {
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
  lang: 'es',
} satisfies Content;
