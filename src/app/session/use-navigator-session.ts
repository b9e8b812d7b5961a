import { useCallback, useState } from 'react';
import type { Actor, Snapshot } from 'xstate';
import type { navigatorMachine } from '../../../flows/navigator.machine';
import { savePrefs, type SessionPrefs, type TimeoutMinutes } from '../../lib/navigator-prefs';
import type { SessionStart } from './prepare-session';
import { storages } from './storages';
import {
  KEPT_KEY,
  SESSION_KEY,
  discardSetAside,
  removeOurKeys,
  saveSession,
  stopKeeping,
} from '../../lib/session-store';

export type NavigatorActor = Actor<typeof navigatorMachine>;

/** Why the welcome page shows a "cleared" message. */
export type ClearedReason = 'finished' | 'timeout';

/** Nothing worth keeping yet: the welcome page with no answers. Saving it would leave a trace for nothing. */
function isBlank(actor: NavigatorActor): boolean {
  const snapshot = actor.getSnapshot();
  return snapshot.value === 'welcome' && Object.keys(snapshot.context.answers).length === 1;
}

function writeSafely(write: () => void): void {
  try {
    write();
  } catch {
    // A full or blocked storage must not stop the wizard; the answers stay on screen.
  }
}

export type NavigatorSession = {
  /** Changes when the session is cleared: the shell remounts its actor with this as the key. */
  actorKey: number;
  /** The snapshot the actor starts from: a restored session, or undefined for a fresh one. */
  snapshot: Snapshot<unknown> | undefined;
  migrated: boolean;
  setAside: string | null;
  discardSetAside: () => void;
  /** Something has been answered: there is a session to time out or to clear. */
  active: boolean;
  /** The name of the answers file just opened, for a message on the check page. */
  imported: string | null;
  noteImported: (fileName: string) => void;
  cleared: ClearedReason | null;
  dismissCleared: () => void;
  prefs: SessionPrefs;
  setNavigatorMode: (on: boolean) => void;
  setTimeoutMinutes: (minutes: TimeoutMinutes) => void;
  kept: boolean;
  setKept: (keep: boolean, actor: NavigatorActor) => void;
  /** Wipes every trace of the session from the browser and starts a fresh one. */
  clear: (reason: ClearedReason) => void;
  /** Saves each new snapshot of the actor to this tab (and the kept copy); returns the unsubscribe. */
  persist: (actor: NavigatorActor) => () => void;
};

/**
 * The session around the wizard's actor: restored from this tab on load, saved on every change,
 * kept between visits only on request, and cleared without a trace on "Finish and clear" or time-out.
 * The machine knows none of this: storage and timers live here, in the React shell.
 */
export function useNavigatorSession(start: SessionStart): NavigatorSession {
  const [actorKey, setActorKey] = useState(0);
  const [snapshot, setSnapshot] = useState(start.snapshot);
  const [migrated, setMigrated] = useState(start.migrated);
  const [setAside, setSetAside] = useState(start.setAside);
  const [cleared, setCleared] = useState<ClearedReason | null>(null);
  const [prefs, setPrefs] = useState(start.prefs);
  const [kept, setKeptState] = useState(start.kept);
  const [active, setActive] = useState(false);
  const [imported, setImported] = useState<string | null>(null);

  const updatePrefs = useCallback((change: Partial<SessionPrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      const stores = storages();
      if (stores) writeSafely(() => savePrefs(stores.session, next));
      return next;
    });
  }, []);

  const persist = useCallback(
    (actor: NavigatorActor) => {
      const save = () => {
        setActive(!isBlank(actor));
        // The "opened from a file" message belongs to the check page the import opened.
        if (actor.getSnapshot().value !== 'checkAnswers') setImported(null);
        const stores = storages();
        if (!stores) return;
        if (isBlank(actor)) {
          // "Start again" empties the answers: no copy of the old ones may stay behind, here or kept.
          stores.session.removeItem(SESSION_KEY);
          if (kept) stores.local.removeItem(KEPT_KEY);
          return;
        }
        setCleared(null);
        const persisted = actor.getPersistedSnapshot();
        const now = new Date();
        writeSafely(() => saveSession(stores.session, persisted, now));
        if (kept) writeSafely(() => saveSession(stores.local, persisted, now, KEPT_KEY));
      };
      save();
      // "I am a nurse navigator" on the welcome page turns navigator mode on (it can be switched off again).
      let filledBy = actor.getSnapshot().context.answers.filledBy;
      const subscription = actor.subscribe((snapshot) => {
        save();
        const now = snapshot.context.answers.filledBy;
        if (now === 'navigator' && filledBy !== 'navigator') updatePrefs({ navigatorMode: true });
        filledBy = now;
      });
      return () => subscription.unsubscribe();
    },
    [kept, updatePrefs],
  );

  return {
    actorKey,
    snapshot,
    migrated,
    setAside,
    discardSetAside: () => {
      const stores = storages();
      if (stores) discardSetAside(stores.session);
      setSetAside(null);
    },
    active,
    imported,
    noteImported: setImported,
    cleared,
    dismissCleared: () => setCleared(null),
    prefs,
    setNavigatorMode: (on) => updatePrefs({ navigatorMode: on }),
    setTimeoutMinutes: (minutes) => updatePrefs({ timeoutMinutes: minutes }),
    kept,
    setKept: (keep, actor) => {
      const stores = storages();
      setKeptState(keep);
      if (!stores) return;
      if (keep) writeSafely(() => saveSession(stores.local, actor.getPersistedSnapshot(), new Date(), KEPT_KEY));
      else stopKeeping(stores.local);
    },
    clear: (reason) => {
      const stores = storages();
      if (stores) removeOurKeys(stores.session, stores.local);
      // Navigator mode and the timeout are the navigator's, not the patient's: they stay on screen, unsaved.
      setSnapshot(undefined);
      setMigrated(false);
      setSetAside(null);
      setKeptState(false);
      setCleared(reason);
      setActorKey((key) => key + 1);
    },
    persist,
  };
}
