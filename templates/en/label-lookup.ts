import type { LabelLookupContent } from '../../src/content/label-lookup-content.types';

/** Checked on 2026-11-30 against ../shared/spec/lookups.md and the pages below. */
const reviewed = '2026-11-30';

/**
 * The FDA label lookup, in English. Where the label comes from (openFDA), where the whole label is
 * (DailyMed, by the label's set id) and where cell and gene therapies are listed (the Purple Book).
 */
/** Typed as the content type (not `satisfies`) so every caller sees the same function arguments. */
export const labelLookup: LabelLookupContent = {
  heading: 'What the FDA label says',
  intro: 'The FDA label lists the uses the FDA has approved for a drug. It can be looked up here before the next question is answered.',
  typeNameFirst: 'Type the name of the drug above to look up its FDA label.',
  lookUp: (name) => `Look up ${name} on openFDA, the FDA’s public database. Only the drug name is sent.`,
  lookAgain: (name) => `Look up ${name} again on openFDA. Only the drug name is sent.`,
  waiting: (name) => `Looking up ${name} on openFDA…`,
  cancel: 'Stop looking',
  sourceNote: 'From openFDA, the FDA’s public database of drug labels. What it means is for the care team to decide, together with the patient.',
  labelLanguage: 'The label’s own words are shown as the FDA wrote them.',
  foundHeading: (name, count) => (count === 1 ? `The FDA label found for ${name}` : `${count} FDA labels found for ${name}`),
  brandNames: 'Brand names',
  genericNames: 'Generic names',
  labelDate: 'Date of the label',
  applicationNumbers: 'FDA application numbers',
  notListed: 'Not listed in this record',
  indicationsHeading: 'What the label says it is used for (Indications and Usage)',
  matchedHeading: (cancerName) => `Sentences that name this cancer (${cancerName})`,
  noMatch: (cancerName) => `No sentence in this part of the label names ${cancerName}. Ask the care team what that means.`,
  noCancerToMatch: 'Sentences about the cancer cannot be picked out, because no type from our list was chosen.',
  explainNamesCancer: (cancerName) => `This sentence names ${cancerName}.`,
  explainAnySolidTumor: 'This sentence names any solid tumor, which may include yours.',
  explainConditions: 'It also sets these conditions:',
  conditions: {
    biomarker: (term) => `a biomarker: ${term}`,
    'exon-insertion': (term) => `a change called an exon ${term} insertion`,
    'exon-deletion': (term) => `a change called an exon ${term} deletion`,
    'exon-skipping': (term) => `a change called exon ${term} skipping`,
    inherited: (term) => `an inherited (germline) gene change: ${term}`,
    'first-line': () => 'use as a first treatment',
    'after-earlier-treatment': () => 'earlier treatment that did not work or stopped working',
    adjuvant: () => 'use after surgery (adjuvant)',
    neoadjuvant: () => 'use before surgery (neoadjuvant)',
    maintenance: () => 'use to keep the cancer under control after other treatment (maintenance)',
  },
  wholeText: 'The whole Indications and Usage section',
  noIndications: 'This record has no Indications and Usage text. Read the whole label on DailyMed.',
  dailyMedLabel: (name) => `Read the whole label for ${name} on DailyMed`,
  keep: 'Keep this with the answers',
  keepNothingFound: 'Keep “no FDA label found” with the answers',
  keptNote: (date) => `Kept with the answers. Looked up on ${date}.`,
  keptNothingFound: (name, date) => `Kept with the answers: no FDA label was found for ${name} on ${date}.`,
  stale: (days) => `This was looked up ${days} days ago. Labels change, so look again before relying on it.`,
  thenAnswer: 'With this in view, answer the question below about whether the drug is approved.',
  failures: {
    offline: () => 'openFDA could not be reached. The same search can be done on DailyMed, the FDA label website.',
    'not-found': (name) =>
      `No FDA label was found for ${name}. Check the spelling. A drug with no US label is often not approved by the FDA.`,
    'rate-limited': () => 'There have been too many lookups just now. Try again in a minute.',
    'server-error': () => 'openFDA has a problem right now. Try again later, or use the DailyMed website.',
    unreadable: () => 'The answer from openFDA could not be read. Nothing was saved.',
  },
  websiteSearch: (name) => `Search for ${name} on DailyMed, the FDA label website`,
  purpleBook: 'Cell and gene therapies, such as CAR-T, may not be found here. Look for them in the FDA’s Purple Book.',
  newTab: '(opens in a new tab)',
  resultsHeading: 'What the FDA label says',
  resultsNone: (name) => `The FDA label for ${name} has not been looked up. It can show whether this cancer is one of its approved uses.`,
  resultsKept: (name, date) => `The FDA label lookup for ${name} from ${date} is kept with the answers.`,
  resultsGoToLookup: 'Look up the FDA label on the drug page',
  sources: {
    openFda: { url: 'https://open.fda.gov/apis/drug/label/', reviewed },
    dailyMed: { url: 'https://dailymed.nlm.nih.gov/dailymed/', reviewed },
    purpleBook: { url: 'https://purplebooksearch.fda.gov/about', reviewed },
  },
};
