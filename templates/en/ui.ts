import type { UiContent } from '../../src/content/wizard-content.types';

const count = (n: number) => n.toLocaleString('en-US');

/** Words shared by every page of the wizard, in English. */
export const ui = {
  serviceName: 'Treatment access navigator',
  titleSeparator: ' – ',
  errorTitlePrefix: 'Error: ',
  errorInlinePrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  errorFallback: 'Check this answer',
  back: 'Back',
  continue: 'Continue',
  optional: '(optional)',
  whyWeAsk: 'Why we ask',
  // Said of the box, not of "you": a navigator reads these too (navigator mode speaks of the patient).
  charactersRemaining: (remaining) => `${count(remaining)} ${remaining === 1 ? 'character' : 'characters'} left`,
  charactersTooMany: (over) => `${count(over)} ${over === 1 ? 'character' : 'characters'} too many`,
  charactersLimit: (limit) => `Up to ${count(limit)} characters.`,
  numbers: { group: ',', decimal: '.' },
} satisfies UiContent;
