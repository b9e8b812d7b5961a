import type { CtgovLookupContent } from '../../src/content/ctgov-lookup-content.types';

/** ClinicalTrials.gov lookups, in English (see spec/lookups.md, "Failure is normal"). */
export const ctgovLookups = {
  failures: {
    offline: 'ClinicalTrials.gov could not be reached. Here is the same search on its website.',
    'not-found': 'ClinicalTrials.gov found no study with that number. Check the number.',
    'rate-limited': 'There have been too many lookups just now. Try again in a minute.',
    'server-error': 'ClinicalTrials.gov has a problem right now. Try again later, or use its website.',
    unreadable: 'The answer from ClinicalTrials.gov could not be read. Nothing was saved.',
  },
  websiteSearch: (url) => `The same search on the ClinicalTrials.gov website: ${url}`,
  noDrugName: 'There is no drug name in the answers, so no expanded access programs were looked up.',
  noCancerType: 'There is no cancer type in the answers, so no trials were looked up.',
  unknownZip: (zip) => `The ZIP code ${zip} is not in our list of US ZIP codes (2021). Trials were looked up without distance.`,
  savedExpandedAccess: ({ name, count }) =>
    count === 0
      ? `No expanded access program is listed for ${name} on ClinicalTrials.gov. Saved with the answers.`
      : `Saved ${count} expanded access ${count === 1 ? 'record' : 'records'} for ${name} from ClinicalTrials.gov.`,
  savedTrials: ({ count, total }) =>
    `Saved the nearest ${count} recruiting ${count === 1 ? 'trial' : 'trials'} from ClinicalTrials.gov${total === undefined ? '' : ` (${total} matched the search)`}.`,
  lookupNames: { 'expanded-access': 'Expanded access programs', trials: 'Trials' },
} satisfies CtgovLookupContent;
