import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { HouseholdStep } from '../../../src/steps/household-step';
import type { AnswersPatch } from '../../../src/steps/step-props';
import { es } from '../../../templates/es/bundle';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

function renderSpanish() {
  const onSubmit = vi.fn<(patch: AnswersPatch) => void>();
  const user = userEvent.setup();
  render(
    <ContentProvider content={es}>
      <HouseholdStep answers={{ schemaVersion: SCHEMA_VERSION }} onSubmit={onSubmit} />
    </ContentProvider>,
  );
  return { user, onSubmit };
}
const incomeEs = () => screen.getByRole('textbox', { name: '¿Cuánto gana su hogar al año? (opcional)' });
const continueEs = () => screen.getByRole('button', { name: 'Continuar' });

const size = () => screen.getByRole('textbox', { name: 'How many people live in your household? (optional)' });
const income = () => screen.getByRole('textbox', { name: 'What is your household’s yearly income? (optional)' });

describe('HouseholdStep', () => {
  it('lets a person skip both questions', async () => {
    const { user, onSubmit } = renderStep(HouseholdStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ insurance: { householdSize: undefined, yearlyIncome: undefined } });
  });

  it.each([
    ['0', 'Enter household size as a whole number from 1 to 20'],
    ['21', 'Enter household size as a whole number from 1 to 20'],
    ['2.5', 'Enter household size as a whole number from 1 to 20'],
    ['two', 'Enter household size as a whole number from 1 to 20'],
  ])('refuses a household size of "%s" in plain words', async (typed, message) => {
    const { user, onSubmit } = renderStep(HouseholdStep);
    await user.type(size(), typed);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeInTheDocument();
    expect(size()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(size()).toHaveValue(typed);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    ['-100', 'Yearly income must be 0 or more'],
    ['about 40k', 'Enter yearly income as a number of dollars, like 45000'],
  ])('refuses a yearly income of "%s" in plain words', async (typed, message) => {
    const { user } = renderStep(HouseholdStep);
    await user.type(income(), typed);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: message }));
    expect(income()).toHaveFocus();
    expect(document.title).toBe('Error: Your household and income – Treatment access navigator');
  });

  it('reads numbers the way people write them', async () => {
    const { user, onSubmit } = renderStep(HouseholdStep);
    await user.type(size(), ' 3 ');
    await user.type(income(), '$45,500');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ insurance: { householdSize: 3, yearlyIncome: 45500 } });
    expectValidAnswers(patch);
  });

  it('says back the number it read, beside the box, before Continue', async () => {
    const { user } = renderStep(HouseholdStep);
    await user.type(income(), '25,000');
    expect(income()).toHaveAccessibleDescription(expect.stringContaining('= $25,000 a year'));
    expect(screen.getByText('= $25,000 a year')).toBeVisible();
    await user.type(size(), '1');
    expect(screen.getByText('= 1 person')).toBeVisible();
    // Screen readers hear it once typing pauses.
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('= $25,000 a year'), { timeout: 3000 });
  });

  it('asks about "25.000" in English instead of saving $25, and keeps what was typed', async () => {
    const { user, onSubmit } = renderStep(HouseholdStep);
    await user.type(income(), '25.000');
    expect(screen.getByText('Is this $25,000 or $25? Type the amount again with digits only, like 25000.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const message = 'Yearly income could be read as more than one amount: type it with digits only, like 45000';
    expect(within(screen.getByRole('alert')).getByRole('link', { name: message })).toBeInTheDocument();
    expect(income()).toHaveValue('25.000');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.clear(income());
    await user.type(income(), '25000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ insurance: { householdSize: undefined, yearlyIncome: 25000 } });
  });

  it('reads "25.000" and "25 000" typed in Spanish as twenty-five thousand dollars, and says so', async () => {
    for (const typed of ['25.000', '25 000']) {
      const { user, onSubmit } = renderSpanish();
      await user.type(incomeEs(), typed);
      expect(screen.getByText('= 25.000 dólares al año')).toBeVisible();
      await user.click(continueEs());
      expect(submittedPatch(onSubmit)).toEqual({ insurance: { householdSize: undefined, yearlyIncome: 25000 } });
      cleanup();
    }
  });

  it('reads "25,5" in Spanish as 25.5, and asks about "25,000"', async () => {
    const first = renderSpanish();
    await first.user.type(incomeEs(), '25,5');
    expect(screen.getByText('= 25,5 dólares al año')).toBeVisible();
    await first.user.click(continueEs());
    expect(submittedPatch(first.onSubmit)).toEqual({ insurance: { householdSize: undefined, yearlyIncome: 25.5 } });
    cleanup();

    const second = renderSpanish();
    await second.user.type(incomeEs(), '25,000');
    expect(screen.getByText('¿Son 25.000 o 25 dólares? Escriba la cantidad otra vez solo con números, como 25000.')).toBeVisible();
    await second.user.click(continueEs());
    expect(second.onSubmit).not.toHaveBeenCalled();
    expect(incomeEs()).toHaveValue('25,000');
  });

  it('explains why we ask about income', async () => {
    const { user } = renderStep(HouseholdStep);
    await user.click(screen.getByText('Why we ask'));
    expect(screen.getByText('Many programs that help pay for drugs have income limits.')).toBeVisible();
  });

  it('shows earlier answers again', () => {
    renderStep(HouseholdStep, { insurance: { householdSize: 4, yearlyIncome: 0 } });
    expect(size()).toHaveValue('4');
    expect(income()).toHaveValue('0');
  });
});
