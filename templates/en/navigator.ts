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
    current: 'Current section',
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
    welcome: {
      title: 'Find out which ways to get a cancer drug may be open to the patient',
      intro: [
        'Sometimes the drug a patient hopes for is not the usual treatment for their cancer, or is still being studied. There can still be ways to get it.',
        'This takes about 10 minutes. Go through it with the patient, or for them.',
      ],
      does: [
        'It asks about the patient’s cancer, treatments, insurance and care team.',
        'It shows which ways to get a drug may fit the patient, and why.',
        'It makes a checklist and questions for the patient’s next appointment.',
      ],
      doesNot: [
        'It does not give medical advice or tell the patient to take any drug.',
        'It does not sign the patient up for anything or contact anyone for them.',
        'The patient decides what to do together with their care team.',
      ],
      privacy: 'The answers stay on this device.',
      filledBy: {
        options: {
          patient: { label: 'The person with cancer' },
          caregiver: { label: 'A family member or friend helping them' },
          navigator: { label: 'A nurse navigator or other health worker' },
        },
      },
    },
    diagnosis: {
      title: 'The patient’s diagnosis',
      stage: {
        hint: 'Choose the closest answer. The care team can tell if the patient is not sure.',
        options: { unsure: { label: 'Not sure' } },
      },
      age: { label: 'How old is the patient?', hint: 'In years. Leave it empty if this is not known or the patient would rather not say.' },
    },
    biomarkers: {
      testing: { options: { unsure: { label: 'Not sure' } } },
      germlineTesting: {
        label: 'Has the patient had a test for inherited gene changes?',
        hint: 'This test uses blood or saliva. It looks for changes the patient was born with, like BRCA. It is also called germline or genetic testing.',
        why: {
          paragraphs: [
            'Some drugs are approved for people who were born with a certain gene change, like BRCA.',
            'For some cancers, this test can change which treatments fit. If it has not been done, the patient can ask their care team about it.',
          ],
        },
        options: { unsure: { label: 'Not sure' } },
      },
      germlineFindings: { hint: 'Copy what the report says, one finding on each line. For example: BRCA2. Leave it empty if this is not known.' },
    },
    biomarkerFindings: {
      findings: { hint: 'Copy what the report says, one finding on each line. For example: BRAF V600E. Leave it empty if this is not known.' },
    },
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
      standardOptionsLeft: {
        label: 'Has the care team said there are other approved treatments the patient could still try?',
        hint: 'Approved means the FDA (the US Food and Drug Administration) has approved it for the patient’s cancer.',
        options: { unsure: { label: 'Not sure' } },
      },
    },
    drugOfInterest: {
      title: 'The drug the patient is asking about',
      name: { hint: 'Leave it empty if the patient does not have a drug in mind yet.' },
      approval: {
        hint: 'The care team or the drug’s website can tell.',
        why: {
          paragraphs: [
            'The way to get a drug depends on whether it is approved for the patient’s cancer, approved for something else, or still being studied.',
          ],
        },
        options: { 'approved-for-my-cancer': { label: 'Yes, it is approved for their type of cancer' }, unsure: { label: 'Not sure' } },
      },
      givenHow: {
        why: { paragraphs: ['Insurance often pays for a drug given at a clinic in a different way from a drug the patient takes at home.'] },
        options: { 'at-home': { hint: 'For example, pills, or a shot the patient gives themselves.' }, unsure: { label: 'Not sure' } },
      },
    },
    insurance: {
      residenceState: { label: 'Where does the patient live?' },
      coverage: {
        label: 'What health insurance does the patient have?',
        hint: 'If the patient has more than one, choose the main one.',
        why: { paragraphs: ['Who pays for a drug, and which kinds of help the patient can get, depend on their insurance.'] },
        options: {
          private: { hint: 'For example, through the patient’s job or a family member’s job.' },
          marketplace: { hint: 'Bought on HealthCare.gov or the state’s marketplace.' },
          uninsured: { label: 'They do not have health insurance' },
          other: { label: 'Something else, or not sure', hint: 'For example, if the patient does not know which kind of Medicare they have.' },
        },
      },
      secondary: {
        label: 'Does the patient have other coverage as well as Medicare?',
        hint: 'If the patient has more than one, choose the one that pays the most.',
        options: { unsure: { label: 'Not sure' } },
      },
      deniedBefore: {
        label: 'Has an insurer ever refused to pay for one of the patient’s cancer treatments?',
        options: { unsure: { label: 'Not sure' } },
      },
      costConcern: {
        label: 'How worried is the patient about the cost of treatment?',
        options: {
          none: { label: 'Not worried' },
          some: { label: 'A little worried' },
          major: { label: 'Very worried', hint: 'For example, the patient cannot pay for it.' },
        },
      },
    },
    household: {
      title: 'The patient’s household and income',
      intro: 'The patient does not have to answer these questions. A rough answer is fine.',
      why: {
        paragraphs: [
          'Many programs that help pay for drugs have income limits.',
          'They look at the household’s income and the number of people in it. The answers help us show the programs the patient may be able to get.',
        ],
      },
      householdSize: {
        label: 'How many people live in the patient’s household?',
        hint: 'Count the patient, and anyone they support with their income.',
      },
      yearlyIncome: { label: 'What is the household’s yearly income?', hint: 'In US dollars, before tax, for everyone in the household.' },
    },
    trialStatus: {
      status: {
        label: 'Has the patient looked into clinical trials?',
        why: { paragraphs: ['A trial can be a way to get a new drug. The answer tells us what advice about trials fits the patient.'] },
        options: {
          'not-yet-considered': { label: 'Not yet, but they are open to it' },
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
        options: { 'near-home': { label: 'Only near their home' }, 'in-my-state': { label: 'Anywhere in their state' }, unsure: { label: 'Not sure' } },
      },
      zip: { label: 'The patient’s ZIP code', hint: 'It helps find trials near the patient. It has 5 digits, like 43210.' },
    },
    careTeam: {
      title: 'The patient’s care team',
      oncologistOpenToHelp: {
        label: 'Is the patient’s cancer doctor willing to help them ask for a drug?',
        hint: 'For example, by asking the drug company or writing to the patient’s insurer.',
        why: {
          paragraphs: ['Most ways to get a drug need the patient’s doctor to ask for it. If the doctor is not sure, a second opinion may help.'],
        },
        options: { unsure: { label: 'Not sure', hint: 'For example, if the patient has not asked yet.' } },
      },
      setting: { label: 'Where does the patient get cancer care?', options: { unsure: { label: 'Not sure' } } },
    },
    appointment: {
      title: 'The patient’s next appointment',
      intro: 'These questions are optional. What is written here goes on the patient’s checklist.',
      date: { label: 'Date of the patient’s next appointment', hint: 'Leave it empty if the patient does not have one yet.' },
      clinician: { label: 'Who will the patient see?' },
      notes: { label: 'Notes for the patient’s appointment', hint: 'Anything to remember to ask or say.' },
    },
    errors: {
      stageRequired: 'Select how far the cancer has spread, or “Not sure”',
      standardOptionsLeftRequired: 'Select whether there are other approved treatments, or “Not sure”',
      approvalRequired: 'Select whether the drug is approved, or “Not sure”',
      residenceStateRequired: 'Select the state or territory where the patient lives',
      coverageRequired: 'Select the patient’s type of insurance',
      costConcernRequired: 'Select how worried the patient is about the cost',
      trialStatusRequired: 'Select whether the patient has looked into clinical trials',
      travelRequired: 'Select how far the patient could travel, or “Not sure”',
      oncologistOpenToHelpRequired: 'Select whether the patient’s cancer doctor is willing to help, or “Not sure”',
      settingRequired: 'Select where the patient gets cancer care, or “Not sure”',
      appointmentDateInvalid: 'Enter a real date for the patient’s appointment',
      clinicianTooLong: 'Name of who the patient will see must be 200 characters or fewer',
      treatmentsTooMany: 'Up to 30 treatments can be added. Remove one to continue',
      germlineTestingRequired: 'Select whether the patient has had a test for inherited gene changes, or “Not sure”',
      germlineFindingsTooMany: 'Up to 20 inherited findings can be listed',
      findingsTooMany: 'Up to 50 findings can be listed',
      givenHowInvalid: 'Select how the drug is given, or “Not sure”',
      secondaryRequired: 'Select whether the patient has other coverage as well as Medicare, or “Not sure”',
      deniedBeforeInvalid: 'Select yes, no or “Not sure”',
    },
  },
  shellVoice: {
    checkAnswers: {
      title: 'Check the patient’s answers',
      intro: 'Look over the answers with the patient. Any of them can be changed before the results.',
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
    keyQuestions: 'Questions the patient will ask you, in their words',
    quoted: (question) => `“${question}”`,
    notes: 'Navigator notes',
    none: 'None listed',
  },
} satisfies NavigatorContent;
