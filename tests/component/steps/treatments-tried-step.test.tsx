import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TreatmentsTriedStep } from '../../../src/steps/treatments-tried-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

const item = (n: number) => screen.getByRole('group', { name: `Treatment ${n}` });
const nameBox = (n: number) => within(item(n)).getByRole('textbox', { name: 'Name of the treatment' });

describe('TreatmentsTriedStep', () => {
  it('starts with an empty list and says so', () => {
    renderStep(TreatmentsTriedStep);
    expect(screen.getByRole('status')).toHaveTextContent('You have not added any treatments.');
    expect(screen.queryByRole('group', { name: 'Treatment 1' })).not.toBeInTheDocument();
  });

  it('adds treatments, moving focus to each new name box, and counts them', async () => {
    const { user } = renderStep(TreatmentsTriedStep);
    await user.click(screen.getByRole('button', { name: 'Add a treatment' }));
    expect(nameBox(1)).toHaveFocus();
    await user.keyboard('FOLFOX');
    await user.click(within(item(1)).getByRole('radio', { name: 'It worked for a while, then stopped working' }));

    await user.click(screen.getByRole('button', { name: 'Add another treatment' }));
    expect(nameBox(2)).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('You have added 2 treatments.');
  });

  it('removes a treatment, says which, and puts focus on the one that took its place', async () => {
    const { user, onSubmit } = renderStep(TreatmentsTriedStep, {
      treatments: {
        tried: [
          { name: 'Surgery', outcome: 'did-not-work' },
          { name: 'Radiation', outcome: 'side-effects' },
          { name: 'Pembrolizumab', outcome: 'still-taking' },
        ],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Remove treatment 2' }));
    expect(screen.getByRole('status')).toHaveTextContent('Treatment 2 removed. You have added 2 treatments.');
    expect(nameBox(2)).toHaveValue('Pembrolizumab');
    expect(nameBox(2)).toHaveFocus();

    // Removing the last one moves focus back to the one before it.
    await user.click(screen.getByRole('button', { name: 'Remove treatment 2' }));
    expect(nameBox(1)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove treatment 1' }));
    expect(screen.getByRole('button', { name: 'Add a treatment' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Treatment 1 removed. You have not added any treatments.');

    await user.click(screen.getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ treatments: { tried: [], standardOptionsLeft: 'unsure' } });
  });

  it('edits a treatment in place and submits the whole list in order', async () => {
    const { user, onSubmit } = renderStep(TreatmentsTriedStep, {
      treatments: { tried: [{ name: 'Carboplatin', outcome: 'still-taking' }], standardOptionsLeft: 'yes' },
    });
    await user.clear(nameBox(1));
    await user.type(nameBox(1), 'Carboplatin and paclitaxel');
    await user.click(within(item(1)).getByRole('radio', { name: 'I stopped because of side effects' }));
    await user.click(screen.getByRole('button', { name: 'Add another treatment' }));
    await user.keyboard('Osimertinib');
    await user.click(within(item(2)).getByRole('radio', { name: 'It did not work' }));
    await user.click(screen.getByRole('radio', { name: 'No, there are none left' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({
      treatments: {
        tried: [
          { name: 'Carboplatin and paclitaxel', outcome: 'side-effects' },
          { name: 'Osimertinib', outcome: 'did-not-work' },
        ],
        standardOptionsLeft: 'no',
      },
    });
    expectValidAnswers(patch);
  });

  it('names the treatment in each error, links to it, and asks whether approved options remain', async () => {
    const { user, onSubmit } = renderStep(TreatmentsTriedStep);
    await user.click(screen.getByRole('button', { name: 'Add a treatment' }));
    await user.click(screen.getByRole('button', { name: 'Add another treatment' }));
    await user.keyboard('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the name of treatment 1, or remove it',
      'Select how treatment 1 went',
      'Name of treatment 2 must be 200 characters or fewer',
      'Select how treatment 2 went',
      'Select whether there are other approved treatments, or “I’m not sure”',
    ]);
    expect(document.title).toBe('Error: Treatments you have tried – Treatment access navigator');
    await user.click(within(summary).getByRole('link', { name: 'Name of treatment 2 must be 200 characters or fewer' }));
    expect(nameBox(2)).toHaveFocus();
    expect(nameBox(2)).toHaveAccessibleDescription(expect.stringContaining('Name of treatment 2 must be 200 characters or fewer'));
    await user.click(within(summary).getByRole('link', { name: 'Select how treatment 1 went' }));
    expect(within(item(1)).getByRole('radio', { name: 'It worked for a while, then stopped working' })).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('stops offering to add at 30 treatments', async () => {
    const tried = Array.from({ length: 29 }, (_, i) => ({ name: `Drug ${i + 1}`, outcome: 'did-not-work' as const }));
    const { user } = renderStep(TreatmentsTriedStep, { treatments: { tried } });
    await user.click(screen.getByRole('button', { name: 'Add another treatment' }));
    expect(screen.queryByRole('button', { name: 'Add another treatment' })).not.toBeInTheDocument();
    expect(screen.getByText('You have added 30 treatments. That is the most you can add.')).toBeInTheDocument();
  });
});
