import type { NavigatorContent } from '../../src/content/session-content.types';

/** Words for navigator mode: the task list, notes, shortcuts and the clinician summary. */
export const navigator = {
  toggle: {
    label: 'Navigator mode',
    hint: 'For a nurse navigator helping a patient: a list of sections to jump between, notes on each section, the rule behind each result and keyboard shortcuts.',
  },
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
    hint: (maxCharacters) => `These notes go on the checklist’s clinician page only, not on the patient’s pages. At most ${maxCharacters} characters.`,
    tooLong: (maxCharacters) => `Notes must be ${maxCharacters} characters or fewer`,
  },
  shortcuts: {
    heading: 'Keyboard shortcuts',
    help: [
      'Alt+N: continue to the next page (the same as pressing Continue).',
      'Alt+B: go back one page.',
      'They do not work while the cursor is in a text box, so typing is never interrupted.',
    ],
  },
  voice: {
    diagnosis: { title: 'The patient’s diagnosis' },
    treatmentsTried: {
      title: 'Treatments the patient has tried',
      intro: 'Add each cancer treatment the patient has had or is having now. If they have not had any yet, leave the list empty.',
      list: {
        heading: 'The patient’s treatments',
        noneYet: 'No treatments added yet.',
        outcome: {
          options: {
            'still-taking': { label: 'They are still having it' },
            'side-effects': { label: 'They stopped because of side effects' },
          },
        },
      },
      standardOptionsLeft: { label: 'Has the care team said there are other approved treatments the patient could still try?' },
    },
    drugOfInterest: {
      title: 'The drug the patient is asking about',
      approval: { options: { 'approved-for-my-cancer': { label: 'Yes, it is approved for their type of cancer' } } },
    },
    insurance: {
      residenceState: { label: 'Where does the patient live?' },
      coverage: {
        label: 'What health insurance does the patient have?',
        options: { uninsured: { label: 'They do not have health insurance' } },
      },
      deniedBefore: { label: 'Has an insurer ever refused to pay for one of the patient’s cancer treatments?' },
      costConcern: { label: 'How worried is the patient about the cost of treatment?' },
    },
    household: {
      title: 'The patient’s household and income',
      intro: 'The patient does not have to answer these questions. A rough answer is fine.',
      householdSize: { label: 'How many people live in the patient’s household?' },
      yearlyIncome: { label: 'What is the household’s yearly income?' },
    },
    trialStatus: {
      status: {
        label: 'Has the patient looked into clinical trials?',
        options: {
          'in-a-trial': { label: 'They are in a clinical trial now' },
          looking: { label: 'They are looking for a trial now' },
          'looked-not-eligible': { label: 'They looked, but could not join one' },
          'not-interested': { label: 'They do not want to join a trial' },
        },
      },
    },
    trialTravel: {
      travel: {
        label: 'How far could the patient travel for a trial?',
        options: { 'near-home': { label: 'Only near their home' }, 'in-my-state': { label: 'Anywhere in their state' } },
      },
      zip: { label: 'The patient’s ZIP code' },
    },
    careTeam: {
      title: 'The patient’s care team',
      oncologistOpenToHelp: { label: 'Is the patient’s cancer doctor willing to help them ask for a drug?' },
      setting: { label: 'Where does the patient get cancer care?' },
    },
    appointment: {
      title: 'The patient’s next appointment',
      intro: 'These questions are optional. What you write here goes on the patient’s checklist.',
      date: { label: 'Date of the patient’s next appointment' },
    },
  },
  shellVoice: {
    checkAnswers: {
      title: 'Check the patient’s answers',
      intro: 'Look over the answers with the patient. You can change any of them before you see the results.',
      welcomeSectionTitle: 'Who is filling this in',
      skippedReasons: {
        'testing-not-done': 'We did not ask what the biomarker tests found, because the patient said the cancer has not been tested.',
        'testing-unsure': 'We did not ask what the biomarker tests found, because the patient said they are not sure if the cancer was tested.',
        'testing-not-answered': 'We did not ask what the biomarker tests found, because the patient did not say if the cancer was tested.',
        'no-cost-concern': 'We did not ask about the patient’s household and income, because the patient said they have insurance and are not worried about cost.',
        'cost-concern-not-answered': 'We did not ask about the patient’s household and income, because the patient did not say if cost worries them.',
        'in-a-trial': 'We did not ask how far the patient could travel for a trial, because the patient said they are in a trial now.',
        'not-interested-in-trials': 'We did not ask how far the patient could travel for a trial, because the patient said they do not want to join a trial.',
        'trial-status-not-answered': 'We did not ask how far the patient could travel for a trial, because the patient did not say if they have looked into trials.',
      },
      confirmHeading: 'Now see the results',
      confirmText: 'The answers stay on this device. We use them to show which ways to get a drug may be open to the patient.',
    },
    results: {
      title: 'The patient’s results',
      intro: 'Here are the five ways people get a cancer drug. We show which may fit the patient, and why, from their answers.',
      notAdvice: 'This is information, not medical advice. The patient takes it to their care team and decides with them.',
      pathwaysIntro: 'The best fit for the patient comes first. More than one can fit.',
      questionsHeading: 'Questions for the patient’s cancer doctor',
      missingIntro: 'The patient did not answer these, or said they are not sure. If they find out, come back and answer them:',
      decideHeading: 'Decide with the care team',
      decide: 'Only the patient and their care team can decide what is right for them. Bring these results to the patient’s next visit.',
      changeAnswers: 'Check or change the answers',
      startAgainConfirmText: 'This clears every answer given. You cannot undo this.',
      startAgainYes: 'Yes, clear the answers',
      startAgainNo: 'No, keep the answers',
    },
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
