import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { loadWizard } from '../../../src/app/load-wizard';
import { readSessionStart } from '../../../src/app/session/read-session-start';
import { InactivityGuard } from '../../../src/app/session/inactivity-guard';
import { SessionPanel } from '../../../src/app/session/session-panel';
import { ContentProvider } from '../../../src/content/content-context';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';
import type { Answers } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { ENDED_KEY, KEPT_KEY, SESSION_KEY } from '../../../src/lib/session-store';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
// Loaded up front so the lazily loaded pages resolve at once in tests.
import '../../../src/app/later-pages';
import '../../../src/steps/results';

// The wizard is loaded before the first render, as main.tsx does for a stored session: these tests
// are about the session, not about the first screen (tests/component/app/first-screen.test.tsx).
await loadWizard();

// The session's safety rules with the whole app in jsdom: what the Chromium tests in
// tests/e2e/session-safety.test.ts show in a real browser, here each rule on its own.

const s = en.session;

const answers: Answers = {
  schemaVersion: SCHEMA_VERSION,
  filledBy: 'patient',
  diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
  biomarkers: { testing: 'not-done' },
  notes: 'Ask Dr Rivera about side effects',
};

function stored(value: string): string {
  return JSON.stringify({
    format: 1,
    schemaVersion: SCHEMA_VERSION,
    snapshot: { status: 'active', value, context: { answers, returnToReview: false }, children: {}, historyValue: {} },
  });
}

function renderApp() {
  const user = userEvent.setup();
  render(<App start={{ lang: 'en', content: en }} session={readSessionStart(parseAnswers)} />);
  return user;
}

// The later pages and the session parts load lazily: on a busy machine that can take a few seconds.
const slow = { timeout: 5000 };
const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, slow);

/**
 * Lets the fake clock run a minute at a time until the time-out warning shows: the guard starts
 * its clock when its lazy chunk has mounted, which jsdom does not time exactly.
 */
async function untilWarning(): Promise<HTMLElement> {
  for (let minute = 0; minute < 20; minute += 1) {
    const dialog = screen.queryByRole('alertdialog', { name: s.timeout.dialogHeading });
    if (dialog) return dialog;
    await act(() => vi.advanceTimersByTime(60_000));
  }
  throw new Error('The time-out warning never showed');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the time-out with answers kept on this computer', () => {
  it('closes the screen but keeps the copy; the welcome page offers to carry on', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    localStorage.setItem(KEPT_KEY, stored('checkAnswers'));
    renderApp();
    await heading(en.shell.checkAnswers.title);
    // The session panel and the time-out load in one lazy chunk: once the panel shows, the clock runs.
    expect(await screen.findByRole('checkbox', { name: s.keep.label }, slow)).toBeChecked();

    const dialog = await untilWarning();
    expect(dialog).toHaveAccessibleDescription(expect.stringMatching(/This screen will close in (1 minute|\d+ seconds?)\. Your kept answers stay on this computer\.$/));
    expect(within(dialog).getByRole('button', { name: s.timeout.downloadAnswers })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: s.timeout.downloadChecklist })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: s.timeout.closeNow })).toBeInTheDocument();

    await act(() => vi.advanceTimersByTime(61_000));
    await heading(en.wizard.questions.welcome.title);
    expect(await screen.findByRole('heading', { name: s.timeout.closedKept.heading }, slow)).toHaveFocus();
    expect(JSON.parse(localStorage.getItem(KEPT_KEY)!)).toMatchObject({ snapshot: { value: 'checkAnswers', context: { answers } } });
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
    // While the copy waits, nothing on this screen can overwrite it: the keep box is not offered.
    expect(screen.queryByRole('checkbox', { name: s.keep.label })).toBeNull();

    vi.useRealTimers();
    await userEvent.setup().click(screen.getByRole('button', { name: s.timeout.continueKept }));
    await heading(en.shell.checkAnswers.title);
  });

  it('deletes the waiting copy only when the person asks', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    localStorage.setItem(KEPT_KEY, stored('checkAnswers'));
    renderApp();
    await heading(en.shell.checkAnswers.title);
    await screen.findByRole('checkbox', { name: s.keep.label }, slow);
    await untilWarning();
    await act(() => vi.advanceTimersByTime(61_000));
    await screen.findByRole('heading', { name: s.timeout.closedKept.heading }, slow);
    vi.useRealTimers();
    await userEvent.setup().click(screen.getByRole('button', { name: s.timeout.deleteKept }));
    expect(await screen.findByText(s.timeout.keptDeleted, {}, slow)).toBeInTheDocument();
    expect(localStorage.getItem(KEPT_KEY)).toBeNull();
  });

  it('never runs with "never", chosen in patient mode from the session panel', async () => {
    sessionStorage.setItem(SESSION_KEY, stored('checkAnswers'));
    const user = renderApp();
    await heading(en.shell.checkAnswers.title);
    await user.selectOptions(screen.getByRole('combobox', { name: s.timeout.setting.label }), s.timeout.setting.never);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: en.shell.checkAnswers.title })).toBeInTheDocument();
  });
});

