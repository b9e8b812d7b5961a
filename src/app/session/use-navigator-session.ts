import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Actor, Snapshot } from 'xstate';
import { blankSnapshot } from '../../../flows/blank-snapshot';
import type { navigatorMachine } from '../../../flows/navigator.machine';
import type { Answers } from '../../domain/answers.schema';
import { savePrefs, type SessionPrefs, type TimeoutChoice } from '../../lib/navigator-prefs';
import { prepareSession, type SessionStart } from './prepare-session';
import { storages } from './storages';
import {
  ENDED_KEY,
  KEPT_KEY,
  SESSION_KEY,
  announceEnd,
  discardSetAside,
  isKept,
  park,
  readEndSignal,
  removeOurKeys,
  saveSession,
  stopKeeping,
  unpark,
  writeKeptCopy,
  type EndReason,
} from '../../lib/session-store';

export type NavigatorActor = Actor<typeof navigatorMachine>;

/**
 * Why the welcome page shows a message about the session: finished and cleared here, closed by the
 * time-out, ended in another tab of the app, or the kept copy deleted from the welcome page.
 */
export type ClearedReason = EndReason | 'other-tab' | 'kept-deleted';

/** Nothing worth keeping yet: the welcome page with no answers. Saving it would leave a trace for nothing. */
function isBlank(actor: NavigatorActor): boolean {
  const snapshot = actor.getSnapshot();
  return snapshot.value === 'welcome' && Object.keys(snapshot.context.answers).length === 1;
}

/** Runs a storage write; false when the browser refused it (storage full, or blocked). */
function tryWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

export type NavigatorSession = {
  /** Changes when the session is cleared: the shell remounts its actor with this as the key. */
  actorKey: number;
  /** The snapshot the actor starts from: a restored session, or undefined for a fresh one. */
  snapshot: Snapshot<unknown> | undefined;
  migrated: boolean;
  setAside: string | null;
  /** False when the set-aside text could not be stored and lives only on this screen. */
  setAsideStored: boolean;
  discardSetAside: () => void;
  /** Something has been answered: there is a session to time out or to clear. */
  active: boolean;
  /** The name of the answers file just opened, for a message on the check page. */
  imported: string | null;
  noteImported: (fileName: string) => void;
  cleared: ClearedReason | null;
  dismissCleared: () => void;
  /** The last write to storage failed: the answers on screen are not saved in this browser. */
  saveFailed: boolean;
  /** The answers on screen now, for a download when they could not be saved or before a time-out. */
  currentAnswers: () => Answers | null;
  prefs: SessionPrefs;
  setNavigatorMode: (on: boolean) => void;
  setTimeoutMinutes: (minutes: TimeoutChoice) => void;
  /** This tab keeps a copy between visits, and the last write of it worked. */
  kept: boolean;
  /**
   * Turns keeping on or off; false when the copy could not be written (nothing is kept then).
   * Without an actor (the first welcome page, before the wizard has loaded) it keeps the blank session.
   */
  setKept: (keep: boolean, actor: NavigatorActor | null) => boolean;
  /** The time-out closed the session while a kept copy waits: the welcome page offers to continue. */
  parked: boolean;
  /** Opens the kept copy again after the time-out closed it. */
  continueKept: () => Promise<void>;
  /** Deletes the kept copy the time-out left waiting. */
  deleteKept: () => void;
  /**
   * Ends the session. "finished" wipes every trace from the browser; "timeout" wipes this tab's
   * session but never the copy the person chose to keep. Every other tab of the app ends its session too.
   */
  clear: (reason: EndReason) => void;
  /** Saves each new snapshot of the actor to this tab (and the kept copy); returns the unsubscribe. */
  persist: (actor: NavigatorActor) => () => void;
};

/**
 * The session around the wizard's actor: restored from this tab on load, saved on every change,
 * kept between visits only on request, and closed on "Finish and clear" or time-out, in every tab.
 * The machine knows none of this: storage and timers live here, in the React shell.
 */
