import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RouteTarget } from '../../flows/navigator.events';
import { ContentProvider } from '../../src/content/content-context';
import type { Answers } from '../../src/domain/answers.schema';
import { readAnswers } from '../fixtures/read-answers';
import { evaluate } from '../../src/rules/evaluate';
import { Results } from '../../src/steps/results';
import { en } from '../../templates/en/bundle';
import medicareScenario from '../fixtures/scenarios/medicare-offlabel-denied.json';
import barelyStarted from '../fixtures/scenarios/barely-started.json';

const words = en.shell.results;
const q = en.wizard.questions;

function renderResults(answers: Answers) {
  const onRoute = vi.fn<(to: RouteTarget) => void>();
  const onBack = vi.fn<() => void>();
  const onRestart = vi.fn<() => void>();
  const user = userEvent.setup();
  render(
    <ContentProvider content={en}>
      <Results answers={answers} onRoute={onRoute} onBack={onBack} onRestart={onRestart} />
    </ContentProvider>,
  );
  return { user, onRoute, onBack, onRestart };
}

const medicare = readAnswers(medicareScenario.answers);
const early = readAnswers(barelyStarted.answers);

// The pathway cards: articles headed by a pathway's title. The page has other articles too: the
// letters, once their words have loaded (at once when an earlier test in the worker loaded them).
const pathwayTitles = new Set(Object.values(en.pathways).flatMap((entry) => (typeof entry === 'object' && 'title' in entry ? [entry.title] : [])));
const cards = () => screen.getAllByRole('article').filter((card) => pathwayTitles.has(card.querySelector('h3')?.textContent ?? ''));

describe('Results', () => {
  it('shows the five pathways strongest first, each titled, with its fit in words', () => {
    renderResults(medicare);
    const expected = evaluate(medicare, en).pathways;
    expect(cards().map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(
      expected.map((pathway) => en.pathways[pathway.id].title),
    );
    for (const [index, card] of cards().entries()) {
      const fit = expected[index]!.fit;
      expect(card).toHaveAccessibleName(en.pathways[expected[index]!.id].title);
      expect(within(card).getByText(en.pathways.fitNames[fit])).toBeInTheDocument();
    }
    // This scenario: off-label and patient assistance are strong, expanded access unlikely.
    const offLabel = screen.getByRole('article', { name: en.pathways['off-label'].title });
    expect(offLabel).toHaveTextContent(en.pathways.fitNames.strong);
    expect(screen.getByRole('article', { name: en.pathways['expanded-access'].title })).toHaveTextContent(en.pathways.fitNames.unlikely);
  });

  it('gives each pathway its reasons, steps, questions and contacts', () => {
    renderResults(medicare);
    const evaluation = evaluate(medicare, en);
    for (const pathway of evaluation.pathways) {
      const card = screen.getByRole('article', { name: en.pathways[pathway.id].title });
      const text = card.textContent ?? '';
      for (const reason of pathway.reasons) expect(text).toContain(reason.text);
      for (const step of pathway.steps) expect(text).toContain(step);
      for (const question of pathway.questions) expect(text).toContain(question);
      for (const contact of pathway.contacts) expect(text).toContain(contact.name);
    }
    const offLabel = screen.getByRole('article', { name: en.pathways['off-label'].title });
    expect(within(offLabel).getByRole('heading', { name: words.reasonsHeading })).toBeInTheDocument();
    expect(offLabel).toHaveTextContent('Because you said trametinib is approved for another use');
  });

  it('links phone numbers for calling, and web addresses and sources for reading', () => {
    renderResults(medicare);
    const trials = screen.getByRole('article', { name: en.pathways['clinical-trials'].title });
    const phone = within(trials).getByRole('link', { name: '1-800-4-CANCER (1-800-422-6237)' });
    expect(phone).toHaveAttribute('href', 'tel:+18004226237');
    const contacts = evaluate(medicare, en).pathways.find((pathway) => pathway.id === 'clinical-trials')?.contacts ?? [];
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      // The source shows its site, and says whose source it is to a screen reader.
      const name = `${new URL(contact.source).hostname} ${words.sourceHidden(contact.name)} ${words.newTab}`;
      const source = within(trials).getByRole('link', { name });
      expect(source).toHaveAttribute('href', contact.source);
      expect(source).toHaveAttribute('target', '_blank');
      expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('puts the first steps above the pathways', () => {
    renderResults(early);
    const firstSteps = screen.getByRole('region', { name: words.firstStepsHeading });
    const pathways = screen.getByRole('region', { name: words.pathwaysHeading });
    expect(firstSteps.compareDocumentPosition(pathways) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    for (const step of evaluate(early, en).firstSteps) expect(firstSteps).toHaveTextContent(step.text);
  });

  it('links each answer that would sharpen the result to the page that asks it', async () => {
    const { user, onRoute } = renderResults(early);
    const missing = screen.getByRole('region', { name: words.missingHeading });
    const links = within(missing).getAllByRole('button');
    expect(links.length).toBeGreaterThan(0);
    await user.click(within(missing).getByRole('button', { name: `${q.insurance.coverage.label} ${words.missingHidden}` }));
    expect(onRoute).toHaveBeenLastCalledWith('#insurance');
    await user.click(within(missing).getByRole('button', { name: `${q.trialStatus.status.label} ${words.missingHidden}` }));
    expect(onRoute).toHaveBeenLastCalledWith('#trialStatus');
  });

  it('reminds the person to decide with the care team', () => {
    renderResults(medicare);
    expect(screen.getByRole('region', { name: words.decideHeading })).toHaveTextContent(words.decide);
    expect(screen.getByText(words.notAdvice)).toBeInTheDocument();
  });

  it('starts again only after "Yes", and keeps everything after "No"', async () => {
    const { user, onRestart } = renderResults(medicare);
    await user.click(screen.getByRole('button', { name: words.startAgain }));
    expect(screen.getByRole('heading', { name: words.startAgainConfirmHeading })).toHaveFocus();
    expect(onRestart).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: words.startAgainNo }));
    expect(onRestart).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: words.startAgain })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: words.startAgain }));
    await user.click(screen.getByRole('button', { name: words.startAgainYes }));
    expect(onRestart).toHaveBeenCalledTimes(1);
  });

  it('goes back to check the answers', async () => {
    const { user, onBack } = renderResults(medicare);
    await user.click(screen.getByRole('button', { name: words.changeAnswers }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });
});