describe('tabs agree', () => {
  it('a session ended in another tab ends here too, and says why', async () => {
    sessionStorage.setItem(SESSION_KEY, stored('checkAnswers'));
    renderApp();
    await heading(en.shell.checkAnswers.title);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: ENDED_KEY, newValue: '{"reason":"finished","at":"2026-11-30T10:00:00Z"}', storageArea: localStorage }));
    });
    await heading(en.wizard.questions.welcome.title);
    expect(screen.getByText(s.timeout.otherTab)).toBeInTheDocument();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('never writes back a kept copy that another tab removed, even when its storage event was missed', async () => {
    localStorage.setItem(KEPT_KEY, stored('checkAnswers'));
    const user = renderApp();
    await heading(en.shell.checkAnswers.title);
    // Another tab: "Finish and clear". No event reaches this tab.
    localStorage.removeItem(KEPT_KEY);
    await user.click(screen.getByRole('button', { name: en.shell.checkAnswers.confirm }));
    await heading(en.wizard.questions.welcome.title);
    expect(localStorage.getItem(KEPT_KEY)).toBeNull();
    expect(screen.getByText(s.timeout.otherTab)).toBeInTheDocument();
  });
});

describe('a failed save is said out loud', () => {
  it('names the problem and offers the answers as a file, and keep is never shown as on', async () => {
    const user = renderApp();
    await heading(en.wizard.questions.welcome.title);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('checkbox', { name: s.keep.label }));
    expect(screen.getByRole('checkbox', { name: s.keep.label })).not.toBeChecked();
    expect(screen.getByText(s.keep.failed)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: en.wizard.questions.welcome.filledBy.options.patient.label }));
    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));
    const alert = (await screen.findByRole('heading', { name: s.saveFailed.heading }, slow)).closest('section')!;
    expect(alert).toHaveAttribute('role', 'alert');
    expect(within(alert).getByRole('heading', { name: s.saveFailed.heading })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: s.saveFailed.download })).toBeInTheDocument();
  });
});

describe('the time-out and keep, in Spanish too', () => {
  it('offers every time-out, "Nunca" included, and hides keep while a kept copy waits', () => {
    render(
      <ContentProvider content={es}>
        <SessionPanel answers={answers} onImport={() => undefined} kept={false} canExport timeout={{ minutes: 'never', onChange: () => undefined }} />
      </ContentProvider>,
    );
    const select = screen.getByRole('combobox', { name: es.session.timeout.setting.label });
    expect(select).toHaveValue('never');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '5 minutos',
      '10 minutos',
      '15 minutos',
      '30 minutos',
      '60 minutos',
      'Nunca',
    ]);
    expect(screen.queryByRole('checkbox', { name: es.session.keep.label })).toBeNull();
  });

  it('says in the warning what will happen to kept answers', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    render(
      <ContentProvider content={es}>
        <InactivityGuard timeoutMinutes={5} kept onTimeout={() => undefined} />
      </ContentProvider>,
    );
    await act(() => vi.advanceTimersByTime(4 * 60_000 + 25_000));
    expect(screen.getByRole('alertdialog', { name: es.session.timeout.dialogHeading })).toHaveAccessibleDescription(
      expect.stringContaining('Esta pantalla se cerrará en 35 segundos. Sus respuestas guardadas siguen en esta computadora.'),
    );
  });
});
