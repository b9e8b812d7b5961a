import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppointmentStep } from '../../../src/steps/appointment-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

const notes = () => screen.getByRole('textbox', { name: 'Notes for your appointment (optional)' });

describe('AppointmentStep', () => {
  it('is all optional: an empty Continue submits nothing to keep', async () => {
    const { user, onSubmit } = renderStep(AppointmentStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({
      appointment: { date: undefined, clinician: undefined },
      notes: undefined,
    });
  });

  it('takes the date from a labelled date box, the clinician and the notes as typed', async () => {
    const { user, onSubmit } = renderStep(AppointmentStep);
    const date = screen.getByLabelText('Date of your next appointment (optional)');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveAccessibleDescription('Leave it empty if you do not have one yet.');
    await user.type(date, '2027-03-14');
    await user.type(screen.getByRole('textbox', { name: 'Who will you see? (optional)' }), 'Dr. Ngozi Okafor');
    await user.type(notes(), 'Ask about “off-label” use — and costs.{Enter}Bring scans.');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({
      appointment: { date: '2027-03-14', clinician: 'Dr. Ngozi Okafor' },
      notes: 'Ask about “off-label” use — and costs.\nBring scans.',
    });
    expectValidAnswers(patch);
  });

  it('counts characters as a person types, and refuses notes over 2,000', async () => {
    const { user, onSubmit } = renderStep(AppointmentStep);
    expect(screen.getByText('2,000 characters left')).toBeInTheDocument();
    expect(notes()).toHaveAccessibleDescription(expect.stringContaining('Up to 2,000 characters.'));
    await user.type(notes(), 'Hello');
    expect(screen.getByText('1,995 characters left')).toBeInTheDocument();
    await user.clear(notes());
    await user.click(notes());
    await user.paste('a'.repeat(2003));
    expect(screen.getByText('3 characters too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    await user.click(within(summary).getByRole('link', { name: 'Notes must be 2,000 characters or fewer' }));
    expect(notes()).toHaveFocus();
    // Nothing typed is lost by a refusal.
    expect(notes()).toHaveValue('a'.repeat(2003));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows earlier answers again', () => {
    renderStep(AppointmentStep, { appointment: { date: '2027-01-05', clinician: 'Dr. Lee' }, notes: 'Bring the letter' });
    expect(screen.getByLabelText('Date of your next appointment (optional)')).toHaveValue('2027-01-05');
    expect(screen.getByRole('textbox', { name: 'Who will you see? (optional)' })).toHaveValue('Dr. Lee');
    expect(notes()).toHaveValue('Bring the letter');
  });
});
