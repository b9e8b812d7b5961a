import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagnosisStep } from '../../../src/steps/diagnosis-step';
import { DrugOfInterestStep } from '../../../src/steps/drug-of-interest-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

// The questions answers version 2 adds, where they belong (issue 10). Inherited testing is in
// single-question-steps.test.tsx, the second coverage and the refusal date in insurance-step.test.tsx.

const summaryLinks = () => within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent);

describe('age, on the diagnosis page', () => {
  const age = () => screen.getByRole('textbox', { name: 'How old are you? (optional)' });
  const listed = { diagnosis: { cancerType: 'pancreatic' as const, stage: 'metastatic' as const } };

  it('is optional: empty means not sure or would rather not say', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep, listed);
    expect(age()).toHaveAccessibleDescription(expect.stringContaining('Leave it empty if you are not sure'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit).age).toBeUndefined();
  });

  it('saves whole years', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep, listed);
    await user.type(age(), ' 67 ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch.age).toBe(67);
    expectValidAnswers(patch);
  });

  it('refuses anything else in plain words, naming the field, and keeps what was typed', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep, listed);
    await user.type(age(), 'sixty');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(summaryLinks()).toEqual(['Enter age as a whole number of years, from 0 to 120']);
    expect(age()).toHaveValue('sixty');
    expect(age()).toHaveAccessibleDescription(expect.stringContaining('Enter age as a whole number of years, from 0 to 120'));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows an earlier answer again', () => {
    renderStep(DiagnosisStep, { ...listed, age: 44 });
    expect(age()).toHaveValue('44');
  });
});

describe('the drug page: approved outside the US only, and how the drug is given', () => {
  const given = () => screen.getByRole('group', { name: 'How is this drug given? (optional)' });

  it('offers "approved in another country, not in the US" as an answer', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep);
    await user.click(screen.getByRole('radio', { name: 'It is approved in another country, not in the US' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch.drugOfInterest?.approval).toBe('approved-outside-us-only');
    expectValidAnswers(patch);
  });

  it('asks how the drug is given: at a clinic, at home, or not sure; optional', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep, { drugOfInterest: { approval: 'unsure' } });
    expect(within(given()).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['in-clinic', 'at-home', 'unsure']);
    expect(within(given()).getByRole('radio', { name: 'At a clinic or hospital' })).toHaveAccessibleDescription(
      'For example, a drip into a vein, or a shot from a nurse.',
    );
    await user.click(within(given()).getByRole('radio', { name: 'At home' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch.drugOfInterest).toMatchObject({ approval: 'unsure', givenHow: 'at-home' });
    expectValidAnswers(patch);
  });

  it('shows an earlier answer again', () => {
    renderStep(DrugOfInterestStep, { drugOfInterest: { approval: 'unsure', givenHow: 'in-clinic' } });
    expect(within(given()).getByRole('radio', { name: 'At a clinic or hospital' })).toBeChecked();
  });
});
