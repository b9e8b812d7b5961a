import type { CheckAnswersContent } from '../../src/content/wizard-shell-content.types';

/** The "Check your answers" page, in English. */
export const checkAnswers = {
  title: 'Check your answers',
  intro: 'Look over your answers. You can change any of them before you see your results.',
  welcomeSectionTitle: 'About you',
  notProvided: 'Not provided',
  noneAdded: 'None added',
  change: 'Change',
  treatment: (name, outcome) => `${name}: ${outcome}`,
  otherCancer: (typed) => `Another type: ${typed}`,
  labelRow: 'What the FDA label says',
  labelValue: (count, date) =>
    count === 0 ? `No FDA label found. Looked up on ${date}.` : `${count === 1 ? '1 label' : `${count} labels`} kept. Looked up on ${date}.`,
  skippedHeading: 'Questions we did not ask',
  skippedIntro: 'Some questions only matter after certain answers. We left these out:',
  skippedReasons: {
    'testing-not-done': 'We did not ask what the biomarker tests found, because you said the cancer has not been tested.',
    'testing-unsure': 'We did not ask what the biomarker tests found, because you said you are not sure if the cancer was tested.',
    'testing-not-answered': 'We did not ask what the biomarker tests found, because you did not say if the cancer was tested.',
    'no-cost-concern': 'We did not ask about your household and income, because you said you have insurance and are not worried about cost.',
    'cost-concern-not-answered': 'We did not ask about your household and income, because you did not say if cost worries you.',
    'in-a-trial': 'We did not ask how far you could travel for a trial, because you said you are in a trial now.',
    'not-interested-in-trials': 'We did not ask how far you could travel for a trial, because you said you do not want to join a trial.',
    'trial-status-not-answered': 'We did not ask how far you could travel for a trial, because you did not say if you have looked into trials.',
  },
  changeThatAnswer: 'Change that answer',
  changeThatAnswerHidden: (pageTitle) => `: ${pageTitle}`,
  notVisitedHeading: 'Pages not opened yet',
  notVisitedIntro: 'These pages were jumped over, so their questions have not been asked yet:',
  notVisitedTag: 'Not opened yet',
  notAskedYet: 'Not asked yet',
  goToPage: 'Go to this page',
  goToPageHidden: (pageTitle) => `: ${pageTitle}`,
  confirmHeading: 'Now see your results',
  confirmText: 'Your answers stay on this device. We use them to show which ways to get a drug may be open to you.',
  confirm: 'Continue to results',
} satisfies CheckAnswersContent;
