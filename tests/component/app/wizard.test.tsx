import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswersPatch } from '../../../flows/navigator.answers';
import type { QuestionStepId } from '../../../flows/steps';
import { en } from '../../../templates/en/bundle';
import { CLOSING_PATCHES, FULL_PATCHES } from '../../unit/flows/sample-patches';
import { answerAndContinue, answerPage, expectFocusOnHeading, named, onPage, pressContinue, renderApp, renderAppAtCheckPage, roadCards } from './wizard-driver';

const ui = en.wizard.ui;
const q = en.wizard.questions;
const check = en.shell.checkAnswers;
const results = en.shell.results;

const ORDER = [
  'welcome',
  'diagnosis',
  'biomarkers',
  'biomarkerFindings',
  'treatmentsTried',
  'drugOfInterest',
  'insurance',
  'household',
  'trialStatus',
  'trialTravel',
  'careTeam',
  'appointment',
] as const;

const summaryRow = (label: string) => {
  const key = screen.getAllByText(label, { selector: 'dt' })[0];
  if (!key?.parentElement) throw new Error(`no summary row "${label}"`);
  return key.parentElement;
};

describe('the whole wizard', () => {
  it('walks every page with progress, title and focus, then shows the check page and the results', { timeout: 60_000 }, async () => {
    const user = renderApp();
    await onPage('welcome');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: en.shell.layout.skipLink })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(en.shell.layout.footer);

    // The count grows as answers open follow-up pages: 9 pages always apply, these answers open 3 more.
    const totals = [9, 9, 9, 10, 10, 10, 10, 11, 11, 12, 12, 12];
    for (const [index, step] of ORDER.entries()) {
      await onPage(step);
      expect(screen.getByText(en.shell.layout.progress(index + 1, totals[index] ?? 0))).toBeInTheDocument();
      expect(document.title).toContain(en.wizard.ui.serviceName);
      if (index > 0) await expectFocusOnHeading(step);
      await answerAndContinue(user, step, FULL_PATCHES[step]);
    }

    await expectFocusOnHeading('checkAnswers');
    expect(document.title).toBe(`${check.title}${ui.titleSeparator}${ui.serviceName}`);
    expect(within(summaryRow(q.diagnosis.stage.label)).getByText(q.diagnosis.stage.options.metastatic.label)).toBeInTheDocument();
    expect(within(summaryRow(q.household.yearlyIncome.label)).getByText('$30,000')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: check.skippedHeading })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: check.confirm }));
    await expectFocusOnHeading('results');
    expect(document.title).toBe(`${results.title}${ui.titleSeparator}${ui.serviceName}`);
    expect(roadCards()).toHaveLength(5);
  });

  it('leaves out the follow-up pages no answer opens, and counts only the pages that apply', { timeout: 45_000 }, async () => {
    const user = renderApp();
    await answerAndContinue(user, 'welcome', FULL_PATCHES.welcome);
    await answerAndContinue(user, 'diagnosis', FULL_PATCHES.diagnosis);
    await answerAndContinue(user, 'biomarkers', CLOSING_PATCHES.biomarkers);
    await onPage('treatmentsTried');
    // Testing not done closes the findings page: it is not counted, and the next page is step 4.
    expect(screen.getByText(en.shell.layout.progress(4, 9))).toBeInTheDocument();
  });

  it('keeps every answer when going back and forward', { timeout: 45_000 }, async () => {
    const user = renderApp();
    for (const step of ORDER.slice(0, 7)) await answerAndContinue(user, step, FULL_PATCHES[step]);
    await onPage('household');
    await user.click(screen.getByRole('button', { name: ui.back }));
    await expectFocusOnHeading('insurance');
    expect(screen.getByRole('radio', { name: q.insurance.coverage.options.medicare.label })).toBeChecked();
    expect(screen.getByRole('combobox', { name: named(q.insurance.residenceState.label) })).toHaveValue('FL');

    for (const step of ['drugOfInterest', 'treatmentsTried'] as const) {
      await user.click(screen.getByRole('button', { name: ui.back }));
      await onPage(step);
    }
    expect(screen.getByRole('textbox', { name: named(q.treatmentsTried.list.name.label) })).toHaveValue('FOLFOX');
    await pressContinue(user);
    await onPage('drugOfInterest');
    expect(screen.getByRole('textbox', { name: named(q.drugOfInterest.name.label) })).toHaveValue('trametinib');
  });

  it('goes back from a follow-up-free page to the page actually shown before it', { timeout: 45_000 }, async () => {
    const user = renderApp();
    await answerAndContinue(user, 'welcome', FULL_PATCHES.welcome);
    await answerAndContinue(user, 'diagnosis', FULL_PATCHES.diagnosis);
    await answerAndContinue(user, 'biomarkers', CLOSING_PATCHES.biomarkers);
    await onPage('treatmentsTried');
    await user.click(screen.getByRole('button', { name: ui.back }));
    await expectFocusOnHeading('biomarkers');
  });

  it('shows no Back on the first page', async () => {
    renderApp();
    await onPage('welcome');
    expect(screen.queryByRole('button', { name: ui.back })).not.toBeInTheDocument();
  });
});

