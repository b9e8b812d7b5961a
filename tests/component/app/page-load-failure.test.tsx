import { parseAnswers } from '../../../src/domain/parse-answers';
import { readSessionStart } from '../../../src/app/session/read-session-start';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { en } from '../../../templates/en/bundle';

// A dropped connection: the chunk with the pages after the welcome page cannot be fetched.
vi.mock('../../../src/app/later-pages', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a page that cannot be loaded', () => {
  it('says so, with a way to try again, instead of a blank screen', async () => {
    // React reports the caught error on the console; the page itself is what this test reads.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<App start={{ lang: 'en', content: en }} session={readSessionStart(parseAnswers)} />);
    await screen.findByRole('heading', { level: 1, name: en.wizard.questions.welcome.title });
    await user.click(screen.getByRole('radio', { name: en.wizard.questions.welcome.filledBy.options.patient.label }));
    await user.click(screen.getByRole('button', { name: en.wizard.ui.continue }));

    // The wizard itself loads with Continue (decision 0011), then fails on the next page.
    const heading = await screen.findByRole('heading', { level: 1, name: en.shell.layout.pageLoadFailedHeading }, { timeout: 10_000 });
    const alert = heading.closest('[role="alert"]');
    expect(alert).toHaveTextContent(en.shell.layout.pageLoadFailed);
    expect(within(alert as HTMLElement).getByRole('button', { name: en.shell.layout.tryAgain })).toBeInTheDocument();
    await vi.waitFor(() => expect(heading).toHaveFocus());
    // The layout around it is still there.
    expect(screen.getByRole('contentinfo')).toHaveTextContent(en.shell.layout.footer);
    consoleError.mockRestore();
  });
});
