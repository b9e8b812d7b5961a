import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_START } from '../../../src/app/session/prepare-session';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import { KEPT_KEY } from '../../../src/lib/session-store';
import { en } from '../../../templates/en/bundle';

// The first screen (docs/decisions/0011-first-screen.md): on a fresh visit the welcome page shows
// without the wizard (machine, react-hook-form, zod), which loads and takes over only when the
// person presses Continue (or opens a file, or turns navigator mode on). Here the wizard's module is held
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

  it('is not drawn anew while the person reads and chooses: the wizard comes with Continue, and the choice with it', async () => {
    const { user, loadedWizard } = await renderFresh();
    const before = screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label });
    await user.click(before);
    // The wizard's module could arrive now; nothing asks for it until the person presses Continue.
    gate.open();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loadedWizard()).toBeNull();
    // The same elements as drawn at first, the choice made and the focus on it.
    expect(screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label })).toBe(before);
    expect(before).toBeChecked();
    expect(before).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
    const next = await screen.findByRole('heading', { level: 1, name: en.wizard.questions.diagnosis.title }, slow);
    await waitFor(() => expect(next).toHaveFocus());
    // The choice went in as the answer: Back shows it.
    await user.click(screen.getByRole('button', { name: en.wizard.ui.back }));
    await screen.findByRole('heading', { level: 1, name: welcome.title }, slow);
    expect(screen.getByRole('radio', { name: welcome.filledBy.options.caregiver.label })).toBeChecked();
  });

  it('opens an answers file from the panel under the page: the wizard comes and shows them on the check page', async () => {
    const { user } = await renderFresh();
    gate.open();
    const answers = { schemaVersion: SCHEMA_VERSION, filledBy: 'patient', diagnosis: { cancerType: 'melanoma', stage: 'metastatic' } };
    const file = new File([JSON.stringify(answers)], 'answers.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText(en.session.import.label), file);
    await user.click(await screen.findByRole('button', { name: en.session.import.confirmReplace }, slow));
    await screen.findByRole('heading', { level: 1, name: en.shell.checkAnswers.title }, slow);
    expect(await screen.findByText(en.session.import.done('answers.json'), undefined, slow)).toBeInTheDocument();
    expect(screen.getByText(en.wizard.cancerTypes.melanoma.name)).toBeInTheDocument();
  });

  it('keeps the blank session between visits when asked from the panel under the page, before the wizard', async () => {
    const { user, loadedWizard } = await renderFresh();
    await user.click(screen.getByRole('checkbox', { name: en.session.keep.label }));
    expect(screen.getByRole('checkbox', { name: en.session.keep.label })).toBeChecked();
    expect(screen.getByText(en.session.keep.on)).toBeInTheDocument();
    expect(localStorage.getItem(KEPT_KEY)).not.toBeNull();
    expect(loadedWizard()).toBeNull();
  });

  it('loads the wizard when navigator mode is turned on in the header: its list of sections is part of the page', async () => {
    const { user } = await renderFresh();
    gate.open();
    await user.click(screen.getByRole('checkbox', { name: en.navigator.toggle.label }));
    await screen.findByRole('heading', { name: en.navigator.taskList.heading }, slow);
  });
});
