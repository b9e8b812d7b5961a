import type { LayoutContent } from '../../src/content/wizard-shell-content.types';

/** Words around every page, in English. */
export const layout = {
  skipLink: 'Skip to main content',
  headerLabel: 'Treatment access navigator',
  progress: (step, of) => `Step ${step} of ${of}`,
  footer: 'This tool gives information, not medical advice. Decide with your care team.',
} satisfies LayoutContent;
