import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FinishAndClear } from '../../../src/app/session/finish-and-clear';
import { KeepBetweenVisits } from '../../../src/app/session/keep-between-visits';
import { ContentProvider } from '../../../src/content/content-context';
import { en } from '../../../templates/en/bundle';

describe('Finish and clear', () => {
  function setup() {
    const onClear = vi.fn();
    render(
      <ContentProvider content={en}>
        <FinishAndClear onClear={onClear} />
      </ContentProvider>,
    );
    return { onClear, user: userEvent.setup() };
  }

  it('asks first, with focus on the question, and clears only on yes', async () => {
    const { onClear, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Finish and clear' }));
    expect(screen.getByRole('heading', { name: 'Clear everything now?' })).toHaveFocus();
    expect(onClear).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('goes back without clearing, focus returned to the button', async () => {
    const { onClear, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Finish and clear' }));
    await user.click(screen.getByRole('button', { name: 'No, go back' }));
    expect(screen.queryByRole('heading', { name: 'Clear everything now?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Finish and clear' })).toHaveFocus();
    expect(onClear).not.toHaveBeenCalled();
  });
});

describe('keeping answers between visits', () => {
  it('is off until the person turns it on, says where answers are kept, and says when they are deleted', async () => {
    const onChange = vi.fn(() => true);
    const user = userEvent.setup();
    const { rerender } = render(
      <ContentProvider content={en}>
        <KeepBetweenVisits kept={false} onChange={onChange} />
      </ContentProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Keep my answers on this computer until I turn this off' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('kept in this browser on this computer'));

    await user.click(box);
    expect(onChange).toHaveBeenLastCalledWith(true);
    rerender(
      <ContentProvider content={en}>
        <KeepBetweenVisits kept onChange={onChange} />
      </ContentProvider>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Keep my answers on this computer until I turn this off' }));
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('status')).toHaveTextContent('The kept answers were deleted from this computer.');
  });

  it('says plainly that nothing is kept when the copy could not be written, and stays unticked', async () => {
    const user = userEvent.setup();
    render(
      <ContentProvider content={en}>
        <KeepBetweenVisits kept={false} onChange={() => false} />
      </ContentProvider>,
    );
    const box = screen.getByRole('checkbox', { name: 'Keep my answers on this computer until I turn this off' });
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('We could not keep your answers on this computer');
    expect(screen.getByRole('status')).not.toHaveTextContent('Your answers are kept');
  });
});
