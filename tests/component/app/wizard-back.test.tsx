import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../templates/en/bundle';
import { FULL_PATCHES } from '../../unit/flows/sample-patches';
import { answerAndContinue, answerPage, expectFocusOnHeading, named, onPage, pressContinue, renderApp, renderAppAtCheckPage } from './wizard-driver';

const ui = en.wizard.ui;
const q = en.wizard.questions;
const check = en.shell.checkAnswers;
const results = en.shell.results;

const summaryRow = (label: string) => {
  const key = screen.getAllByText(label, { selector: 'dt' })[0];
  if (!key?.parentElement) throw new Error(`no summary row "${label}"`);
  return key.parentElement;
};

const otherBox = () => screen.getByRole('textbox', { name: named(q.diagnosis.cancerType.otherLabel) });
const householdBox = () => screen.getByRole('textbox', { name: named(q.household.householdSize.label) });
const pressBack = async (user: ReturnType<typeof renderApp>) => user.click(screen.getByRole('button', { name: ui.back }));

describe("the page's Back keeps what was typed", () => {
  it('shows the typing again after Back and Continue, checks it only on Continue, and forgets it once submitted', { timeout: 45_000 }, async () => {
    const user = renderApp();
    await answerAndContinue(user, 'welcome', FULL_PATCHES.welcome);
    await onPage('diagnosis');
    // Half done: a cancer type of their own, typed, and no stage yet.
    await answerPage(user, 'diagnosis', { diagnosis: { cancerType: 'other', cancerTypeOther: 'Ampullary cancer' } });
    await pressBack(user);

    await expectFocusOnHeading('welcome');
    await pressContinue(user);
    await expectFocusOnHeading('diagnosis');
    expect(screen.getByRole('radio', { name: en.wizard.cancerTypes.other.name })).toBeChecked();
    expect(otherBox()).toHaveValue('Ampullary cancer');

    // The draft was never an answer: Continue checks it like any typing, and the stage is missing.
    await pressContinue(user);
    const summary = await screen.findByRole('alert', { name: ui.errorSummaryTitle });
    expect(within(summary).getByRole('link', { name: q.errors.stageRequired })).toBeInTheDocument();

    await user.clear(otherBox());
    await user.type(otherBox(), 'Bile duct cancer');
    await user.click(screen.getByRole('radio', { name: q.diagnosis.stage.options.early.label }));
    await pressContinue(user);
    await expectFocusOnHeading('biomarkers');

    // Continue turned the page's typing into answers and dropped the draft ("Ampullary cancer").
    await pressBack(user);
    await expectFocusOnHeading('diagnosis');
    expect(otherBox()).toHaveValue('Bile duct cancer');
    expect(screen.getByRole('radio', { name: q.diagnosis.stage.options.early.label })).toBeChecked();
  });

  it('keeps an invalid draft out of the answers: the check page still shows the saved answer', { timeout: 45_000 }, async () => {
    const user = renderAppAtCheckPage(FULL_PATCHES);
    await onPage('checkAnswers');
    await user.click(screen.getByRole('button', { name: `${check.change} ${q.household.householdSize.label}` }));
    await expectFocusOnHeading('household');
    await user.clear(householdBox());
    await user.type(householdBox(), 'two');
    await pressBack(user);

    await expectFocusOnHeading('checkAnswers');
    expect(within(summaryRow(q.household.householdSize.label)).getByText('2')).toBeInTheDocument();
    expect(screen.queryByText('two')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `${check.change} ${q.household.householdSize.label}` }));
    await expectFocusOnHeading('household');
    expect(householdBox()).toHaveValue('two');
    await pressContinue(user);
    const summary = await screen.findByRole('alert', { name: ui.errorSummaryTitle });
    expect(within(summary).getByRole('link', { name: q.errors.householdSizeInvalid })).toBeInTheDocument();
  });

  it('forgets every draft on "Start again"', { timeout: 60_000 }, async () => {
    const user = renderAppAtCheckPage(FULL_PATCHES);
    await onPage('checkAnswers');
    await user.click(screen.getByRole('button', { name: `${check.change} ${q.household.householdSize.label}` }));
    await expectFocusOnHeading('household');
    await user.clear(householdBox());
    await user.type(householdBox(), '7');
    await pressBack(user);
    await expectFocusOnHeading('checkAnswers');
    await user.click(screen.getByRole('button', { name: check.confirm }));
    await onPage('results');
    await user.click(screen.getByRole('button', { name: results.startAgain }));
    await user.click(screen.getByRole('button', { name: results.startAgainYes }));

    // The same walk again, up to the household page: it starts empty, with no "7" left over.
    for (const step of ['welcome', 'diagnosis', 'biomarkers', 'biomarkerFindings', 'treatmentsTried', 'drugOfInterest', 'insurance'] as const) {
      await answerAndContinue(user, step, FULL_PATCHES[step]);
    }
    await expectFocusOnHeading('household');
    expect(householdBox()).toHaveValue('');
  });
});

describe("the browser's Back button", () => {
  it('goes back one page at a time, the same as the page’s Back, down to the first page', { timeout: 45_000 }, async () => {
    const user = renderApp();
    await answerAndContinue(user, 'welcome', FULL_PATCHES.welcome);
    await answerAndContinue(user, 'diagnosis', FULL_PATCHES.diagnosis);
    await expectFocusOnHeading('biomarkers');

    window.history.back();
    await expectFocusOnHeading('diagnosis');
    expect(screen.getByRole('radio', { name: q.diagnosis.stage.options.metastatic.label })).toBeChecked();

    window.history.back();
    await expectFocusOnHeading('welcome');
    expect(screen.queryByRole('button', { name: ui.back })).not.toBeInTheDocument();
  });

  it('keeps what was typed on the page, as the page’s Back does', { timeout: 45_000 }, async () => {
    const user = renderApp();
    await answerAndContinue(user, 'welcome', FULL_PATCHES.welcome);
    await onPage('diagnosis');
    await answerPage(user, 'diagnosis', { diagnosis: { cancerType: 'other', cancerTypeOther: 'Ampullary cancer' } });

    window.history.back();
    await expectFocusOnHeading('welcome');
    await pressContinue(user);
    await expectFocusOnHeading('diagnosis');
    expect(otherBox()).toHaveValue('Ampullary cancer');
  });
});
