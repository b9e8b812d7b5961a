import type { FirstStepsContent } from '../../src/content/pathway-content.types';
import { SRC } from './sources';

/** The steps that come before any road to a drug. */
export const firstSteps = {
  biomarkerTesting: {
    text: 'Ask your oncologist about biomarker testing of your tumor. Most roads to a drug depend on it.',
  },
  biomarkerTestingUnknown: {
    text: 'Find out if your tumor has had biomarker testing. Most roads to a drug depend on it.',
  },
  secondOpinionAcademic: {
    text: 'Think about a second opinion at an academic cancer center. A tumor board there can look at your case.',
  },
  tumorBoard: {
    text: 'Ask if your case can go to the tumor board at your cancer center, or get a second opinion.',
  },
  appealDenial: {
    text: 'Find the letter where your insurer said no. Appeals have time limits, and the letter tells you how to appeal.',
    sources: [SRC.healthcareGovAppeal],
  },
  appealDenialBy: {
    text: ({ appealBy }) =>
      `Appeal the refusal by ${appealBy} at the latest. That is the last day, counted from the date on your letter. Find the letter: it tells you how to appeal.`,
    sources: [SRC.internalAppeals, SRC.partDRedetermination],
  },
  noRoadYet: {
    text: 'None of the five roads fits well right now. That can change: if cost becomes a worry or an insurer says no, if you become open to a trial, or if your approved treatments stop working or do not suit you. Each road below says what would open it.',
  },
  gatherDocuments: {
    text: 'Gather your papers: pathology and biomarker reports, your treatment history, your insurance card, any letters saying no, and recent scans and notes.',
  },
  inheritedTesting: {
    text: 'Ask your care team about inherited (germline) testing, from blood or saliva. For your type of cancer, an inherited gene change such as BRCA1 or BRCA2 can open treatments. Some FDA labels are only for people who have one.',
    sources: [SRC.nciBrcaFactSheet, SRC.olaparibLabel],
  },
  careTeamDecides: {
    text: 'This list gives information, not medical advice. Bring it to your care team and decide together.',
  },
} satisfies FirstStepsContent;
