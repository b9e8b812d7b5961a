import { useEffect, useRef, useState } from 'react';

/** How long to wait after the last key before a screen reader hears the news (as GOV.UK's character count does). */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * What a live region should say about a field as a person types: nothing until the text first
 * changes (so nothing is read out on arrival), then the latest text once typing pauses, so a screen
 * reader is not interrupted on every key.
 */
export function useSpokenAfterPause(text: string): string {
  const [spoken, setSpoken] = useState('');
  const first = useRef(text);
  const changed = useRef(false);
  useEffect(() => {
    if (text !== first.current) changed.current = true;
    if (!changed.current) return;
    const timer = window.setTimeout(() => setSpoken(text), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  return spoken;
}
