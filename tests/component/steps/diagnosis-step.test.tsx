import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagnosisStep } from '../../../src/steps/diagnosis-step';
import { expectValidAnswers, renderStep, submittedPatch } from './render-step';

const search = () => screen.getByRole('searchbox', { name: 'Search the list' });
const typeGroup = () => screen.getByRole('group', { name: 'What type of cancer is it?' });
const typeNames = () => within(typeGroup()).getAllByRole('radio').map((radio) => radio.closest('div')?.textContent);

describe('DiagnosisStep', () => {
  it('finds both lung types when a person types "lung cancer"', async () => {
    const { user } = renderStep(DiagnosisStep);
    await user.type(search(), 'lung cancer');
    expect(typeNames()).toEqual([
      'Lung cancer, non-small cell (NSCLC)',
      'Lung cancer, small cell (SCLC)',
      // "Another type" always stays, so a person is never stuck.
      'Another type of cancer',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 37 types match');
  });

  it.each([
    ['colon', ['Colorectal cancer (colon or rectum)']],
    ['Bowel', ['Colorectal cancer (colon or rectum)', 'Gastrointestinal stromal tumor (GIST)']],
    ['skin', ['Melanoma', 'Skin cancer, not melanoma']],
    ['blood cancer', [
      'Hodgkin lymphoma',
      'Leukemia, acute lymphoblastic (ALL)',
      'Leukemia, acute myeloid (AML)',
      'Leukemia, chronic lymphocytic (CLL)',
      'Leukemia, chronic myeloid (CML)',
      'Multiple myeloma',
      'Myelodysplastic syndromes (MDS)',
      'Non-Hodgkin lymphoma',
    ]],
  ])('finds everyday words: "%s"', async (query, expected) => {
    const { user } = renderStep(DiagnosisStep);
    await user.type(search(), query);
    expect(typeNames()).toEqual([...expected, 'Another type of cancer']);
  });

  it('says when nothing matches, and keeps "Another type of cancer" to choose', async () => {
    const { user } = renderStep(DiagnosisStep);
    await user.type(search(), 'zzzz');
    expect(screen.getByRole('status')).toHaveTextContent('No type matches.');
    expect(typeNames()).toEqual(['Another type of cancer']);
  });

  it('works from the keyboard: Enter in the search box does not submit, Tab reaches the list', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep);
    await user.click(search());
    await user.keyboard('pancrea{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Pancreatic cancer' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Pancreatic cancer' })).toBeChecked();
  });

  it('keeps the chosen type in view when the search changes', async () => {
    const { user } = renderStep(DiagnosisStep);
    await user.type(search(), 'breast');
    await user.click(screen.getByRole('radio', { name: 'Breast cancer' }));
    await user.clear(search());
    await user.type(search(), 'lung');
    expect(screen.getByRole('radio', { name: 'Breast cancer' })).toBeChecked();
  });

  it('reveals the box for the cancer name only when "Another type of cancer" is chosen', async () => {
    const { user } = renderStep(DiagnosisStep);
    expect(screen.queryByRole('textbox', { name: 'Name of the cancer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Another type of cancer' }));
    expect(screen.getByRole('textbox', { name: 'Name of the cancer' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Kidney cancer' }));
    expect(screen.queryByRole('textbox', { name: 'Name of the cancer' })).not.toBeInTheDocument();
  });

  it('asks for every missing answer at once, in page order, and links to the search box', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select the type of cancer',
      'Select how far the cancer has spread, or “I’m not sure”',
    ]);
    expect(document.title).toBe('Error: Your diagnosis – Treatment access navigator');
    await user.click(within(summary).getByRole('link', { name: 'Select the type of cancer' }));
    expect(search()).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('requires the name when "Another type" is chosen, and lists it before the stage', async () => {
    const { user } = renderStep(DiagnosisStep);
    await user.click(screen.getByRole('radio', { name: 'Another type of cancer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter the name of the cancer',
      'Select how far the cancer has spread, or “I’m not sure”',
    ]);
    await user.click(links[0]!);
    expect(screen.getByRole('textbox', { name: 'Name of the cancer' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Name of the cancer' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter the name of the cancer'),
    );
  });

  it('refuses a cancer name over 200 characters with a message that says the limit', async () => {
    const { user } = renderStep(DiagnosisStep, { diagnosis: { cancerType: 'other', stage: 'unsure' } });
    const box = screen.getByRole('textbox', { name: 'Name of the cancer' });
    await user.click(box);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Name of the cancer must be 200 characters or fewer' })).toBeInTheDocument();
  });

  it('submits the type, the other name only with "other", and the stage', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep);
    await user.click(screen.getByRole('radio', { name: 'Another type of cancer' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of the cancer' }), 'Chordoma');
    await user.click(screen.getByRole('radio', { name: 'Metastatic' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch).toEqual({ diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'metastatic' } });
    expectValidAnswers(patch);
  });

  it('drops the typed name when a listed type is chosen instead', async () => {
    const { user, onSubmit } = renderStep(DiagnosisStep, {
      diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'early' },
    });
    await user.type(search(), 'melanoma');
    await user.click(screen.getByRole('radio', { name: 'Melanoma' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit).diagnosis).toEqual({ cancerType: 'melanoma', cancerTypeOther: undefined, stage: 'early' });
  });

  it('shows earlier answers again, including the typed name', () => {
    renderStep(DiagnosisStep, { diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'recurrent' } });
    expect(screen.getByRole('radio', { name: 'Another type of cancer' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Name of the cancer' })).toHaveValue('Chordoma');
    expect(screen.getByRole('radio', { name: 'Recurrent' })).toBeChecked();
  });
});
