import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EventFromLogic } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { submitEvent } from '../../flows/navigator.events';
import { navigatorMachine } from '../../flows/navigator.machine';
import type { NavigatorSnapshot } from '../../flows/navigator.selectors';
import { QUESTION_STEP_IDS, type QuestionStepId } from '../../flows/steps';
import { en } from '../../templates/en/bundle';
import { CLOSING_PATCHES, FULL_PATCHES } from '../unit/flows/sample-patches';
import { HEADINGS, answerPage, onPage, pressContinue, renderApp, roadCards } from './app/wizard-driver';

type NavigatorEvent = EventFromLogic<typeof navigatorMachine>;
type UserEvent = ReturnType<typeof renderApp>;

/**
 * The machine drives the real UI: createTestModel walks the machine's graph with these sample
 * answers, and for each path the test does what the path says on screen (fill the page, press
 * Continue) and checks that the page the machine says comes next is the page a person sees.
 * Two answers each on the biomarker and trial pages give four paths to the results; the UI walks
 * the ones that between them make every move from page to page.
 */
const samples: NavigatorEvent[] = [
  ...QUESTION_STEP_IDS.map((id) => submitEvent(id, FULL_PATCHES[id])),
  submitEvent('biomarkers', CLOSING_PATCHES.biomarkers),
  submitEvent('trialStatus', CLOSING_PATCHES.trialStatus),
];

const model = createTestModel(navigatorMachine, {
  events: samples,
  // Forward only: Back, Change links and Start again have their own tests in app/wizard.test.tsx.
  filterEvents: (_snapshot, event) => event.type.endsWith('.submit') || event.type === 'answers.confirm',
  serializeState: (snapshot: NavigatorSnapshot) => `${snapshot.value} ${JSON.stringify(snapshot.context.answers)}`,
});

const allPaths = model.getShortestPaths({ toState: (snapshot) => snapshot.value === 'results' });

// A path's steps start with the first page (xstate's init step) and end on the results.
const pageNames = (path: (typeof allPaths)[number]) => path.steps.map((step) => String(step.state.value));
const movesOf = (path: (typeof allPaths)[number]) => {
  const pages = pageNames(path);
  return pages.slice(1).map((page, index) => `${pages[index]} → ${page}`);
};

/**
 * The paths the UI walks: each round takes the path that makes the most moves from page to page
 * not yet walked, until every move any path makes has been made on screen once (a whole walk in
 * jsdom takes seconds; the machine's own tests in tests/unit/flows walk every path).
 */
function coveringPaths(candidates: typeof allPaths): typeof allPaths {
  const chosen: typeof allPaths = [];
  const walked = new Set<string>();
  const fresh = (path: (typeof allPaths)[number]) => movesOf(path).filter((move) => !walked.has(move)).length;
  for (;;) {
    const best = candidates.reduce<(typeof allPaths)[number] | undefined>((most, path) => (fresh(path) > (most ? fresh(most) : 0) ? path : most), undefined);
    if (!best) return chosen;
    chosen.push(best);
    movesOf(best).forEach((move) => walked.add(move));
  }
}
const paths = coveringPaths(allPaths);

function submitExecutor(step: QuestionStepId, user: () => UserEvent) {
  return async ({ event }: { event: NavigatorEvent }) => {
    if (!('patch' in event)) throw new Error(`${event.type} has no answers`);
    await answerPage(user(), step, event.patch);
    await pressContinue(user());
  };
}

describe('the machine model driving the real wizard', () => {
  it('generates one path to the results per combination of sample answers', () => {
    expect(allPaths).toHaveLength(4);
  });

  it('walks on screen every move between pages that any of those paths makes', () => {
    const walked = new Set(paths.flatMap(movesOf));
    expect([...walked].sort()).toEqual([...new Set(allPaths.flatMap(movesOf))].sort());
    expect(paths.length).toBeLessThan(allPaths.length);
  });

  for (const path of paths) {
    const pages = pageNames(path).join(' → ');
    it(`shows each page the machine reaches: ${pages}`, { timeout: 60_000 }, async () => {
      let user: UserEvent | null = null;
      const current = () => {
        if (!user) throw new Error('the app is not rendered');
        return user;
      };
      user = renderApp();
      await path.test({
        states: Object.fromEntries(
          Object.entries(HEADINGS).map(([state, heading]) => [
            state,
            async () => {
              const h1 = await onPage(state as keyof typeof HEADINGS);
              expect(h1.textContent).toContain(heading);
            },
          ]),
        ),
        events: {
          ...Object.fromEntries(QUESTION_STEP_IDS.map((step) => [`${step}.submit`, submitExecutor(step, current)])),
          'answers.confirm': async () => {
            await current().click(screen.getByRole('button', { name: en.shell.checkAnswers.confirm }));
          },
        },
      });
      // The results show all five pathways for the answers the path gave.
      expect(roadCards()).toHaveLength(5);
    });
  }
});
