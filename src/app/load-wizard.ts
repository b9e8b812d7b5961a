import type { SessionStart } from './session/prepare-session';
import type * as WizardExports from './wizard';

/*
 * The wizard (the navigator machine, XState, react-hook-form, zod and the pages) is not part of
 * the first screen: on a fresh visit the welcome page is drawn without it (first-welcome.tsx) and
 * it loads right after that page shows (docs/decisions/0011-first-screen.md).
 */
export type WizardModule = typeof WizardExports;

let loaded: WizardModule | null = null;
let pending: Promise<WizardModule> | null = null;

/** The wizard module if it has loaded, else null. */
export function loadedWizard(): WizardModule | null {
  return loaded;
}

/** Fetches the wizard (once); a failed fetch is forgotten, so the next call tries again. */
export function loadWizard(): Promise<WizardModule> {
  pending ??= import('./wizard').then(
    (module) => (loaded = module),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * Whether the first page is something other than a fresh welcome page (a restored session, a
 * set-aside notice, a kept copy waiting, or navigator mode with its task list): then the wizard is
 * loaded before the first render, as it must draw that page.
 */
export function needsWizardAtOnce(session: SessionStart): boolean {
  return session.snapshot !== undefined || session.setAside !== null || session.parked || session.prefs.navigatorMode;
}

/** Runs `task` once the browser has painted the current frame; returns a cancel function. */
export function afterFirstPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
