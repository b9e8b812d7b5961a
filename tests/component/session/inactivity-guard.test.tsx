import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityGuard } from '../../../src/app/session/inactivity-guard';
import { ContentProvider } from '../../../src/content/content-context';
import { en } from '../../../templates/en/bundle';

const minutes = (n: number) => n * 60_000;

function setup(timeoutMinutes = 5) {
  const onTimeout = vi.fn();
  const user = userEvent.setup();
  render(
    <ContentProvider content={en}>
      <button type="button">Something on the page</button>
      <InactivityGuard timeoutMinutes={timeoutMinutes} onTimeout={onTimeout} />
    </ContentProvider>,
  );
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { onTimeout, user, wait };
}

const dialog = () => screen.queryByRole('alertdialog', { name: 'Are you still there?' });

describe('the inactivity timeout', () => {
  beforeEach(() => {
    // Only the clock and the interval are faked: Testing Library waits on real setTimeout between steps.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns a minute before, with the time left in words, and moves focus to "I’m still here"', async () => {
    const { wait, onTimeout } = setup(5);
    await wait(minutes(4) - 2000);
    expect(dialog()).toBeNull();

    await wait(2000);
    expect(dialog()).toBeInTheDocument();
    expect(dialog()).toHaveAccessibleDescription(expect.stringContaining('Your answers will be cleared in 1 minute.'));
    expect(screen.getByRole('button', { name: 'I’m still here' })).toHaveFocus();

    await wait(25_000);
    expect(screen.getByText('Your answers will be cleared in 35 seconds.')).toBeInTheDocument();
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('clears when the time runs out, once', async () => {
    const { wait, onTimeout } = setup(5);
    await wait(minutes(5) + 1000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });

  it('starts again from the full time after "I’m still here"', async () => {
    const { wait, user, onTimeout } = setup(5);
    await wait(minutes(4) + 30_000);
    await user.click(screen.getByRole('button', { name: 'I’m still here' }));
    expect(dialog()).toBeNull();

    await wait(minutes(3) + 30_000);
    expect(dialog()).toBeNull();
    expect(onTimeout).not.toHaveBeenCalled();
    await wait(minutes(1) + 31_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('counts typing and clicking as activity, but not while the warning shows', async () => {
    const { wait, user, onTimeout } = setup(5);
    await wait(minutes(3));
    await user.click(screen.getByRole('button', { name: 'Something on the page' }));
    await wait(minutes(3) + 30_000);
    expect(dialog()).toBeNull();

    await wait(minutes(1));
    expect(dialog()).toBeInTheDocument();
    // A key pressed behind the warning does not keep the answers open: only the button does.
    await user.keyboard('{Shift}');
    await wait(61_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('clears at once with "Clear now"', async () => {
    const { wait, user, onTimeout } = setup(5);
    await wait(minutes(4) + 1000);
    await user.click(screen.getByRole('button', { name: 'Clear now' }));
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });

  it('keeps keyboard focus inside the warning', async () => {
    const { wait, user } = setup(5);
    await wait(minutes(4) + 1000);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Clear now' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'I’m still here' })).toHaveFocus();
  });
});
