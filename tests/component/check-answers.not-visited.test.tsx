import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AnswersPatch } from '../../flows/navigator.answers';
import { routeEvent, submitEvent } from '../../flows/navigator.events';
import type { QuestionStepId } from '../../flows/steps';
import { Wizard, type NavigatorActor } from '../../src/app/wizard';
import { ContentProvider } from '../../src/content/content-context';
import { inNavigatorVoice } from '../../src/content/navigator-voice';
import type { Answers } from '../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../src/domain/answers-constants';
import { CheckAnswers } from '../../src/steps/check-answers';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';
// Loaded up front so the lazily loaded pages resolve at once in tests.
import '../../src/app/later-pages';

const words = en.shell.checkAnswers;
const q = en.wizard.questions;

function renderWizard() {
  let actor: NavigatorActor | undefined;
  render(
    <ContentProvider content={en}>
      <Wizard
        onActor={(a) => {
          actor = a;
          return () => undefined;
        }}
      />
    </ContentProvider>,
  );
  const jumpTo = (step: QuestionStepId) => act(() => actor?.send(routeEvent(step)));
  // Each page is shown (and so seen) before its Continue, as when a person answers it.
  const answerAndContinue = async (step: QuestionStepId, patch: AnswersPatch) => {
    await screen.findByRole('heading', { level: 1 });
    expect(actor?.getSnapshot().value).toBe(step);
    act(() => actor?.send(submitEvent(step, patch)));
  };
  const onCheckPage = () => screen.findByRole('heading', { level: 1, name: words.title });
  return { user: userEvent.setup(), jumpTo, answerAndContinue, onCheckPage, state: () => actor?.getSnapshot().value };
}

describe('the check page after a task-list jump', () => {
  it('marks the pages never opened and offers to go to each, instead of a silent "Not provided"', { timeout: 45_000 }, async () => {
    const { user, jumpTo, answerAndContinue, onCheckPage, state } = renderWizard();
    await answerAndContinue('welcome', { filledBy: 'navigator' });
    await answerAndContinue('diagnosis', { diagnosis: { cancerType: 'melanoma', stage: 'metastatic' } });
    // The navigator jumps from biomarkers to the clinical trials page, then goes on page by page.
    jumpTo('trialStatus');
    await answerAndContinue('trialStatus', { trials: { status: 'not-interested' } });
    await answerAndContinue('careTeam', { careTeam: { oncologistOpenToHelp: 'yes', setting: 'unsure' } });
    await answerAndContinue('appointment', {});
    await onCheckPage();

    const notice = screen.getByRole('region', { name: words.notVisitedHeading });
    expect(within(notice).getByText(words.notVisitedIntro)).toBeInTheDocument();
    const offered = within(notice)
      .getAllByRole('button')
      .map((button) => button.textContent);
    // Biomarkers was on screen when the jump was made: it was opened. Household does not apply yet (no cost answer).
    expect(offered).toEqual([q.treatmentsTried.title, q.drugOfInterest.title, q.insurance.title]);

    // Each such page says so on its card, and its questions read "Not asked yet", not "Not provided".
    const insuranceCard = screen.getByRole('region', { name: new RegExp(`^${q.insurance.title}\\s*\\(${words.notVisitedTag}\\)$`) });
    expect(within(insuranceCard).getAllByText(words.notAskedYet).length).toBeGreaterThan(0);
    expect(within(insuranceCard).queryByText(words.notProvided)).not.toBeInTheDocument();
    // A page that was opened and left unanswered still reads "Not provided".
    const biomarkersCard = screen.getByRole('region', { name: q.biomarkers.title });
    expect(within(biomarkersCard).getAllByText(words.notProvided).length).toBeGreaterThan(0);

    await user.click(within(insuranceCard).getByRole('button', { name: `${words.goToPage}${words.goToPageHidden(q.insurance.title)}` }));
    expect(state()).toBe('insurance');
  });

  it('says nothing of the kind after a walk through every page', { timeout: 45_000 }, async () => {
    const { answerAndContinue, onCheckPage } = renderWizard();
    await answerAndContinue('welcome', { filledBy: 'patient' });
    await answerAndContinue('diagnosis', { diagnosis: { cancerType: 'melanoma', stage: 'metastatic' } });
    await answerAndContinue('biomarkers', { biomarkers: { testing: 'not-done' } });
    await answerAndContinue('treatmentsTried', { treatments: { tried: [], standardOptionsLeft: 'unsure' } });
    await answerAndContinue('drugOfInterest', { drugOfInterest: { approval: 'unsure' } });
    await answerAndContinue('insurance', { residenceState: 'OH', insurance: { coverage: 'medicare', costConcern: 'none' } });
    await answerAndContinue('trialStatus', { trials: { status: 'not-interested' } });
    await answerAndContinue('careTeam', { careTeam: { oncologistOpenToHelp: 'yes', setting: 'unsure' } });
    await answerAndContinue('appointment', {});
    await onCheckPage();
    expect(screen.queryByText(words.notVisitedHeading)).not.toBeInTheDocument();
    expect(screen.queryByText(words.notAskedYet)).not.toBeInTheDocument();
  });
});

describe('navigator notes on the check page', () => {
  const answers: Answers = {
    schemaVersion: SCHEMA_VERSION,
    filledBy: 'navigator',
    insurance: { coverage: 'private', costConcern: 'some' },
    sectionNotes: { insurance: 'Deductible met in March.\nAsk about the appeal.' },
  };
  const noop = () => undefined;

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('shows each page’s note for review in navigator mode (%s)', (_lang, bundle) => {
    const voiced = inNavigatorVoice(bundle);
    render(
      <ContentProvider content={voiced}>
        <CheckAnswers answers={answers} onChange={noop} onConfirm={noop} showNotes />
      </ContentProvider>,
    );
    const card = screen.getByRole('region', { name: new RegExp(`^${voiced.wizard.questions.insurance.title}`) });
    expect(within(card).getByText(bundle.navigator.summary.notes)).toBeInTheDocument();
    expect(within(card).getByText(/Deductible met in March\.\s+Ask about the appeal\./)).toBeInTheDocument();
  });

  it('never shows the notes outside navigator mode', () => {
    render(
      <ContentProvider content={en}>
        <CheckAnswers answers={answers} onChange={noop} onConfirm={noop} />
      </ContentProvider>,
    );
    expect(screen.queryByText(/Deductible met in March/)).not.toBeInTheDocument();
  });
});
