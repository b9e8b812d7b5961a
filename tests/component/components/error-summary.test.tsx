import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../../src/components/error-summary';
import { ContentProvider } from '../../../src/content/content-context';
import { en } from '../../../templates/en/bundle';

function Page({ attempt, order }: { attempt: number; order: 'page' | 'reversed' | 'none' }) {
  const problems = order === 'none' ? [] : [
    { path: 'first', id: 'first', text: 'Enter the first answer' },
    { path: 'second', id: 'second', text: 'Enter the second answer' },
  ];
  return (
    <ContentProvider content={en}>
      <ErrorSummary problems={order === 'page' ? problems : problems.reverse()} attempt={attempt} />
      <label htmlFor="first">First</label>
      <input id="first" />
      <label htmlFor="second">Second</label>
      <input id="second" />
    </ContentProvider>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing when there is no problem', () => {
    render(
      <ContentProvider content={en}>
        <ErrorSummary problems={[]} attempt={1} />
      </ContentProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists problems in the order of the fields on the page, whatever order they come in', () => {
    // As on a real page: the fields are there first, the problems come with a Continue.
    const { rerender } = render(<Page attempt={0} order="none" />);
    rerender(<Page attempt={1} order="reversed" />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the first answer',
      'Enter the second answer',
    ]);
  });

  it('takes focus again on each failed attempt, and its links move focus to the field', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page attempt={1} order="page" />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Enter the second answer' }));
    expect(screen.getByRole('textbox', { name: 'Second' })).toHaveFocus();
    rerender(<Page attempt={2} order="page" />);
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus();
  });
});
