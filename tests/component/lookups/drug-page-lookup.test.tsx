import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabelLookupContent } from '../../../src/content/label-lookup-content.types';
import { DrugOfInterestStep } from '../../../src/steps/drug-of-interest-step';
import { en } from '../../../templates/en/bundle';
import { expectValidAnswers, renderStep, submittedPatch } from '../steps/render-step';
import { recordingFetch, type FetchCall } from './openfda-recordings';

const words: LabelLookupContent = en.labelLookup;
/** The lookup's code is a lazy chunk: the first render waits for it. */
const LOAD = { timeout: 15_000 };
const before = { diagnosis: { cancerType: 'lung-nsclc' as const, stage: 'metastatic' as const }, drugOfInterest: { name: 'gefitinib' } };

describe('the drug page: the label lookup before the approval question', () => {
  const original = globalThis.fetch;
  let calls: FetchCall[];
  beforeEach(() => {
    const recorded = recordingFetch();
    calls = recorded.calls;
    // The page passes the browser's own fetch: here it answers from the recordings.
    window.fetch = recorded.fetchFn;
  });
  afterEach(() => {
    window.fetch = original;
  });

  it('sends nothing until asked; the kept lookup is saved with the answers on Continue', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep, before);
    const button = await screen.findByRole('button', { name: words.lookUp('gefitinib') }, LOAD);
    expect(calls).toEqual([]);
    // The lookup comes before the approval question, so the person answers it with the label in front of them.
    const approval = screen.getByRole('group', { name: 'Is this drug approved?' });
    expect(button.compareDocumentPosition(approval) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: words.keep }));
    await user.click(within(approval).getByRole('radio', { name: 'Yes, it is approved for my type of cancer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const patch = submittedPatch(onSubmit);
    expect(patch.drugOfInterest?.label?.query).toBe('gefitinib');
    expect(patch.drugOfInterest?.label?.labels).toHaveLength(4);
    expectValidAnswers(patch);
  });

  it('a lookup that is not kept is not saved', async () => {
    const { user, onSubmit } = renderStep(DrugOfInterestStep, before);
    await user.click(await screen.findByRole('button', { name: words.lookUp('gefitinib') }, LOAD));
    await screen.findByRole('button', { name: words.keep });
    await user.click(within(screen.getByRole('group', { name: 'Is this drug approved?' })).getByRole('radio', { name: 'I’m not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit).drugOfInterest?.label).toBeUndefined();
  });

  it('a failed lookup keeps every answer on the page, and a lookup kept earlier', async () => {
    window.fetch = (() => Promise.reject(new TypeError('Failed to fetch')));
    const kept = { retrievedOn: '2026-11-01', query: 'gefitinib', labels: [] };
    const { user, onSubmit } = renderStep(DrugOfInterestStep, { ...before, drugOfInterest: { name: 'gefitinib', approval: 'unsure', givenHow: 'at-home', label: kept } });
    await user.click(await screen.findByRole('button', { name: words.lookAgain('gefitinib') }, LOAD));
    expect(await screen.findByText(words.failures.offline('gefitinib'))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name of the drug (optional)' })).toHaveValue('gefitinib');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(submittedPatch(onSubmit).drugOfInterest).toEqual({ name: 'gefitinib', approval: 'unsure', givenHow: 'at-home', label: kept });
  });
});
