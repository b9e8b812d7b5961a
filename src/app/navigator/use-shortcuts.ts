import { useEffect, useEffectEvent } from 'react';

/** Fields where Alt+letter may type a character (Option+N on a Mac): shortcuts stay out of them. */
const TYPING_FIELDS = 'textarea, select, [contenteditable=""], [contenteditable="true"], input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])';

/**
 * Navigator mode: Alt+N continues and Alt+B goes back. Matched on the physical key (`code`) so
 * that they work whatever the keyboard layout, and ignored while the cursor is in a text field.
 */
export function useShortcuts(enabled: boolean, actions: { onNext: () => void; onBack: () => void }): void {
  const run = useEffectEvent((which: 'next' | 'back') => (which === 'next' ? actions.onNext() : actions.onBack()));
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const which = event.code === 'KeyN' ? 'next' : event.code === 'KeyB' ? 'back' : null;
      if (!which) return;
      if (event.target instanceof Element && event.target.closest(TYPING_FIELDS)) return;
      event.preventDefault();
      run(which);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
