import { CONTENT_VERSION } from './sources';
import type { ChecklistContent } from '../../src/content/checklist-content.types';

/** Every word of the PDF checklist and its buttons, in English. */
export const checklist = {
  productName: 'Treatment access navigator',
  contentVersion: CONTENT_VERSION.version,
  contentReviewed: CONTENT_VERSION.reviewed,
  fileName: (isoDate) => `treatment-access-checklist-${isoDate}.pdf`,

  properties: {
    title: 'Treatment access checklist',
    subject: 'Roads to a cancer drug to discuss with the care team: reasons, steps, contacts and questions',
    keywords: 'off-label, expanded access, Right to Try, patient assistance, clinical trials',
  },

  footer: {
    identity: (productName, version, reviewedDate) => `${productName} · Content version ${version}, reviewed ${reviewedDate}`,
    reminder: 'This is information to discuss with your care team, not medical advice. Decide together with them.',
    pageOf: (page, total) => `Page ${page} of ${total}`,
  },

  replacementMarker: '[?]',

  cover: {
    title: 'Treatment access checklist',
    madeOn: (date, productName) => `Made on ${date} with the ${productName}.`,
    glanceColumns: { pathway: 'Road', fit: 'How well it fits' },
  },

  sheet: {
    nameLabel: 'Name:',
    appointmentLabel: 'Appointment:',
    glanceHeading: 'The roads at a glance',
    answerLines: 2,
    bringHeading: 'What to bring',
    bring: ['Pathology report', 'Biomarker report', 'Treatment list, dates', 'Insurance card', 'Refusal letters', 'Recent scans, notes', 'Medicine list'],
    labelLine: {
      'names-my-cancer': (drug, date) => `FDA label: the label for ${drug} names your cancer (looked up ${date}).`,
      'other-uses-only': (drug, date) => `FDA label: the label for ${drug} lists other uses, not your cancer (looked up ${date}).`,
      'none-found': (drug, date) => `FDA label: no FDA label was found for ${drug} (looked up ${date}).`,
      'cannot-tell': (drug, date) => `FDA label: a label for ${drug} was found; ask your oncologist whether it covers your cancer (looked up ${date}).`,
    },
    trialLine: (nctId, title, status) => `Trial you kept: ${nctId}, ${title} (${status}).`,
    trialNotLookedUpLine: (nctId) => `Trial you kept: ${nctId}, not looked up. Check its title and status on its study page.`,
  },

  directory: {
    heading: 'Who can help',
    intro: 'Each contact is listed once, with the roads it can help with.',
    serves: 'For:',
  },

  summary: {
    filledBy: 'Filled in by',
    appointment: 'Appointment',
    appointmentWith: (date, clinician) => [date, clinician ? `with ${clinician}` : undefined].filter(Boolean).join(' '),
    cancer: 'Cancer',
    stage: 'Stage',
    biomarkers: 'Biomarker testing',
    treatments: 'Treatments tried',
    treatmentColumns: { number: 'No.', name: 'Treatment', outcome: 'What happened' },
    standardOptionsLeft: 'Approved options left',
    drugOfInterest: 'Drug asked about',
    drug: (name, approval) => [name, approval ? `(${approval})` : undefined].filter(Boolean).join(' '),
    insurance: 'Insurance',
    deniedBefore: 'Insurer said no before',
    costConcern: 'Worry about cost',
    trials: 'Clinical trials',
    trialsValue: (status, travel) => [status, travel ? `can travel: ${travel}` : undefined].filter(Boolean).join('; '),
    careTeam: 'Oncologist',
    careTeamValue: (openToHelp, setting) => [openToHelp, setting].filter(Boolean).join('; '),
    notAnswered: 'Not answered',
    noneListed: 'None listed',
  },

  values: {
    filledBy: { patient: 'The patient', caregiver: 'A caregiver', navigator: 'A nurse navigator' },
    stage: {
      early: 'Early',
      'locally-advanced': 'Locally advanced',
      metastatic: 'Metastatic (spread to other parts of the body)',
      recurrent: 'Recurrent (came back)',
      unsure: 'Not sure',
    },
    testing: { done: 'Done', 'not-done': 'Not done', unsure: 'Not sure if done' },
    testingDoneWith: (findings) => `Done. Findings: ${findings}`,
    outcome: {
      'stopped-working': 'Stopped working',
      'did-not-work': 'Did not work',
      'side-effects': 'Stopped for side effects',
      'still-taking': 'Still taking',
    },
    yesNoUnsure: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    approval: {
      'approved-for-my-cancer': 'approved for this cancer',
      'approved-for-other-use': 'approved for another use',
      'approved-outside-us-only': 'approved in another country, not in the US',
      'not-approved': 'not approved',
      unsure: 'approval not known',
    },
    coverage: {
      private: 'Private or employer plan',
      marketplace: 'Marketplace plan',
      medicare: 'Medicare',
      'medicare-advantage': 'Medicare Advantage',
      medicaid: 'Medicaid',
      'military-va': 'Military or VA',
      uninsured: 'No insurance',
      other: 'Other',
    },
    coverageInState: (coverage, state) => `${coverage} (lives in ${state})`,
    deniedBefore: { yes: 'Yes', no: 'No' },
    costConcern: { none: 'None', some: 'Some', major: 'Major' },
    trialStatus: {
      'in-a-trial': 'In a trial now',
      'looked-not-eligible': 'Looked, was not eligible',
      looking: 'Looking for one',
      'not-yet-considered': 'Not yet considered',
      'not-interested': 'Not interested',
    },
    travel: { 'near-home': 'near home only', 'in-my-state': 'within the state', 'anywhere-in-us': 'anywhere in the US' },
    travelWithZip: (travel, zip) => `${travel}, from ZIP ${zip}`,
    openToHelp: { yes: 'Open to helping', no: 'Not open to helping', unsure: 'Not sure if open to helping' },
    setting: {
      'academic-center': 'academic cancer center',
      'community-practice': 'community practice',
      unsure: 'setting not known',
    },
  },

  notes: { heading: 'Your notes' },
  firstSteps: { heading: 'First steps', intro: 'These come before any of the roads.' },
  pathways: {
    heading: 'The roads, strongest fit first',
    title: (index, title, fit) => `${index}. ${title}: ${fit}`,
    reasonsHeading: 'Why',
    stepsHeading: 'Steps',
    questionsHeading: 'More questions',
    questionsOnSheet: 'The questions for this road are on page 1.',
    phone: 'Phone:',
    web: 'Web:',
    source: 'Source:',
  },
  savedTrials: {
    heading: 'Trials you saved',
    intro:
      'These are the trials you kept from ClinicalTrials.gov. What the registry said may have changed since you looked. Ask your oncologist and each trial team whether a trial could fit you. Decide together.',
    status: (s) =>
      s === 'RECRUITING' ? 'Recruiting' : s === 'NOT_YET_RECRUITING' ? 'Not yet recruiting' : `No longer recruiting (${s.toLowerCase().replace(/_/g, ' ')})`,
    phase: (phases) => {
      const words = phases.map((p) =>
        p === 'EARLY_PHASE1' ? 'early phase 1' : /^PHASE\d$/.test(p) ? `phase ${p.slice(5)}` : p === 'NA' ? 'no phase (not a drug trial)' : p.toLowerCase(),
      );
      return words.length === 0 ? 'Not given' : words.join(' and ').replace(/^./, (c) => c.toUpperCase());
    },
    labels: { status: 'Status', phase: 'Phase', nearestSite: 'Nearest site', contact: 'Contact', lookedUp: 'Looked up on', keptOn: 'Kept on', page: 'Study page' },
    notLookedUp: 'Not looked up. ClinicalTrials.gov could not be reached when you kept it, so its title, status and sites are not known. Check them on its study page.',
    site: (place, miles) => (miles === undefined ? place : `${place}, about ${miles} ${miles === 1 ? 'mile' : 'miles'} away`),
    questionsHeading: 'Questions for the trial team',
    questions: ['Am I eligible with my past treatments?', 'What does the study pay for?'],
  },
  questions: {
    heading: 'Questions for my oncologist',
  },
  documents: { heading: 'Documents to gather', intro: 'Bring these, or ask the clinic to send them.' },
  glossary: { heading: 'Words used in this checklist' },

  actions: {
    heading: 'Take this with you',
    download: 'Download checklist (PDF)',
    downloading: 'Making your checklist…',
    downloaded: (fileName) => `Your checklist was saved as ${fileName}.`,
    printAccessible: 'Print or save as accessible page',
    clinicianInEnglish: 'Clinician page in English',
    failed: 'We could not make the checklist. Your answers are still here. Try again, or use Print.',
    replacedNotice: (marker, characters) =>
      `Some characters you typed cannot be printed in the checklist. They show as ${marker} instead: ${characters}`,
  },

  cli: {
    cannotMake: (detail) => `Cannot make the checklist PDF (${detail}).`,
    cannotWrite: (path) => `Cannot write the checklist to ${path}. Check that the folder exists and you may write there.`,
    replacedWarning: (marker, characters) => `Warning: these characters cannot be printed and show as ${marker}: ${characters}`,
  },
} satisfies ChecklistContent;
