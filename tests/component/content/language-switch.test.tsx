import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '../../../src/components/language-switch';
import { ContentProvider } from '../../../src/content/content-context';
import { useLanguage } from '../../../src/content/use-language';
import { en } from '../../../templates/en/bundle';

// A page with one answer kept above the language, as the machine keeps the answers in the app.
function Page() {
  const [answer, setAnswer] = useState('');
  return <AnswerAndSwitch answer={answer} onAnswer={setAnswer} />;
}

function AnswerAndSwitch({ answer, onAnswer }: { answer: string; onAnswer: (value: string) => void }) {
  const language = useLanguage({ lang: 'en', content: en });
  return (
    <ContentProvider content={language.content}>
      <LanguageSwitch lang={language.lang} onChange={language.switchTo} pending={language.pending} failed={language.failed} />
      <label>
        {language.content.language.label === 'Idioma' ? 'Nombre' : 'Name'}
        <input value={answer} onChange={(event) => onAnswer(event.target.value)} />
      </label>
    </ContentProvider>
  );
}

describe('LanguageSwitch', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    sessionStorage.clear();
  });

  it('is a labelled group of the two languages, each named in its own language', () => {
    render(<Page />);
    const nav = screen.getByRole('navigation', { name: 'Language' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English', pressed: true })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'Español', pressed: false })).toHaveAttribute('lang', 'es');
  });

  it('switches to Spanish with the keyboard, keeps what was typed, sets <html lang> and remembers it in this tab', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana María');
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Español' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('navigation', { name: 'Idioma' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nombre' })).toHaveValue('Ana María');
    expect(screen.getByRole('button', { name: 'Español', pressed: true })).toHaveFocus();
    expect(document.documentElement.lang).toBe('es');
    expect(sessionStorage.getItem('treatment-access-navigator.lang')).toBe('es');
  });

  it('switches back to English', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('navigation', { name: 'Idioma' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
