import type { LayoutContent } from '../../src/content/wizard-shell-content.types';

/** Words around every page, in English. */
export const layout = {
  skipLink: 'Skip to main content',
  headerLabel: 'Treatment access navigator',
  progress: (step, of) => `Step ${step} of ${of}`,
  footer: 'This tool gives information, not medical advice. Decide with your care team.',
  pageLoadFailedHeading: 'This page did not load',
  pageLoadFailed: 'Check that you are online, then try again. Your answers so far are saved in this tab.',
  tryAgain: 'Try again',
  updateLabel: 'New version',
  updateReady: 'A new version of this tool is ready. Reload the page to use it. Your answers so far are saved in this tab.',
  updateReload: 'Reload to update',
} satisfies LayoutContent;
