import type { NavigatorContent } from '../../src/content/session-content.types';

/** Words for navigator mode: the task list, notes, shortcuts and the clinician summary. */
export const navigator = {
  toggle: {
    label: 'Navigator mode',
    hint: 'For a nurse navigator helping a patient: a list of sections to jump between, notes on each section, the rule behind each result and keyboard shortcuts.',
  },
  welcomeOn: 'Navigator mode is on. You can turn it off at the top of any page.',
  taskList: {
    heading: 'Sections',
    hint: 'Choose a section to go to it.',
    status: {
      'not-started': 'Not started',
      'in-progress': 'In progress',
      done: 'Done',
      skipped: 'Skipped',
    },
    current: 'You are here',
    sections: {
      welcome: 'Who is filling this in',
      diagnosis: 'Diagnosis',
      biomarkers: 'Biomarker testing',
      biomarkerFindings: 'Biomarker results',
      treatmentsTried: 'Treatments tried',
      drugOfInterest: 'Drug of interest',
      insurance: 'Insurance and costs',
      household: 'Household and income',
      trialStatus: 'Clinical trials',
      trialTravel: 'Travel for a trial',
      careTeam: 'Care team',
      appointment: 'Next appointment',
      checkAnswers: 'Check answers',
    },
  },
  notes: {
    label: (section) => `Navigator notes: ${section} (optional)`,
    hint: (maxCharacters) => `These notes go into the checklist. At most ${maxCharacters} characters.`,
    tooLong: (maxCharacters) => `Notes must be ${maxCharacters} characters or fewer`,
    save: 'Save notes',
    saved: 'Notes saved.',
  },
  shortcuts: {
    heading: 'Keyboard shortcuts',
    help: [
      'Alt+N: continue to the next page (the same as pressing Continue).',
      'Alt+B: go back one page.',
      'They do not work while the cursor is in a text box, so typing is never interrupted.',
    ],
  },
  timeoutSetting: {
    label: 'Clear answers after this long with nothing happening',
    hint: 'A warning comes first, with a button to keep going.',
    option: (minutes) => `${minutes} minutes`,
  },
  rule: (ruleId) => `Rule: ${ruleId}`,
  summary: {
    title: 'Clinician summary',
    intro: 'One page for the care team, made in navigator mode. The pages before it are the patient’s own.',
    linesOfTherapy: 'Lines of therapy',
    pathways: 'Pathways and fit',
    pathwayColumns: { pathway: 'Pathway', fit: 'Fit', rules: 'Rules' },
    keyQuestions: 'Key questions',
    notes: 'Navigator notes',
    none: 'None listed',
  },
} satisfies NavigatorContent;
