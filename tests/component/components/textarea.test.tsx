import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { Textarea } from '../../../src/components/textarea';
import { ContentProvider } from '../../../src/content/content-context';
import { en } from '../../../templates/en/bundle';

function Notes() {
  const { register, control } = useForm({ defaultValues: { notes: '' } });
  const notes = useWatch({ control, name: 'notes' });
  return (
    <ContentProvider content={en}>
      <Textarea id="notes" label="Notes" registration={register('notes')} limit={10} length={notes.length} />
    </ContentProvider>
  );
}

describe('Textarea character count', () => {
  it('shows the room left at once, and tells screen readers once typing pauses', async () => {
    const user = userEvent.setup();
    render(<Notes />);
    const live = screen.getByRole('status');
    expect(screen.getByText('10 characters left')).toBeInTheDocument();
    // Nothing is read out before a person types.
    expect(live).toBeEmptyDOMElement();

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'abc');
    expect(screen.getByText('7 characters left')).toBeInTheDocument();
    // The count waits for a pause (about a second) before it is read out.
    expect(live).toBeEmptyDOMElement();
    await waitFor(() => expect(live).toHaveTextContent('7 characters left'), { timeout: 3000 });

    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'defghijkl');
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
    await waitFor(() => expect(live).toHaveTextContent('2 characters too many'), { timeout: 3000 });
  });
});
