import type { QuestionsContent } from '../../src/content/wizard-content.types';

/**
 * The question pages, in English. Headings are the question (or the topic when a page asks
 * two or three things); hints are one line; "Why we ask" opens on demand.
 * These pages state no facts, figures or phone numbers: those live with the pathways, with sources.
 */
export const questions = {
  welcome: {
    title: 'Find out which ways to get a cancer drug may be open to you',
    intro: [
      'Sometimes the drug you hope for is not the usual treatment for your cancer, or is still being studied. There can still be ways to get it.',
      'This takes about 10 minutes. You can fill it in yourself, or with someone who helps you.',
    ],
    doesHeading: 'What this tool does',
    does: [
      'It asks about your cancer, your treatments, your insurance and your care team.',
      'It shows which ways to get a drug may fit you, and why.',
      'It makes a checklist and questions to take to your next appointment.',
    ],
    doesNotHeading: 'What it does not do',
    doesNot: [
      'It does not give medical advice or tell you to take any drug.',
      'It does not sign you up for anything or contact anyone for you.',
      'Decide what to do together with your care team.',
    ],
    privacy: 'Your answers stay on this device.',
    filledBy: {
      label: 'Who is filling this in?',
      options: {
        patient: { label: 'I am the person with cancer' },
        caregiver: { label: 'I am a family member or friend helping them' },
        navigator: { label: 'I am a nurse navigator or other health worker' },
      },
    },
  },

  diagnosis: {
    title: 'Your diagnosis',
    cancerType: {
      label: 'What type of cancer is it?',
      hint: 'Type a few letters to shorten the list, then choose one.',
      why: {
        paragraphs: [
          'Whether a drug is approved, and which studies are open, depends on the type of cancer.',
        ],
      },
      searchLabel: 'Search the list',
      searchHint: 'For example, lung, breast or blood cancer.',
      matchCount: (shown, total) =>
        shown === total ? `Showing all ${total} types` : `${shown} of ${total} types match`,
      noMatches: 'No type matches. Try another word, or choose "Another type of cancer".',
      otherLabel: 'Name of the cancer',
      otherHint: 'Write it as your care team does, if you can.',
    },
    stage: {
      label: 'How far has it spread?',
      hint: 'Choose the closest answer. Your care team can tell you if you are not sure.',
      why: {
        paragraphs: ['Some ways to get a drug are only for cancer that has spread or come back.'],
      },
      options: {
        early: { label: 'Early', hint: 'It is only where it started.' },
        'locally-advanced': { label: 'Locally advanced', hint: 'It has grown into nearby tissue or lymph nodes.' },
        metastatic: { label: 'Metastatic', hint: 'It has spread to other parts of the body. Also called stage 4.' },
        recurrent: { label: 'Recurrent', hint: 'It came back after treatment.' },
        unsure: { label: 'I’m not sure' },
      },
    },
    age: {
      label: 'How old are you?',
      hint: 'In years. Leave it empty if you are not sure or would rather not say.',
      why: {
        paragraphs: ['Some studies, and some programs that help pay for drugs, are only for people of certain ages.'],
      },
    },
  },

  biomarkers: {
    title: 'Tests for gene changes',
    testing: {
      label: 'Has the cancer been tested for biomarkers?',
      hint: 'This test looks for changes in the cancer cells. It is also called genomic or molecular testing.',
      why: {
        paragraphs: [
          'Some drugs work on cancers with a certain change, wherever the cancer started.',
          'If this test has not been done, asking about it may be a good first step.',
        ],
      },
      options: {
        done: { label: 'Yes, it has been done' },
        'not-done': { label: 'No, it has not been done' },
        unsure: { label: 'I’m not sure' },
      },
    },
    germlineTesting: {
      label: 'Have you had a test for inherited gene changes?',
      hint: 'This test uses blood or saliva. It looks for changes you were born with, like BRCA. It is also called germline or genetic testing.',
      why: {
        paragraphs: [
          'Some drugs are approved for people who were born with a certain gene change, like BRCA.',
          'For some cancers, this test can change which treatments fit. If it has not been done, you can ask your care team about it.',
        ],
      },
      options: {
        done: { label: 'Yes, it has been done' },
        'not-done': { label: 'No, it has not been done' },
        unsure: { label: 'I’m not sure' },
      },
    },
    germlineFindings: {
      label: 'What did the inherited gene test find?',
      hint: 'Copy what the report says, one finding on each line. For example: BRCA2. Leave it empty if you do not know.',
    },
  },

  biomarkerFindings: {
    title: 'What did the testing find?',
    findings: {
      label: 'What did the testing find?',
      hint: 'Copy what the report says, one finding on each line. For example: BRAF V600E. Leave it empty if you do not know.',
      why: {
        paragraphs: ['A finding can point to a drug that is approved for another cancer with the same change.'],
      },
    },
  },

  treatmentsTried: {
    title: 'Treatments you have tried',
    intro: 'Add each cancer treatment you have had or are having now. If you have not had any yet, leave the list empty.',
    list: {
      heading: 'Your treatments',
      noneYet: 'You have not added any treatments.',
      count: (added) => `You have added ${added} ${added === 1 ? 'treatment' : 'treatments'}.`,
      itemLegend: (itemNumber) => `Treatment ${itemNumber}`,
      name: {
        label: 'Name of the treatment',
        hint: 'A drug name, or a kind of treatment like surgery or radiation.',
      },
      outcome: {
        label: 'How did it go?',
        options: {
          'still-taking': { label: 'I am still having it' },
          'stopped-working': { label: 'It worked for a while, then stopped working' },
          'did-not-work': { label: 'It did not work' },
          'side-effects': { label: 'I stopped because of side effects' },
        },
      },
      add: 'Add a treatment',
      addAnother: 'Add another treatment',
      remove: (itemNumber) => `Remove treatment ${itemNumber}`,
      removed: (itemNumber) => `Treatment ${itemNumber} removed.`,
      limitReached: (limit) => `You have added ${limit} treatments. That is the most you can add.`,
    },
    standardOptionsLeft: {
      label: 'Has your care team said there are other approved treatments you could still try?',
      hint: 'Approved means the FDA (the US Food and Drug Administration) has approved it for your cancer.',
      why: {
        paragraphs: [
          'Some ways to get a drug that is still being studied are only open when approved treatments have been used up.',
        ],
      },
      options: {
        yes: { label: 'Yes, there are other approved treatments' },
        no: { label: 'No, there are none left' },
        unsure: { label: 'I’m not sure' },
      },
    },
  },

  drugOfInterest: {
    title: 'The drug you are asking about',
    name: {
      label: 'Name of the drug',
      hint: 'Leave it empty if you do not have a drug in mind yet.',
    },
    approval: {
      label: 'Is this drug approved?',
      hint: 'Your care team or the drug’s website can tell you.',
      why: {
        paragraphs: [
          'The way to get a drug depends on whether it is approved for your cancer, approved for something else, or still being studied.',
        ],
      },
      options: {
        'approved-for-my-cancer': { label: 'Yes, it is approved for my type of cancer' },
        'approved-for-other-use': {
          label: 'It is approved, but for another use',
          hint: 'For example, for a different type of cancer.',
        },
        'approved-outside-us-only': {
          label: 'It is approved in another country, not in the US',
          hint: 'The FDA has not approved it for any use.',
        },
        'not-approved': { label: 'No, it is still being studied', hint: 'It is not approved for any use.' },
        unsure: { label: 'I’m not sure' },
      },
    },
    givenHow: {
      label: 'How is this drug given?',
      why: {
        paragraphs: ['Insurance often pays for a drug given at a clinic in a different way from a drug you take at home.'],
      },
      options: {
        'in-clinic': { label: 'At a clinic or hospital', hint: 'For example, a drip into a vein, or a shot from a nurse.' },
        'at-home': { label: 'At home', hint: 'For example, pills, or a shot you give yourself.' },
        unsure: { label: 'I’m not sure' },
      },
    },
  },

  insurance: {
    title: 'Insurance and costs',
    residenceState: {
      label: 'Where do you live?',
      hint: 'Some rules about insurance are different in each state.',
      choose: 'Choose a state or territory',
    },
    coverage: {
      label: 'What health insurance do you have?',
      hint: 'If you have more than one, choose the main one.',
      why: {
        paragraphs: ['Who pays for a drug, and which kinds of help you can get, depend on your insurance.'],
      },
      options: {
        private: { label: 'A private plan', hint: 'For example, through your job or a family member’s job.' },
        marketplace: { label: 'A Marketplace plan', hint: 'Bought on HealthCare.gov or your state’s marketplace.' },
        medicare: { label: 'Medicare', hint: 'Also called Original Medicare.' },
        'medicare-advantage': { label: 'Medicare Advantage', hint: 'A Medicare plan run by a private company.' },
        medicaid: { label: 'Medicaid' },
        'military-va': { label: 'Military or veterans’ coverage', hint: 'For example, TRICARE or VA health care.' },
        uninsured: { label: 'I do not have health insurance' },
        other: { label: 'Something else, or I’m not sure', hint: 'For example, if you do not know which kind of Medicare you have.' },
      },
    },
    secondary: {
      label: 'Do you have other coverage as well as Medicare?',
      hint: 'If you have more than one, choose the one that pays the most.',
      options: {
        medigap: { label: 'Medigap', hint: 'A Medicare Supplement plan from a private company.' },
        medicaid: { label: 'Medicaid', hint: 'Some people have both Medicare and Medicaid.' },
        'employer-or-retiree': { label: 'A plan from a job or a past job', hint: 'For example, a retiree plan or a union plan.' },
        none: { label: 'No, only Medicare' },
        unsure: { label: 'I’m not sure' },
      },
    },
    deniedBefore: {
      label: 'Has an insurer ever refused to pay for one of your cancer treatments?',
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        unsure: { label: 'I’m not sure' },
      },
    },
    deniedOn: {
      label: 'What date is on the refusal letter?',
      hint: 'If there was more than one, use the latest. Leave it empty if you do not have the letter.',
      why: {
        paragraphs: ['There is a time limit to ask the insurer to look again. It counts from the date on the letter.'],
      },
    },
    costConcern: {
      label: 'How worried are you about the cost of treatment?',
      options: {
        none: { label: 'Not worried' },
        some: { label: 'A little worried' },
        major: { label: 'Very worried', hint: 'For example, I cannot pay for it.' },
      },
    },
  },

  household: {
    title: 'Your household and income',
    intro: 'You do not have to answer these questions. A rough answer is fine.',
    why: {
      paragraphs: [
        'Many programs that help pay for drugs have income limits.',
        'They look at your income and the number of people in your household. Your answers help us show the programs you may be able to get.',
      ],
    },
    householdSize: {
      label: 'How many people live in your household?',
      hint: 'Count yourself, and anyone you support with your income.',
      readBack: (count, written) => `= ${written} ${count === 1 ? 'person' : 'people'}`,
    },
    yearlyIncome: {
      label: 'What is your household’s yearly income?',
      hint: 'In US dollars, before tax, for everyone in your household.',
      prefix: '$',
      readBack: (amount) => `= $${amount} a year`,
      unclear: (amounts, plain) =>
        amounts.length === 1
          ? `Is this $${amounts[0]}? Type the amount again with digits only, like ${plain}.`
          : `Is this ${amounts.map((amount) => `$${amount}`).join(' or ')}? Type the amount again with digits only, like ${plain}.`,
    },
  },

  trialStatus: {
    title: 'Clinical trials',
    status: {
      label: 'Have you looked into clinical trials?',
      hint: 'A clinical trial is a research study that tests new treatments with people.',
      why: {
        paragraphs: ['A trial can be a way to get a new drug. Your answer tells us what advice about trials fits you.'],
      },
      options: {
        'in-a-trial': { label: 'I am in a clinical trial now' },
        looking: { label: 'I am looking for a trial now' },
        'looked-not-eligible': { label: 'I looked, but I could not join one' },
        'not-yet-considered': { label: 'Not yet, but I am open to it' },
        'not-interested': { label: 'I do not want to join a trial' },
      },
    },
  },

  trialTravel: {
    title: 'Travel for a clinical trial',
    travel: {
      label: 'How far could you travel for a trial?',
      hint: 'Think about visits every few weeks, sometimes for months.',
      options: {
        'near-home': { label: 'Only near my home' },
        'in-my-state': { label: 'Anywhere in my state' },
        'anywhere-in-us': { label: 'Anywhere in the US' },
        unsure: { label: 'I’m not sure' },
      },
    },
    zip: {
      label: 'Your ZIP code',
      hint: 'It helps you look for trials near you. It has 5 digits, like 43210.',
    },
  },

  careTeam: {
    title: 'Your care team',
    oncologistOpenToHelp: {
      label: 'Is your cancer doctor willing to help you ask for a drug?',
      hint: 'For example, by asking the drug company or writing to your insurer.',
      why: {
        paragraphs: [
          'Most ways to get a drug need your doctor to ask for it. If your doctor is not sure, a second opinion may help.',
        ],
      },
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        unsure: { label: 'I’m not sure', hint: 'For example, if you have not asked yet.' },
      },
    },
    setting: {
      label: 'Where do you get your cancer care?',
      options: {
        'academic-center': { label: 'At a university hospital or a large cancer center' },
        'community-practice': { label: 'At a local clinic or hospital' },
        unsure: { label: 'I’m not sure' },
      },
    },
  },

  appointment: {
    title: 'Your next appointment',
    intro: 'These questions are optional. What you write here goes on your checklist.',
    date: {
      label: 'Date of your next appointment',
      hint: 'Leave it empty if you do not have one yet.',
    },
    clinician: {
      label: 'Who will you see?',
      hint: 'For example, Dr. Rivera.',
    },
    notes: {
      label: 'Notes for your appointment',
      hint: 'Anything you want to remember to ask or say.',
    },
  },

  errors: {
    filledByRequired: 'Select who is filling this in',
    cancerTypeRequired: 'Select the type of cancer',
    cancerTypeOtherRequired: 'Enter the name of the cancer',
    cancerTypeOtherTooLong: 'Name of the cancer must be 200 characters or fewer',
    stageRequired: 'Select how far the cancer has spread, or “I’m not sure”',
    ageInvalid: 'Enter age as a whole number of years, from 0 to 120',
    testingRequired: 'Select whether the cancer has been tested for biomarkers',
    germlineTestingRequired: 'Select whether you have had a test for inherited gene changes, or “I’m not sure”',
    germlineFindingTooLong: 'Each inherited finding must be 100 characters or fewer. Put each finding on its own line',
    germlineFindingsTooMany: 'You can list up to 20 inherited findings',
    findingTooLong: 'Each finding must be 100 characters or fewer. Put each finding on its own line',
    findingsTooMany: 'You can list up to 50 findings',
    treatmentNameRequired: (n) => `Enter the name of treatment ${n}, or remove it`,
    treatmentNameTooLong: (n) => `Name of treatment ${n} must be 200 characters or fewer`,
    treatmentOutcomeRequired: (n) => `Select how treatment ${n} went`,
    treatmentsTooMany: 'You can add up to 30 treatments. Remove one to continue',
    standardOptionsLeftRequired: 'Select whether there are other approved treatments, or “I’m not sure”',
    drugNameTooLong: 'Name of the drug must be 200 characters or fewer',
    approvalRequired: 'Select whether the drug is approved, or “I’m not sure”',
    givenHowInvalid: 'Select how the drug is given, or “I’m not sure”',
    residenceStateRequired: 'Select the state or territory where you live',
    coverageRequired: 'Select your type of insurance',
    secondaryRequired: 'Select whether you have other coverage as well as Medicare, or “I’m not sure”',
    deniedBeforeInvalid: 'Select yes, no or “I’m not sure”',
    deniedOnInvalid: 'Enter a real date for the refusal letter',
    costConcernRequired: 'Select how worried you are about the cost',
    householdSizeInvalid: 'Enter household size as a whole number from 1 to 20',
    yearlyIncomeInvalid: 'Enter yearly income as a number of dollars, like 45000',
    yearlyIncomeUnclear: 'Yearly income could be read as more than one amount: type it with digits only, like 45000',
    yearlyIncomeNegative: 'Yearly income must be 0 or more',
    trialStatusRequired: 'Select whether you have looked into clinical trials',
    travelRequired: 'Select how far you could travel, or “I’m not sure”',
    zipInvalid: 'Enter a ZIP code with 5 digits, like 43210',
    oncologistOpenToHelpRequired: 'Select whether your cancer doctor is willing to help, or “I’m not sure”',
    settingRequired: 'Select where you get your cancer care, or “I’m not sure”',
    appointmentDateInvalid: 'Enter a real date for your appointment',
    clinicianTooLong: 'Name of who you will see must be 200 characters or fewer',
    notesTooLong: 'Notes must be 2,000 characters or fewer',
  },
} satisfies QuestionsContent;
