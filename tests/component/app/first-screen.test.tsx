import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_START } from '../../../src/app/session/prepare-session';
import { en } from '../../../templates/en/bundle';

// The first screen (docs/decisions/0011-first-screen.md): on a fresh visit the welcome page shows
// before the wizard (machine, react-hook-form, zod) has loaded. Here the wizard's module is held
// back until the test lets it through, so what a person does before it arrives is tested for sure.
let openGate: () => void = () => undefined;
const gate = { open: () => openGate() };

const welcome = en.wizard.questions.welcome;
const slow = { timeout: 10_000 };

/** A fresh app (its modules loaded anew, so the wizard is not loaded yet), as main.tsx starts it with nothing stored. */
async function renderFresh() {
  vi.resetModules();
  const opened = new Promise<void>((resolve) => (openGate = resolve));
  vi.doMock('../../../src/app/wizard', async (importOriginal) => {
    await opened;
    return importOriginal();
  });
  const { App } = await import('../../../src/app/app');
  const { loadedWizard } = await import('../../../src/app/load-wizard');
  const user = userEvent.setup();
  render(<App start={{ lang: 'en', content: en }} session={EMPTY_START} />);
  await screen.findByRole('heading', { level: 1, name: welcome.title });
  expect(loadedWizard()).toBeNull();
  return { user, loadedWizard };
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the first screen, before the wizard has loaded', () => {
  it('takes a choice and Continue, and goes on to the next page once the wizard is there', async () => {
    const { user, loadedWizard } = await renderFresh();
    await user.click(screen.getByRole('radio', { name: welcome.filledBy.options.patient.label }));
    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
    // Nothing is lost while it waits: still the welcome page, the choice still made, no error.
    expect(loadedWizard()).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: welcome.title })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: welcome.filledBy.options.patient.label })).toBeChecked();
    expect(screen.queryByRole('alert', { name: en.wizard.ui.errorSummaryTitle })).not.toBeInTheDocument();

    gate.open();
    const next = await screen.findByRole('heading', { level: 1, name: en.wizard.questions.diagnosis.title }, slow);
    await waitFor(() => expect(next).toHaveFocus());
  });

  it('answers Continue with nothing chosen with the welcome page’s own error, once the wizard is there', async () => {
    const { user } = await renderFresh();
    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
    gate.open();
    const summary = await screen.findByRole('alert', { name: en.wizard.ui.errorSummaryTitle }, slow);
    expect(within(summary).getByRole('link', { name: 'Select who is filling this in' })).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1, name: welcome.title })).toBeInTheDocument();
  });

  it('keeps the choice and the focus when the wizard takes the page over', async () => {
    const { user, loadedWizard } = await renderFresh();
    const before = screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label });
    await user.click(before);
    expect(before).toHaveFocus();

    gate.open();
    await waitFor(() => expect(loadedWizard()).not.toBeNull(), slow);
    // The wizard draws the page anew (a new element), with the same choice made and focus on it.
    await waitFor(() => expect(screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label })).not.toBe(before), slow);
    const after = screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label });
    expect(after).toBeChecked();
    expect(after).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    // And it is the wizard's page now: Continue goes on.
    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
    await screen.findByRole('heading', { level: 1, name: en.wizard.questions.diagnosis.title }, slow);
  });
});
