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
  charactersRemaining: (remaining) => `You have ${count(remaining)} ${remaining === 1 ? 'character' : 'characters'} left`,
  charactersTooMany: (over) => `You have ${count(over)} ${over === 1 ? 'character' : 'characters'} too many`,
  charactersLimit: (limit) => `You can write up to ${count(limit)} characters.`,
  numbers: { group: ',', decimal: '.' },
} satisfies UiContent;
