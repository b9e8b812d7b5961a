import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSelector } from '@xstate/react';
import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { routeEvent } from '../../../flows/navigator.events';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { sectionSummaries } from '../../../flows/section-status';
import { TaskList } from '../../../src/app/navigator/task-list';
import { ContentProvider } from '../../../src/content/content-context';
import type { Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { en } from '../../../templates/en/bundle';

type NavigatorActor = ActorRefFrom<typeof navigatorMachine>;

/** The task list wired to a running machine, as the app shell wires it. */
function Harness({ actor }: { actor: NavigatorActor }) {
  const snapshot = useSelector(actor, (s) => s);
  return (
    <TaskList
      sections={sectionSummaries(snapshot.context.answers, snapshot.value)}
      canGo={(id) => snapshot.can(routeEvent(id))}
      onGo={(id) => actor.send(routeEvent(id))}
    />
  );
}

function setup(answers: Answers) {
  // Started from a snapshot, as a restored session is.
  const snapshot = navigatorMachine.resolveState({ value: 'welcome', context: { answers, returnToReview: false } });
  const actor = createActor(navigatorMachine, { snapshot }).start();
  render(
    <ContentProvider content={en}>
      <Harness actor={actor} />
    </ContentProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  return { actor, nav, user: userEvent.setup() };
}

const partway: Answers = {
  schemaVersion: SCHEMA_VERSION,
  filledBy: 'navigator',
  diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
  biomarkers: { testing: 'not-done' },
  insurance: { coverage: 'medicare' },
};

describe('the navigator task list', () => {
  it('lists every section with its status in words', () => {
    const { nav } = setup(partway);
    const rows = within(nav).getAllByRole('listitem').map((item) => item.textContent);
    expect(rows).toEqual([
      'Who is filling this inDoneCurrent section',
      'DiagnosisDone',
      'Biomarker testingDone',
      'Biomarker resultsSkipped',
      'Treatments triedNot started',
      'Drug of interestNot started',
      'Insurance and costsIn progress',
      'Household and incomeSkipped',
      'Clinical trialsNot started',
      'Travel for a trialSkipped',
      'Care teamNot started',
      'Next appointmentNot started',
    ]);
  });

  it('gives each section it can open a button named for it, described by its status', () => {
    const { nav } = setup(partway);
    expect(within(nav).getByRole('button', { name: 'Insurance and costs' })).toHaveAccessibleDescription('In progress');
    // Skipped sections and the page on screen are not buttons.
    expect(within(nav).queryByRole('button', { name: 'Biomarker results' })).toBeNull();
    expect(within(nav).queryByRole('button', { name: 'Who is filling this in' })).toBeNull();
    expect(within(nav).getByText('Who is filling this in')).toHaveAttribute('aria-current', 'step');
  });

  it('jumps to a section and marks it as the one on screen', async () => {
    const { nav, actor, user } = setup(partway);
    await user.click(within(nav).getByRole('button', { name: 'Insurance and costs' }));
    expect(actor.getSnapshot().value).toBe('insurance');
    expect(within(nav).getByText('Insurance and costs')).toHaveAttribute('aria-current', 'step');

    await user.click(within(nav).getByRole('button', { name: 'Diagnosis' }));
    expect(actor.getSnapshot().value).toBe('diagnosis');
    expect(actor.getSnapshot().context.answers).toEqual(partway);
  });

  it('opens a follow-up once the answer before it applies', () => {
    const { nav } = setup({ ...partway, biomarkers: { testing: 'done' } });
    expect(within(nav).getByRole('button', { name: 'Biomarker results' })).toHaveAccessibleDescription('Not started');
  });
});
