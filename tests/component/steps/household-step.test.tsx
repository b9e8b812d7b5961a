import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HouseholdStep } from '../../../src/steps/household-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

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
