import { STORAGE_PREFIX, type KeyValueStore } from './session-store';

/** The inactivity timeouts a navigator can choose, in minutes. */
export const TIMEOUT_CHOICES = [5, 10, 15, 30] as const;
export type TimeoutMinutes = (typeof TIMEOUT_CHOICES)[number];
export const DEFAULT_TIMEOUT_MINUTES: TimeoutMinutes = 15;

/** Settings of this tab's session that are not answers: kept beside the session, cleared with it. */
export type SessionPrefs = {
  navigatorMode: boolean;
  timeoutMinutes: TimeoutMinutes;
};

export const PREFS_KEY = `${STORAGE_PREFIX}:prefs`;

export const DEFAULT_PREFS: SessionPrefs = { navigatorMode: false, timeoutMinutes: DEFAULT_TIMEOUT_MINUTES };

function isTimeout(value: unknown): value is TimeoutMinutes {
  return TIMEOUT_CHOICES.some((choice) => choice === value);
}

/** This tab's settings, or the defaults when none (or something unreadable) is stored. */
export function loadPrefs(store: KeyValueStore): SessionPrefs {
  try {
    const stored = JSON.parse(store.getItem(PREFS_KEY) ?? 'null') as Partial<Record<keyof SessionPrefs, unknown>> | null;
    return {
      navigatorMode: stored?.navigatorMode === true,
      timeoutMinutes: isTimeout(stored?.timeoutMinutes) ? stored.timeoutMinutes : DEFAULT_TIMEOUT_MINUTES,
    };
  } catch {
    // Settings are not answers: falling back to the defaults loses nothing the person typed.
    return DEFAULT_PREFS;
  }
}

/** Remembers this tab's settings for a reload. */
export function savePrefs(store: KeyValueStore, prefs: SessionPrefs): void {
  store.setItem(PREFS_KEY, JSON.stringify(prefs));
}