export function useNavigatorSession(start: SessionStart): NavigatorSession {
  const [actorKey, setActorKey] = useState(0);
  const [snapshot, setSnapshot] = useState(start.snapshot);
  const [migrated, setMigrated] = useState(start.migrated);
  const [setAside, setSetAside] = useState(start.setAside);
  const [setAsideStored, setSetAsideStored] = useState(start.setAsideStored);
  const [cleared, setCleared] = useState<ClearedReason | null>(null);
  const [prefs, setPrefs] = useState(start.prefs);
  const [kept, setKeptState] = useState(start.kept);
  const [parked, setParked] = useState(start.parked);
  const [active, setActive] = useState(false);
  const [imported, setImported] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  // Read by the save on every change and by the storage listener, which outlive a render.
  const keptRef = useRef(start.kept);
  const keptRaw = useRef(start.keptRaw);
  const actorRef = useRef<NavigatorActor | null>(null);
  const activeRef = useRef(false);

  const setKeeping = useCallback((keep: boolean, raw: string | null) => {
    keptRef.current = keep;
    keptRaw.current = raw;
    setKeptState(keep);
  }, []);

  const updatePrefs = useCallback((change: Partial<SessionPrefs>) => {
    setPrefs((current) => {
      const next = { ...current, ...change };
      const stores = storages();
      if (stores && !tryWrite(() => savePrefs(stores.session, next))) setSaveFailed(true);
      return next;
    });
  }, []);

  /** Shows a fresh welcome page: the actor starts again with no answers. */
  const startAfresh = useCallback((reason: ClearedReason) => {
    setSnapshot(undefined);
    setMigrated(false);
    setSetAside(null);
    setSetAsideStored(true);
    setSaveFailed(false);
    setImported(null);
    setCleared(reason);
    activeRef.current = false;
    setActive(false);
    setActorKey((key) => key + 1);
  }, []);

  /**
   * Closes this tab's session. A time-out (here or in another tab) never removes the kept copy:
   * it stays waiting, and the welcome page offers to continue with it.
   */
  const closeHere = useCallback((reason: EndReason, shownAs: ClearedReason) => {
    const stores = storages();
    if (stores) {
      removeOurKeys(stores.session);
      if (reason === 'finished') removeOurKeys(stores.local);
    }
    const waiting = reason === 'timeout' && stores !== null && isKept(stores.local);
    if (waiting && stores) tryWrite(() => park(stores.session));
    setParked(waiting);
    setKeeping(false, null);
    startAfresh(shownAs);
  }, [setKeeping, startAfresh]);

  /** Another tab ended the session (or removed the kept copy this tab writes): end it here too. */
  const onOtherTab = useEffectEvent((event: StorageEvent) => {
    const stores = storages();
    if (!stores || event.storageArea !== stores.local) return;
    const ended = event.key === ENDED_KEY ? readEndSignal(event.newValue) : null;
    const keptGone = (event.key === KEPT_KEY || event.key === null) && stores.local.getItem(KEPT_KEY) === null;
    if (ended) {
      if (activeRef.current || setAside !== null) closeHere(ended, 'other-tab');
      else if (ended === 'finished') setParked(false);
    } else if (keptGone) {
      // Keeping was turned off (or everything cleared) elsewhere: never write the copy back from here.
      setKeeping(false, null);
      setParked(false);
      tryWrite(() => unpark(stores.session));
    }
  });

  useEffect(() => {
    const listener = (event: StorageEvent) => onOtherTab(event);
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }, []);

  const persist = useCallback((actor: NavigatorActor) => {
    actorRef.current = actor;
    const save = (initial: boolean) => {
      const blank = isBlank(actor);
      activeRef.current = !blank;
      setActive(!blank);
      // The "opened from a file" message belongs to the check page the import opened.
      if (actor.getSnapshot().value !== 'checkAnswers') setImported(null);
      const stores = storages();
      if (!stores) {
        // Storage is blocked (a policy, some private windows): nothing can be saved, and the person is told.
        setSaveFailed(!blank);
        return;
      }
      if (blank) {
        // "Start again" empties the answers: no copy of the old ones may stay behind, here or kept.
        // A fresh actor (a new tab, or after a time-out) has no old answers: a waiting kept copy stays.
        if (!initial) {
          stores.session.removeItem(SESSION_KEY);
          if (keptRef.current) {
            stopKeeping(stores.local);
            keptRaw.current = null;
          }
        }
        return;
      }
      setCleared(null);
      const persisted = actor.getPersistedSnapshot();
      const now = new Date();
      let ok = tryWrite(() => saveSession(stores.session, persisted, now));
      if (keptRef.current) {
        try {
          const written = writeKeptCopy(stores.local, persisted, now, keptRaw.current);
          if (written.kind === 'removed-elsewhere') {
            // Another tab finished and cleared since this one loaded: its answers must not come back.
            closeHere('finished', 'other-tab');
            return;
          }
          keptRaw.current = written.raw;
        } catch {
          ok = false;
        }
      }
      setSaveFailed(!ok);
    };
    save(true);
    // "I am a nurse navigator" on the welcome page turns navigator mode on (it can be switched off again).
    let filledBy = actor.getSnapshot().context.answers.filledBy;
    const subscription = actor.subscribe((next) => {
      save(false);
      const now = next.context.answers.filledBy;
      if (now === 'navigator' && filledBy !== 'navigator') updatePrefs({ navigatorMode: true });
      filledBy = now;
    });
    return () => subscription.unsubscribe();
  }, [updatePrefs, closeHere]);

  return {
    actorKey,
    snapshot,
    migrated,
    setAside,
    setAsideStored,
    discardSetAside: () => {
      const stores = storages();
      if (stores) discardSetAside(stores.session);
      setSetAside(null);
      setSetAsideStored(true);
    },
    active,
    imported,
    noteImported: setImported,
    cleared,
    dismissCleared: () => setCleared(null),
    saveFailed,
    currentAnswers: () => actorRef.current?.getSnapshot().context.answers ?? null,
    prefs,
    setNavigatorMode: (on) => updatePrefs({ navigatorMode: on }),
    setTimeoutMinutes: (minutes) => updatePrefs({ timeoutMinutes: minutes }),
    kept,
    setKept: (keep, actor) => {
      const stores = storages();
      if (!keep) {
        if (stores) stopKeeping(stores.local);
        setKeeping(false, null);
        return true;
      }
      if (!stores) {
        setKeeping(false, null);
        return false;
      }
      try {
        const written = writeKeptCopy(stores.local, actor ? actor.getPersistedSnapshot() : blankSnapshot(), new Date(), null);
        setKeeping(true, written.kind === 'written' ? written.raw : null);
        return true;
      } catch {
        // Nothing was stored, so nothing is said to be kept.
        stopKeeping(stores.local);
        setKeeping(false, null);
        return false;
      }
    },
    parked,
    continueKept: async () => {
      const stores = storages();
      if (stores) unpark(stores.session);
      const next = await prepareSession();
      setParked(false);
      setKeeping(next.kept, next.keptRaw);
      setSnapshot(next.snapshot);
      setMigrated(next.migrated);
      setSetAside(next.setAside);
      setSetAsideStored(next.setAsideStored);
      setCleared(null);
      setActorKey((key) => key + 1);
    },
    deleteKept: () => {
      const stores = storages();
      if (stores) {
        stopKeeping(stores.local);
        unpark(stores.session);
      }
      setParked(false);
      setCleared('kept-deleted');
    },
    clear: (reason) => {
      const stores = storages();
      closeHere(reason, reason);
      if (stores) announceEnd(stores.local, reason, new Date());
    },
    persist,
  };
}
