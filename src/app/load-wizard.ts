import type { SessionStart } from './session/prepare-session';
import type * as WizardExports from './wizard';

/*
 * The wizard (the navigator machine, XState, react-hook-form, zod and the pages) is not part of
 * the first screen: on a fresh visit the welcome page is drawn without it (first-welcome.tsx), its
 * files are fetched into the cache when the browser is idle, and it is evaluated and takes over
 * when the person presses Continue (docs/decisions/0011-first-screen.md).
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

/**
 * Fetches the wizard (once), all of it in parallel; a failed fetch is forgotten, so the next call
 * tries again. On a fresh visit this happens when the person presses Continue (or opens a file, or
 * turns navigator mode on): the wizard's code is evaluated then, not while the page is being read.
 */
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
 * Puts the wizard's files (and the later pages') into the browser's cache without running them,
 * so that Continue does not wait for the network on a slow connection. The build lists them in
 * index.html (`<meta name="wizard-files">`, vite.config.ts). A prefetch is a download at the
 * lowest priority; each link is added in a task of its own (adding one costs a few milliseconds
 * on a slow phone's CPU, all at once they made a long task).
 */
export async function prefetchWizard(): Promise<void> {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="wizard-files"]')?.content ?? '';
  for (const href of listed.split(' ')) {
    if (href === '' || document.querySelector(`link[rel="prefetch"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
    await nextTask();
  }
}

/**
 * Whether the first page is something other than a fresh welcome page (a restored session, a
 * set-aside notice, a kept copy waiting, or navigator mode with its task list): then the wizard is
 * loaded before the first render, as it must draw that page.
 */
export function needsWizardAtOnce(session: SessionStart): boolean {
  return session.snapshot !== undefined || session.setAside !== null || session.parked || session.prefs.navigatorMode;
}

/** Runs `task` when the browser is idle (at most `timeout` ms later); returns a cancel function. */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(task, { timeout });
  return () => cancelIdleCallback(idle);
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
