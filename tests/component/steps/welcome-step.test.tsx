import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WelcomeStep } from '../../../src/steps/welcome-step';
import { renderStep, submittedPatch } from './render-step';

describe('WelcomeStep', () => {
  it('says what the tool does and does not do, and that answers stay on this device', () => {
    renderStep(WelcomeStep);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find out which ways to get a cancer drug may be open to you' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What this tool does' })).toBeInTheDocument();
    expect(screen.getByText('It does not give medical advice or tell you to take any drug.')).toBeInTheDocument();
    expect(screen.getByText('Decide what to do together with your care team.')).toBeInTheDocument();
    expect(screen.getByText('Your answers stay on this device.')).toBeInTheDocument();
  });

  it('asks who is filling it in, with an error summary when nobody is chosen', async () => {
    const { user, onSubmit } = renderStep(WelcomeStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Select who is filling this in' }));
    expect(screen.getByRole('radio', { name: 'I am the person with cancer' })).toHaveFocus();
    expect(document.title).toMatch(/^Error: Find out which ways/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits who is filling it in', async () => {
    const { user, onSubmit } = renderStep(WelcomeStep);
    await user.click(screen.getByRole('radio', { name: 'I am a nurse navigator or other health worker' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ filledBy: 'navigator' });
  });

  it('has no back link when the shell gives no way back', () => {
    renderStep(WelcomeStep, {}, { withBack: false });
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('shows the earlier choice again', () => {
    renderStep(WelcomeStep, { filledBy: 'caregiver' });
    expect(screen.getByRole('radio', { name: 'I am a family member or friend helping them' })).toBeChecked();
  });
});
