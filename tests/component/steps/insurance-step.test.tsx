import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InsuranceStep } from '../../../src/steps/insurance-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

describe('InsuranceStep', () => {
  it('shows the topic as the page heading and a back link that calls back', async () => {
    const { user, onBack } = renderStep(InsuranceStep);
    expect(screen.getByRole('heading', { level: 1, name: 'Insurance and costs' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('on an empty Continue, lists each required answer in a focused error summary and prefixes the title', async () => {
    const { user, onSubmit } = renderStep(InsuranceStep);
    expect(document.title).toBe('Insurance and costs – Treatment access navigator');

    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual([
      'Select the state or territory where you live',
      'Select your type of insurance',
      'Select how worried you are about the cost',
    ]);
    expect(document.title).toBe('Error: Insurance and costs – Treatment access navigator');
    expect(onSubmit).not.toHaveBeenCalled();

    // The same words sit by each field, tied to it for screen readers.
    expect(screen.getByRole('combobox', { name: 'Where do you live?' })).toHaveAccessibleDescription(
      expect.stringContaining('Select the state or territory where you live'),
    );
    expect(screen.getByRole('combobox', { name: 'Where do you live?' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('group', { name: 'What health insurance do you have?' })).toHaveAccessibleDescription(
      expect.stringContaining('Select your type of insurance'),
    );
    // The optional question is not an error.
    expect(
      screen.getByRole('group', { name: 'Has an insurer ever refused to pay for one of your cancer treatments? (optional)' }),
    ).not.toHaveAccessibleDescription(expect.stringContaining('Select'));
  });

  it('moves focus to the field when a summary link is followed', async () => {
    const { user } = renderStep(InsuranceStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('link', { name: 'Select your type of insurance' }));
    expect(screen.getByRole('radio', { name: 'A private plan' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Select the state or territory where you live' }));
    expect(screen.getByRole('combobox', { name: 'Where do you live?' })).toHaveFocus();
  });

  it('submits the state, coverage, refusal as a yes/no, and cost worry', async () => {
    const { user, onSubmit } = renderStep(InsuranceStep);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Where do you live?' }), 'Ohio');
    await user.click(screen.getByRole('radio', { name: 'A private plan' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('radio', { name: 'Very worried' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({
      residenceState: 'OH',
      insurance: { coverage: 'private', deniedBefore: true, costConcern: 'major' },
    });
    expectValidAnswers(patch);
  });

  describe('a second coverage, only under Medicare', () => {
    const second = () => screen.queryByRole('group', { name: 'Do you have other coverage as well as Medicare?' });

    it.each(['Medicare', 'Medicare Advantage'])('asks it under %s, and needs an answer, "I’m not sure" among them', async (first) => {
      const { user, onSubmit } = renderStep(InsuranceStep, { residenceState: 'OH', insurance: { costConcern: 'none' } });
      expect(second()).toBeNull();
      await user.click(screen.getByRole('radio', { name: first }));
      expect(second()).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
        'Select whether you have other coverage as well as Medicare, or “I’m not sure”',
      ]);
      expect(onSubmit).not.toHaveBeenCalled();
      await user.click(within(second()!).getByRole('radio', { name: 'I’m not sure' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(submittedPatch(onSubmit).insurance?.secondary).toBe('unsure');
    });

    it('offers Medigap, Medicaid, a job or retiree plan, none, and not sure', async () => {
      const { user, onSubmit } = renderStep(InsuranceStep, { residenceState: 'OH', insurance: { costConcern: 'none' } });
      await user.click(screen.getByRole('radio', { name: 'Medicare' }));
      expect(within(second()!).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
        'medigap',
        'medicaid',
        'employer-or-retiree',
        'none',
        'unsure',
      ]);
      await user.click(within(second()!).getByRole('radio', { name: 'Medigap' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const patch = submittedPatch(onSubmit);
      expect(patch.insurance).toMatchObject({ coverage: 'medicare', secondary: 'medigap' });
      expectValidAnswers(patch);
    });

    it('drops the second coverage when the first is no longer Medicare', async () => {
      const { user, onSubmit } = renderStep(InsuranceStep, {
        residenceState: 'OH',
        insurance: { coverage: 'medicare', secondary: 'medicaid', costConcern: 'none' },
      });
      expect(within(second()!).getByRole('radio', { name: 'Medicaid' })).toBeChecked();
      await user.click(screen.getByRole('radio', { name: 'A private plan' }));
      expect(second()).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(submittedPatch(onSubmit).insurance).toEqual({ coverage: 'private', secondary: undefined, deniedBefore: undefined, deniedOn: undefined, costConcern: 'none' });
    });
  });

  describe('the date on the refusal letter, only under "Yes"', () => {
    const date = () => screen.queryByLabelText('What date is on the refusal letter? (optional)');

    it('asks it under "Yes", may be left empty, and saves a real date', async () => {
      const { user, onSubmit } = renderStep(InsuranceStep, { residenceState: 'OH', insurance: { coverage: 'private', costConcern: 'none' } });
      expect(date()).toBeNull();
      await user.click(screen.getByRole('radio', { name: 'Yes' }));
      expect(date()).toHaveAccessibleDescription(expect.stringContaining('If there was more than one, use the latest.'));
      await user.type(date()!, '2026-11-02');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const patch = submittedPatch(onSubmit);
      expect(patch.insurance).toMatchObject({ deniedBefore: true, deniedOn: '2026-11-02' });
      expectValidAnswers(patch);
    });

    it('drops the date when the answer becomes "No"', async () => {
      const { user, onSubmit } = renderStep(InsuranceStep, {
        residenceState: 'OH',
        insurance: { coverage: 'private', deniedBefore: true, deniedOn: '2026-10-01', costConcern: 'none' },
      });
      expect(date()).toHaveValue('2026-10-01');
      await user.click(screen.getByRole('radio', { name: 'No' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(submittedPatch(onSubmit).insurance).toMatchObject({ deniedBefore: false, deniedOn: undefined });
    });
  });

  it('clears the title prefix and summary once the answers are fixed', async () => {
    const { user, onSubmit } = renderStep(InsuranceStep, { residenceState: 'OH', insurance: { costConcern: 'none' } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(document.title.startsWith('Error: ')).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Medicaid' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit).insurance).toEqual({ coverage: 'medicaid', deniedBefore: undefined, costConcern: 'none' });
  });

  it('shows earlier answers again when a person comes back', () => {
    renderStep(InsuranceStep, {
      residenceState: 'PR',
      insurance: { coverage: 'military-va', deniedBefore: false, costConcern: 'some' },
    });
    expect(screen.getByRole('combobox', { name: 'Where do you live?' })).toHaveDisplayValue('Puerto Rico');
    expect(screen.getByRole('radio', { name: 'Military or veterans’ coverage' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A little worried' })).toBeChecked();
  });

  it('offers a "Why we ask" that opens on demand', async () => {
    const { user } = renderStep(InsuranceStep);
    const why = screen.getByText('Why we ask');
    const text = screen.getByText('Who pays for a drug, and which kinds of help you can get, depend on your insurance.');
    expect(text).not.toBeVisible();
    await user.click(why);
    expect(text).toBeVisible();
  });
});
