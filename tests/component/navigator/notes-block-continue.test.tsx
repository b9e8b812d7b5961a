import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NavigatorNotes } from '../../../src/app/navigator/navigator-chrome';
import { Wizard, type NavigatorActor } from '../../../src/app/wizard';
import { ContentProvider } from '../../../src/content/content-context';
import { inNavigatorVoice } from '../../../src/content/navigator-voice';
import { LIMITS } from '../../../src/domain/answers-constants';
import { en } from '../../../templates/en/bundle';
// Loaded up front so the lazily loaded pages resolve at once in tests.
import '../../../src/app/later-pages';

const voiced = inNavigatorVoice(en);
const TOO_LONG = `${'word '.repeat(200)}possibly nirogacestat?`;
const tooLongMessage = `Notes must be ${LIMITS.sectionNote} characters or fewer`;

function renderNavigatorWizard() {
  let actor: NavigatorActor | undefined;
  render(
    <ContentProvider content={voiced}>
      <Wizard
        navigatorMode
        onActor={(a) => {
          actor = a;
          return () => undefined;
        }}
        below={(a) => <NavigatorNotes actor={a} />}
      />
    </ContentProvider>,
  );
  return { user: userEvent.setup(), saved: () => actor?.getSnapshot().context.answers.sectionNotes, state: () => actor?.getSnapshot().value };
}

const notesBox = (section: string) => screen.getByRole('textbox', { name: `Navigator notes: ${section} (optional)` });
const chooseNavigator = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('radio', { name: voiced.wizard.questions.welcome.filledBy.options.navigator.label }));

describe('navigator notes over the limit', () => {
  it('shows a character count as the navigator types', async () => {
    const { user } = renderNavigatorWizard();
    expect(screen.getByText('1,000 characters left')).toBeInTheDocument();
    await user.type(notesBox('Who is filling this in'), 'abc');
    expect(screen.getByText('997 characters left')).toBeInTheDocument();
    expect(notesBox('Who is filling this in')).toHaveAccessibleDescription(expect.stringContaining('Up to 1,000 characters.'));
  });

  it('blocks Continue with the error summary, like any field, and keep the note whole', async () => {
    const { user, saved, state } = renderNavigatorWizard();
    await chooseNavigator(user);
    await user.click(notesBox('Who is filling this in'));
    await user.paste(TOO_LONG);
    expect(screen.getByText(`${TOO_LONG.length - LIMITS.sectionNote} characters too many`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(document.title.startsWith('Error: ')).toBe(true);
    expect(state()).toBe('welcome');
    // Nothing is cut: the box holds every character, and no shortened copy was saved.
    expect(notesBox('Who is filling this in')).toHaveValue(TOO_LONG);
    expect(saved()?.welcome).toBeUndefined();

    // The summary's link takes the navigator to the note.
    await user.click(within(summary).getByRole('link', { name: tooLongMessage }));
    expect(notesBox('Who is filling this in')).toHaveFocus();

    // Shortened to fit, Continue moves on and the whole note is saved.
    const fits = TOO_LONG.slice(TOO_LONG.length - LIMITS.sectionNote);
    await user.clear(notesBox('Who is filling this in'));
    await user.paste(fits);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state()).toBe('diagnosis');
    expect(saved()?.welcome).toBe(fits);
  });

  it('keeps an over-long note as typed when the navigator leaves the page and comes back', async () => {
    const { user, saved, state } = renderNavigatorWizard();
    await chooseNavigator(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(state()).toBe('diagnosis');
    await user.click(notesBox('Diagnosis'));
    await user.paste('Saved part. ');
    await user.paste(TOO_LONG);
    expect(saved()?.diagnosis).toBe('Saved part. ');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(state()).toBe('welcome');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(notesBox('Diagnosis')).toHaveValue(`Saved part. ${TOO_LONG}`);
    expect(notesBox('Diagnosis')).toHaveAttribute('aria-invalid', 'true');
  });
});
