import type { FirstContent } from '../../src/content/types';
import { cancerTypes } from './cancer-types';
import { checkAnswers } from './check-answers';
import { language } from './language';
import { layout } from './layout';
import { navigator } from './navigator';
import { questions } from './questions';
import { results } from './results';
import { session } from './session';
import { states } from './states';
import { ui } from './ui';

/** The words of the first screen and the question pages, in English: loaded before the first render. */
export const enFirst = {
  wizard: { ui, questions, cancerTypes, states },
  shell: { layout, checkAnswers, results },
  session,
  navigator,
  language,
  lang: 'en',
} satisfies FirstContent;
