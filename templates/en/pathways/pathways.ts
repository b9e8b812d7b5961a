import type { PathwaysContent } from '../../../src/content/pathway-content.types';
import { clinicalTrials } from './clinical-trials';
import { expandedAccess } from './expanded-access';
import { offLabel } from './off-label';
import { patientAssistance } from './patient-assistance';
import { rightToTry } from './right-to-try';

/** One formatter for every date in the reasons: building one per call was half of evaluate()'s time. */
const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** The five pathways in English, and the few words the engine puts around them. */
export const pathways = {
  'off-label': offLabel,
  'expanded-access': expandedAccess,
  'right-to-try': rightToTry,
  'patient-assistance': patientAssistance,
  'clinical-trials': clinicalTrials,
  theDrug: 'the drug you asked about',
  checkCurrentDetails: (name) => `${name} (check current details)`,
  fitNames: { strong: 'Strong fit', possible: 'Possible fit', unlikely: 'Unlikely for now' },
  labelConditionWords: {
    biomarkers: (names) => `a biomarker (${names})`,
    germline: 'an inherited (germline) gene change',
    lines: {
      'first-line': 'use as a first treatment',
      'after-earlier-treatment': 'earlier treatment first',
      adjuvant: 'use after surgery (adjuvant)',
      neoadjuvant: 'use before surgery (neoadjuvant)',
      maintenance: 'use to keep the cancer in check after treatment (maintenance)',
    },
    join: (parts) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`),
  },
  formatDay: (isoDay) => dayFormat.format(new Date(`${isoDay}T00:00:00Z`)),
  deadlines: {
    internalAppeal: ({ appealBy }) =>
      `Last day to ask your plan for an internal appeal: ${appealBy}. That is 180 days from the date on the refusal letter.`,
    medicareDrugRedetermination: ({ appealBy }) =>
      `Last day to ask your drug plan to look again (redetermination): ${appealBy}. That is 65 days from the date on the notice.`,
    medicarePartBRedetermination: ({ appealBy }) =>
      `Last day to ask for a redetermination of a Part B refusal: ${appealBy}. That is 120 days from the date on the notice (check current details).`,
    medicareAdvantageReconsideration: ({ appealBy }) =>
      `Last day to ask your Medicare Advantage plan to reconsider: ${appealBy}. That is 65 days from the date on the notice (check current details).`,
  },
} satisfies PathwaysContent;
