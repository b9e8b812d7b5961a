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

/** Waits for a new task: the browser may paint and handle a key or a tap before the next piece of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/*
 * The wizard's libraries, each a chunk of its own, evaluated one per task before the wizard
 * itself: evaluated all at once (a module graph runs in one go) they made one long task that a
 * phone's slow CPU could not answer a tap during (Lighthouse's total blocking time). Each is
 * already a dependency of the wizard, so this adds no code, only the order it runs in.
 */
const WIZARD_STAGES: readonly (() => Promise<unknown>)[] = [() => import('../../flows/navigator.machine')];

async function importWizard(inSteps: boolean): Promise<WizardModule> {
  if (inSteps) {
    for (const stage of WIZARD_STAGES) {
      await stage();
      await nextTask();
    }
  }
  return import('./wizard');
}

/**
 * Fetches the wizard (once); a failed fetch is forgotten, so the next call tries again. In steps
 * (after the first paint): its libraries one per task (WIZARD_STAGES), at the cost of a few round
 * trips; at once (before the first render, or when Continue waits for it): all in parallel.
 */
export function loadWizard({ inSteps = false }: { inSteps?: boolean } = {}): Promise<WizardModule> {
  pending ??= importWizard(inSteps).then(
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
