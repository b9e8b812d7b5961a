import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContentProvider } from '../../src/content/content-context';
import { inNavigatorVoice } from '../../src/content/navigator-voice';
import type { Content } from '../../src/content/types';
import type { Answers } from '../../src/domain/answers.schema';
import { readAnswers } from '../fixtures/read-answers';
import { CheckAnswers } from '../../src/steps/check-answers';
import { Results } from '../../src/steps/results';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';
import barelyStarted from '../fixtures/scenarios/barely-started.json';

// In navigator mode the app wraps the wizard's pages in inNavigatorVoice(content) (src/app/app.tsx):
// the check page and the results page then speak of "the patient", in English and in Spanish.

const noop = () => undefined;
const early = readAnswers(barelyStarted.answers);
// Biomarkers not tested, insured with no cost worry, in a trial: three follow-up pages left out.
const skipping: Answers = {
  schemaVersion: 2,
  filledBy: 'navigator',
  diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
  biomarkers: { testing: 'not-done' },
  insurance: { coverage: 'medicare', costConcern: 'none' },
  trials: { status: 'in-a-trial' },
};

const BUNDLES = [
  ['en', en],
  ['es', es],
] as const;

function renderCheck(content: Content) {
  render(
    <ContentProvider content={content}>
      <CheckAnswers answers={skipping} onChange={noop} onConfirm={noop} onBack={noop} />
    </ContentProvider>,
  );
}

function renderResults(content: Content) {
  render(
    <ContentProvider content={content}>
      <Results answers={early} onRoute={noop} onBack={noop} onRestart={noop} />
    </ContentProvider>,
  );
}

describe.each(BUNDLES)('navigator mode on the check and results pages (%s)', (_lang, bundle) => {
  const voiced = inNavigatorVoice(bundle);
  const check = voiced.shell.checkAnswers;
  const results = voiced.shell.results;

  it('titles the check page for the patient and gives each left-out question a third-person reason', () => {
    renderCheck(voiced);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(check.title);
    expect(check.title).not.toBe(bundle.shell.checkAnswers.title);
    expect(screen.getByText(check.intro)).toBeInTheDocument();
    for (const reason of ['testing-not-done', 'no-cost-concern', 'in-a-trial'] as const) {
      expect(screen.getByText(check.skippedReasons[reason])).toBeInTheDocument();
      expect(screen.queryByText(bundle.shell.checkAnswers.skippedReasons[reason])).not.toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: check.confirmHeading })).toBeInTheDocument();
    expect(screen.queryByText(bundle.shell.checkAnswers.confirmText)).not.toBeInTheDocument();
  });

  it('titles the results for the patient, with the lead text and "decide with the care team" in the third person', () => {
    renderResults(voiced);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(results.title);
    expect(results.title).not.toBe(bundle.shell.results.title);
    expect(screen.getByText(results.intro)).toBeInTheDocument();
    expect(screen.getByText(results.missingIntro)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: results.decideHeading })).toBeInTheDocument();
    expect(screen.getByText(results.decide)).toBeInTheDocument();
    for (const secondPerson of [bundle.shell.results.intro, bundle.shell.results.decide, bundle.shell.results.missingIntro]) {
      expect(screen.queryByText(secondPerson)).not.toBeInTheDocument();
    }
  });

  it('leaves the pages in the second person when navigator mode is off', () => {
    renderResults(bundle);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(bundle.shell.results.title);
    expect(screen.queryByText(results.intro)).not.toBeInTheDocument();
  });
});
