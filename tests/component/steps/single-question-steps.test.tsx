import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BiomarkerFindingsStep } from '../../../src/steps/biomarker-findings-step';
import { BiomarkersStep } from '../../../src/steps/biomarkers-step';
import { TrialStatusStep } from '../../../src/steps/trial-status-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

describe('BiomarkersStep', () => {
  const tumour = () => screen.getByRole('group', { name: 'Has the cancer been tested for biomarkers?' });
  const inherited = () => screen.getByRole('group', { name: 'Have you had a test for inherited gene changes?' });
  const inheritedFindings = () => screen.queryByRole('textbox', { name: 'What did the inherited gene test find? (optional)' });

  it('asks about testing of the cancer and inherited (germline) testing side by side, under one heading', () => {
    renderStep(BiomarkersStep);
    expect(screen.getByRole('heading', { level: 1, name: 'Tests for gene changes' })).toBeInTheDocument();
    expect(tumour()).toHaveAccessibleDescription(expect.stringContaining('It is also called genomic or molecular testing.'));
    expect(inherited()).toHaveAccessibleDescription(expect.stringContaining('It is also called germline or genetic testing.'));
  });

  it('requires both answers, each with "I’m not sure"', async () => {
    const { user, onSubmit } = renderStep(BiomarkersStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(document.title).toBe('Error: Tests for gene changes – Treatment access navigator');
    expect(within(screen.getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select whether the cancer has been tested for biomarkers',
      'Select whether you have had a test for inherited gene changes, or “I’m not sure”',
    ]);
    await user.click(screen.getByRole('link', { name: 'Select whether the cancer has been tested for biomarkers' }));
    expect(within(tumour()).getByRole('radio', { name: 'Yes, it has been done' })).toHaveFocus();
    await user.click(within(tumour()).getByRole('radio', { name: 'I’m not sure' }));
    await user.click(within(inherited()).getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ biomarkers: { testing: 'unsure', germlineTesting: 'unsure' } });
  });

  it('asks what the inherited test found only under "Yes", one finding per line', async () => {
    const { user, onSubmit } = renderStep(BiomarkersStep);
    expect(inheritedFindings()).toBeNull();
    await user.click(within(tumour()).getByRole('radio', { name: 'No, it has not been done' }));
    await user.click(within(inherited()).getByRole('radio', { name: 'Yes, it has been done' }));
    await user.type(inheritedFindings()!, 'BRCA2{Enter}{Enter} ATM ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ biomarkers: { testing: 'not-done', germlineTesting: 'done', germlineFindings: ['BRCA2', 'ATM'] } });
    expectValidAnswers(patch);
  });

  it('drops inherited findings when the answer changes from "Yes"', async () => {
    const { user, onSubmit } = renderStep(BiomarkersStep, {
      biomarkers: { testing: 'done', germlineTesting: 'done', germlineFindings: ['BRCA1'] },
    });
    expect(inheritedFindings()).toHaveValue('BRCA1');
    await user.click(within(inherited()).getByRole('radio', { name: 'No, it has not been done' }));
    expect(inheritedFindings()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit)).toEqual({ biomarkers: { testing: 'done', germlineTesting: 'not-done', germlineFindings: undefined } });
  });

  it('refuses an inherited finding over 100 characters, naming it, and keeps what was typed', async () => {
    const { user, onSubmit } = renderStep(BiomarkersStep, { biomarkers: { testing: 'done', germlineTesting: 'done' } });
    await user.click(inheritedFindings()!);
    await user.paste(`BRCA2\n${'y'.repeat(101)}`);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Each inherited finding must be 100 characters or fewer. Put each finding on its own line',
    );
    expect(inheritedFindings()).toHaveValue(`BRCA2\n${'y'.repeat(101)}`);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the earlier answers again', () => {
    renderStep(BiomarkersStep, { biomarkers: { testing: 'not-done', germlineTesting: 'unsure' } });
    expect(within(tumour()).getByRole('radio', { name: 'No, it has not been done' })).toBeChecked();
    expect(within(inherited()).getByRole('radio', { name: 'I’m not sure' })).toBeChecked();
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
