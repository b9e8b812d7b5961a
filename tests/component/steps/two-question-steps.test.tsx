import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareTeamStep } from '../../../src/steps/care-team-step';
import { DrugOfInterestStep } from '../../../src/steps/drug-of-interest-step';
import { TrialTravelStep } from '../../../src/steps/trial-travel-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

const summaryLinks = () => within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent);

describe('DrugOfInterestStep', () => {
  const name = () => screen.getByRole('textbox', { name: 'Name of the drug (optional)' });

  it('needs only the approval answer; the name is optional', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(summaryLinks()).toEqual(['Select whether the drug is approved, or “I’m not sure”']);
    await user.click(within(screen.getByRole('group', { name: 'Is this drug approved?' })).getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ drugOfInterest: { name: undefined, approval: 'unsure' } });
  });

  it('refuses a name over 200 characters and keeps what was typed', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep, { drugOfInterest: { approval: 'not-approved' } });
    await user.click(name());
    await user.paste('z'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(summaryLinks()).toEqual(['Name of the drug must be 200 characters or fewer']);
    expect(name()).toHaveValue('z'.repeat(201));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the trimmed name and the approval', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep);
    await user.type(name(), '  Tovorafenib ');
    await user.click(screen.getByRole('radio', { name: 'It is approved, but for another use' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ drugOfInterest: { name: 'Tovorafenib', approval: 'approved-for-other-use' } });
    expectValidAnswers(patch);
  });

  it('shows earlier answers again', () => {
    renderStep(DrugOfInterestStep, { drugOfInterest: { name: 'Nirogacestat', approval: 'approved-for-my-cancer' } });
    expect(name()).toHaveValue('Nirogacestat');
    expect(screen.getByRole('radio', { name: 'Yes, it is approved for my type of cancer' })).toBeChecked();
  });
});

describe('TrialTravelStep', () => {
  const zip = () => screen.getByRole('textbox', { name: 'Your ZIP code (optional)' });

  it('asks how far, and checks a ZIP code has 5 digits', async () => {
    const { user, onSubmit } = renderStep(TrialTravelStep);
    await user.type(zip(), '4321');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(summaryLinks()).toEqual(['Select how far you could travel, or “I’m not sure”', 'Enter a ZIP code with 5 digits, like 43210']);
    expect(zip()).toHaveAccessibleDescription(expect.stringContaining('Enter a ZIP code with 5 digits, like 43210'));
    await user.click(screen.getByRole('link', { name: 'Enter a ZIP code with 5 digits, like 43210' }));
    expect(zip()).toHaveFocus();
    await user.type(zip(), '0');
    await user.click(screen.getByRole('radio', { name: 'Anywhere in my state' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ trials: { travel: 'in-my-state', zip: '43210' } });
    expectValidAnswers(patch);
  });

  it('takes “I’m not sure”, which leaves how far unanswered', async () => {
    const { user, onSubmit } = renderStep(TrialTravelStep);
    await user.click(screen.getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ trials: { travel: undefined, zip: undefined } });
    expectValidAnswers(patch);
  });

  it('shows earlier answers again', () => {
    renderStep(TrialTravelStep, { trials: { status: 'looking', travel: 'anywhere-in-us', zip: '02115' } });
    expect(screen.getByRole('radio', { name: 'Anywhere in the US' })).toBeChecked();
    expect(zip()).toHaveValue('02115');
  });
});

describe('CareTeamStep', () => {
  it('asks both questions, each with "I’m not sure"', async () => {
    const { user, onSubmit } = renderStep(CareTeamStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(summaryLinks()).toEqual([
      'Select whether your cancer doctor is willing to help, or “I’m not sure”',
      'Select where you get your cancer care, or “I’m not sure”',
    ]);
    const willing = screen.getByRole('group', { name: 'Is your cancer doctor willing to help you ask for a drug?' });
    await user.click(within(willing).getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('radio', { name: 'At a local clinic or hospital' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({
      careTeam: { oncologistOpenToHelp: 'unsure', setting: 'community-practice' },
    });
  });

  it('shows earlier answers again', () => {
    renderStep(CareTeamStep, { careTeam: { oncologistOpenToHelp: 'yes', setting: 'academic-center' } });
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'At a university hospital or a large cancer center' })).toBeChecked();
  });
});
