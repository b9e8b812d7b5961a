import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BiomarkerFindingsStep } from '../../../src/steps/biomarker-findings-step';
import { BiomarkersStep } from '../../../src/steps/biomarkers-step';
import { TrialStatusStep } from '../../../src/steps/trial-status-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

describe('BiomarkersStep', () => {
  it('makes the question the page heading, inside the group it labels', () => {
    renderStep(BiomarkersStep);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Has the cancer been tested for biomarkers?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Has the cancer been tested for biomarkers?' })).toHaveAccessibleDescription(
      expect.stringContaining('It is also called genomic or molecular testing.'),
    );
  });

  it('requires an answer, with "I’m not sure" as one', async () => {
    const { user, onSubmit } = renderStep(BiomarkersStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(document.title).toBe('Error: Has the cancer been tested for biomarkers? – Treatment access navigator');
    await user.click(screen.getByRole('link', { name: 'Select whether the cancer has been tested for biomarkers' }));
    expect(screen.getByRole('radio', { name: 'Yes, it has been done' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ biomarkers: { testing: 'unsure' } });
  });

  it('shows the earlier answer again', () => {
    renderStep(BiomarkersStep, { biomarkers: { testing: 'not-done' } });
    expect(screen.getByRole('radio', { name: 'No, it has not been done' })).toBeChecked();
  });
});

describe('BiomarkerFindingsStep', () => {
  const box = () => screen.getByRole('textbox', { name: 'What did the testing find? (optional)' });

  it('keeps one finding per line, skipping empty lines', async () => {
    const { user, onSubmit } = renderStep(BiomarkerFindingsStep);
    await user.type(box(), ' BRAF V600E {Enter}{Enter}MSI-H');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ biomarkers: { findings: ['BRAF V600E', 'MSI-H'] } });
    expectValidAnswers(patch);
  });

  it('may be left empty', async () => {
    const { user, onSubmit } = renderStep(BiomarkerFindingsStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ biomarkers: { findings: undefined } });
  });

  it('refuses a finding over 100 characters', async () => {
    const { user, onSubmit } = renderStep(BiomarkerFindingsStep);
    await user.click(box());
    await user.paste(`KRAS G12C\n${'y'.repeat(101)}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const link = within(screen.getByRole('alert')).getByRole('link', {
      name: 'Each finding must be 100 characters or fewer. Put each finding on its own line',
    });
    await user.click(link);
    expect(box()).toHaveFocus();
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows earlier findings again, one per line', () => {
    renderStep(BiomarkerFindingsStep, { biomarkers: { testing: 'done', findings: ['EGFR exon 19', 'PD-L1 50%'] } });
    expect(box()).toHaveValue('EGFR exon 19\nPD-L1 50%');
  });
});

describe('TrialStatusStep', () => {
  it('requires an answer and submits it', async () => {
    const { user, onSubmit } = renderStep(TrialStatusStep);
    expect(screen.getByRole('heading', { level: 1, name: 'Have you looked into clinical trials?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Select whether you have looked into clinical trials' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'I looked, but I could not join one' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ trials: { status: 'looked-not-eligible' } });
  });

  it('shows the earlier answer again', () => {
    renderStep(TrialStatusStep, { trials: { status: 'in-a-trial' } });
    expect(screen.getByRole('radio', { name: 'I am in a clinical trial now' })).toBeChecked();
  });
});
