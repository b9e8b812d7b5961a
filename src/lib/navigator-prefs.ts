import { STORAGE_PREFIX, type KeyValueStore } from './session-store';

/** The inactivity time-outs anyone can choose, in minutes, or never (on a device of one's own). */
export const TIMEOUT_CHOICES = [5, 10, 15, 30, 60, 'never'] as const;
export type TimeoutChoice = (typeof TIMEOUT_CHOICES)[number];
/** A time-out that does run: every choice but "never". */
export type TimeoutMinutes = Exclude<TimeoutChoice, 'never'>;
export const DEFAULT_TIMEOUT_MINUTES: TimeoutMinutes = 15;

/** Settings of this tab's session that are not answers: kept beside the session, cleared with it. */
export type SessionPrefs = {
  navigatorMode: boolean;
  /** Minutes with nothing happening before the session closes, or 'never'. */
  timeoutMinutes: TimeoutChoice;
};

export const PREFS_KEY = `${STORAGE_PREFIX}:prefs`;

export const DEFAULT_PREFS: SessionPrefs = { navigatorMode: false, timeoutMinutes: DEFAULT_TIMEOUT_MINUTES };

/** Whether a value (from storage or a form) is one of the time-out choices. */
export function isTimeoutChoice(value: unknown): value is TimeoutChoice {
  return TIMEOUT_CHOICES.some((choice) => choice === value);
}

/** This tab's settings, or the defaults when none (or something unreadable, of any size) is stored. */
export function loadPrefs(store: KeyValueStore): SessionPrefs {
  try {
    const stored = JSON.parse(store.getItem(PREFS_KEY) ?? 'null') as Partial<Record<keyof SessionPrefs, unknown>> | null;
    return {
      navigatorMode: stored?.navigatorMode === true,
      timeoutMinutes: isTimeoutChoice(stored?.timeoutMinutes) ? stored.timeoutMinutes : DEFAULT_TIMEOUT_MINUTES,
    };
  } catch {
    // Settings are not answers: falling back to the defaults loses nothing the person typed.
    return DEFAULT_PREFS;
  }
}

/** Remembers this tab's settings for a reload. Throws when the storage refuses the write. */
export function savePrefs(store: KeyValueStore, prefs: SessionPrefs): void {
  store.setItem(PREFS_KEY, JSON.stringify(prefs));
}
