import type { ClinicalTrialsContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../sources';

/** Clinical trials: research studies that can give access to new drugs. */
export const clinicalTrials = {
  title: 'Clinical trials',
  summary:
    'Clinical trials are research studies. They can give you access to new drugs. Each trial has its own rules about who can join. Where you can travel matters.',
  reasons: {
    inTrial: { text: 'Because you said you are in a trial, this part is about your trial and what comes after it.' },
    notInterested: {
      text: 'Because you said you are not interested in trials now, this road is not for you today. That is your choice. If you change your mind, trials can give access to new drugs.',
    },
    lookingAdvanced: {
      text: 'Because of the stage you gave, and because you are open to trials, trials fit you well.',
    },
    lookingFewOptions: {
      text: 'Because you said no approved treatments are left, and you are open to trials, trials fit you well.',
    },
    looking: {
      text: 'Because you said you are open to trials, they may fit you. Trials are an option even when approved treatments are left.',
    },
    notEligibleBefore: {
      text: 'You said you looked but could not join. That is not the end. Each trial has its own rules, and they change. New trials open too. Look again.',
    },
    statusUnknown: { text: 'You have not told us about trials yet. Tell us if you have looked, to sharpen this.' },
    routineCostsPrivate: {
      text: 'Because you have private or marketplace insurance: by law (Public Health Service Act section 2709), your plan must cover routine care costs in an approved trial. It does not have to pay for the study drug itself. It may ask you to use an in-network site if one will take you. It need not pay for a site outside its network unless it already covers out-of-network care. Older "grandfathered" plans do not have to follow this law: ask your plan.',
      sources: [SRC.phsa2709],
    },
    routineCostsMedicare: {
      text: 'Because you have Medicare: Medicare covers routine care costs in qualifying trials (National Coverage Determination 310.1).',
      sources: [SRC.ncd310],
    },
    routineCostsMedicaid: {
      text: 'Because you have Medicaid: since January 1, 2022, Medicaid must cover routine care costs in qualifying trials.',
      sources: [SRC.medicaidTrials],
    },
    routineCostsMedicareAdvantage: {
      text: "Because you have Medicare Advantage: Original Medicare pays the routine care costs of a qualifying trial, and your plan pays the difference in cost sharing. The trial site does not have to be in your plan's network (check current details).",
      sources: [SRC.medicareTrials, SRC.ncd310],
    },
    routineCostsMilitary: {
      text: 'Because you have military or VA coverage: TRICARE and the VA cover trials sponsored by the National Cancer Institute (NCI). For other trials, ask the trial team and your plan who pays.',
      sources: [SRC.federalTrials],
    },
    routineCostsAsk: {
      text: 'Because of your type of coverage, ask the trial team and your plan who pays for routine care during a trial.',
    },
    findingsHelpSearch: {
      text: ({ findings }) => `Because your tumor test found ${findings}, you can search for trials that look for that change.`,
    },
    testingOpensTrials: {
      text: 'Because your tumor has not had biomarker testing, or you are not sure: some trials are only for tumors with a certain change. Testing can open more trials.',
    },
    nearHome: { text: 'You want a trial near home. If none is near, a wider area shows more trials.' },
    anywhere: { text: 'You said you can travel anywhere in the US. That widens your choice of trials.' },
    savedTrialInRange: {
      text: ({ savedTrial, savedTrialOn }) =>
        `You saved a trial that was recruiting within the distance you can travel: ${savedTrial}. That is what ClinicalTrials.gov said when you looked it up on ${savedTrialOn}. Ask your oncologist and the trial team whether you may be able to join.`,
      sources: [SRC.clinicalTrialsGov],
    },
    savedTrialClosed: {
      text: ({ closedTrials, closedTrialsOn }) =>
        `A trial you saved is no longer recruiting: ${closedTrials}. That is what ClinicalTrials.gov said when you looked it up on ${closedTrialsOn}. Look for other trials, and ask your care team.`,
      sources: [SRC.clinicalTrialsGov],
    },
    savedTrialNotLookedUp: {
      text: ({ notLookedUpTrials }) =>
        `You kept a trial that could not be looked up on ClinicalTrials.gov: ${notLookedUpTrials}. Its status is not known yet. Ask the trial team whether it is recruiting, or check its page on ClinicalTrials.gov.`,
      sources: [SRC.clinicalTrialsGov],
    },
    inTrialNoOptions: {
      text: 'You said no approved treatments are left. Ask your trial team now what you could do if the trial stops working or ends. Expanded access may be a road then.',
    },
  },
  steps: {
    askTrialTeamAfter: { text: 'Ask your trial team what happens when the trial ends, or if you have to leave it.' },
    reportChanges: { text: 'Tell your trial team about any new symptoms or side effects.' },
    bringFindings: { text: 'Use your biomarker results when you search. Some trials are only for tumors with a certain change.' },
    searchCtGov: {
      text: 'Search ClinicalTrials.gov by your cancer, your biomarkers and where you live.',
      sources: [SRC.clinicalTrialsGov],
    },
    searchNci: {
      text: "Search the National Cancer Institute's list of cancer trials too.",
      sources: [SRC.nciTrialSearch],
    },
    callCis: {
      text: 'Call the NCI Cancer Information Service at 1-800-4-CANCER (1-800-422-6237) with questions about trials. Help is in English and Spanish.',
      sources: [SRC.nciContact],
    },
    lookAgain: { text: 'Look again every few months. New trials open, and each trial has its own rules.' },
    widenTravel: { text: 'If no trial is near you, look in a wider area. Ask the trial team if there is help with travel costs.' },
    askCosts: { text: 'Ask the trial team which costs the study pays and which your insurance pays.' },
  },
  questions: {
    afterTrialEnds: 'What happens when the trial ends? Could I keep getting the drug?',
    trialForMe: 'Is there a trial that could fit me? Will you help me find one?',
    whyNotEligible: 'Why could I not join the trial? Could that change?',
    phaseMeaning: 'What phase is the trial, and what does that mean for me?',
    nearbySites: 'Which cancer centers near me run trials?',
    routineCosts: 'What will my insurance pay for during a trial?',
  },
  contacts: {
    ctGov: {
      name: 'ClinicalTrials.gov',
      url: 'https://clinicaltrials.gov',
      source: SRC.clinicalTrialsGov.url,
      reviewed: SRC.clinicalTrialsGov.reviewed,
    },
    nciSearch: {
      name: 'National Cancer Institute: find a cancer trial',
      url: 'https://www.cancer.gov/research/participate/clinical-trials-search',
      source: SRC.nciTrialSearch.url,
      reviewed: SRC.nciTrialSearch.reviewed,
    },
    nciCis: {
      name: 'NCI Cancer Information Service (English and Spanish)',
      phone: '1-800-4-CANCER (1-800-422-6237)',
      url: 'https://www.cancer.gov/contact',
      source: SRC.nciContact.url,
      reviewed: SRC.nciContact.reviewed,
    },
    acsHelpline: {
      name: 'American Cancer Society helpline (every day, all hours)',
      phone: '1-800-227-2345',
      url: 'https://www.cancer.org',
      source: SRC.acs.url,
      reviewed: SRC.acs.reviewed,
    },
  },
} satisfies ClinicalTrialsContent;
