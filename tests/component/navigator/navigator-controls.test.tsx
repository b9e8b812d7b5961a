import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NavigatorToggle } from '../../../src/app/navigator/navigator-toggle';
import { SectionNotes } from '../../../src/app/navigator/section-notes';
import { TimeoutSetting } from '../../../src/app/session/timeout-setting';
import { ContentProvider } from '../../../src/content/content-context';
import { LIMITS } from '../../../src/domain/answers-constants';
import { en } from '../../../templates/en/bundle';

const inEnglish = (ui: ReactNode) => render(<ContentProvider content={en}>{ui}</ContentProvider>);

describe('navigator notes on a page', () => {
  it('saves as the navigator types, and keeps HTML as plain text', async () => {
    const onSave = vi.fn();
    inEnglish(<SectionNotes section="insurance" saved="" onSave={onSave} />);
    const box = screen.getByRole('textbox', { name: 'Navigator notes: Insurance and costs (optional)' });
    expect(box).toHaveAccessibleDescription(
      'These notes go on the checklist’s clinician page only, not on the patient’s pages. At most 1000 characters. Up to 1,000 characters.',
    );
    await userEvent.setup().type(box, '<b>ok</b>');
    expect(onSave).toHaveBeenLastCalledWith('<b>ok</b>');
    expect(box).toHaveValue('<b>ok</b>');
  });

  it('says when a note is too long, names the limit, and does not save the overflow', async () => {
    const onSave = vi.fn();
    inEnglish(<SectionNotes section="diagnosis" saved={'a'.repeat(LIMITS.sectionNote)} onSave={onSave} />);
    const box = screen.getByRole('textbox', { name: 'Navigator notes: Diagnosis (optional)' });
    await userEvent.setup().type(box, 'b');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Notes must be 1000 characters or fewer'));
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('navigator mode switch and timeout setting', () => {
  it('is a labelled checkbox that reports both ways', async () => {
    const onChange = vi.fn();
    inEnglish(<NavigatorToggle on={false} onChange={onChange} />);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Navigator mode' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('offers 5, 10, 15, 30 and 60 minutes, or never', async () => {
    const onChange = vi.fn();
    inEnglish(<TimeoutSetting minutes={15} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Clear the screen after this long with nothing happening' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['5 minutes', '10 minutes', '15 minutes', '30 minutes', '60 minutes', 'Never']);
    expect(select).toHaveValue('15');
    await userEvent.setup().selectOptions(select, '5 minutes');
    expect(onChange).toHaveBeenCalledWith(5);
  });
});