describe('Change links on the check page', () => {
  async function toCheckPage(overrides: Partial<Record<QuestionStepId, AnswersPatch>> = {}) {
    const user = renderAppAtCheckPage({ ...FULL_PATCHES, ...overrides });
    await onPage('checkAnswers');
    return user;
  }

  it('opens the page, keeps the answer in its fields, and returns to the check page after Continue', { timeout: 45_000 }, async () => {
    const user = await toCheckPage();
    await user.click(screen.getByRole('button', { name: `${check.change} ${q.diagnosis.stage.label}` }));
    await expectFocusOnHeading('diagnosis');
    expect(screen.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: q.diagnosis.stage.options.recurrent.label }));
    await pressContinue(user);

    await expectFocusOnHeading('checkAnswers');
    expect(within(summaryRow(q.diagnosis.stage.label)).getByText(q.diagnosis.stage.options.recurrent.label)).toBeInTheDocument();
  });

  it('Back from a page opened by Change returns to the check page with the answer unchanged', { timeout: 45_000 }, async () => {
    const user = await toCheckPage();
    await user.click(screen.getByRole('button', { name: `${check.change} ${q.careTeam.setting.label}` }));
    await onPage('careTeam');
    await user.click(screen.getByRole('radio', { name: q.careTeam.setting.options['academic-center'].label }));
    await user.click(screen.getByRole('button', { name: ui.back }));
    await onPage('checkAnswers');
    expect(within(summaryRow(q.careTeam.setting.label)).getByText(q.careTeam.setting.options['community-practice'].label)).toBeInTheDocument();
  });

  it('asks a follow-up the change opens, then returns, and says what it skipped and why', { timeout: 45_000 }, async () => {
    const user = await toCheckPage(CLOSING_PATCHES);
    const skipped = screen.getByRole('region', { name: check.skippedHeading });
    expect(skipped).toHaveTextContent(check.skippedReasons['testing-not-done']);
    expect(skipped).toHaveTextContent(check.skippedReasons['no-cost-concern']);
    expect(skipped).toHaveTextContent(check.skippedReasons['in-a-trial']);

    await user.click(within(skipped).getByRole('button', { name: `${check.changeThatAnswer}: ${q.biomarkers.title}` }));
    await onPage('biomarkers');
    await answerPage(user, 'biomarkers', FULL_PATCHES.biomarkers);
    await pressContinue(user);

    await expectFocusOnHeading('biomarkerFindings');
    await answerPage(user, 'biomarkerFindings', { biomarkers: { findings: ['BRAF V600E', 'MSI-H'] } });
    await pressContinue(user);

    await onPage('checkAnswers');
    const findings = summaryRow(q.biomarkerFindings.findings.label);
    expect(within(findings).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['BRAF V600E', 'MSI-H']);
    expect(screen.getByRole('region', { name: check.skippedHeading })).not.toHaveTextContent(check.skippedReasons['testing-not-done']);
  });
});

describe('results and starting again', () => {
  it('opens a question from "would make this more exact" and comes back through the check page', { timeout: 45_000 }, async () => {
    // "I'm not sure" about the stage: the results then ask for it.
    const user = renderAppAtCheckPage({ ...FULL_PATCHES, diagnosis: { diagnosis: { cancerType: 'colorectal', stage: 'unsure' } } });
    await onPage('checkAnswers');
    await user.click(screen.getByRole('button', { name: check.confirm }));
    await onPage('results');

    const missing = screen.getByRole('region', { name: results.missingHeading });
    await user.click(within(missing).getByRole('button', { name: `${q.diagnosis.stage.label} ${results.missingHidden}` }));
    await expectFocusOnHeading('diagnosis');
    await answerPage(user, 'diagnosis', FULL_PATCHES.diagnosis);
    await pressContinue(user);
    await onPage('checkAnswers');
    expect(within(summaryRow(q.diagnosis.stage.label)).getByText(q.diagnosis.stage.options.metastatic.label)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: check.confirm }));
    await onPage('results');
    expect(screen.queryByRole('button', { name: `${q.diagnosis.stage.label} ${results.missingHidden}` })).not.toBeInTheDocument();
  });

  it('starts again only after the person confirms, with every answer gone', { timeout: 45_000 }, async () => {
    const user = renderAppAtCheckPage(FULL_PATCHES);
    await onPage('checkAnswers');
    await user.click(screen.getByRole('button', { name: check.confirm }));
    await onPage('results');

    await user.click(screen.getByRole('button', { name: results.startAgain }));
    expect(screen.getByRole('heading', { name: results.startAgainConfirmHeading })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: results.startAgainNo }));
    expect(screen.getByRole('button', { name: results.startAgain })).toHaveFocus();
    expect(roadCards()).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: results.startAgain }));
    await user.click(screen.getByRole('button', { name: results.startAgainYes }));
    await expectFocusOnHeading('welcome');
    expect(screen.getByRole('radio', { name: q.welcome.filledBy.options.caregiver.label })).not.toBeChecked();
  });
});
