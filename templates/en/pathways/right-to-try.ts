import type { RightToTryContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../sources';

/** Right to Try: the 2018 federal law, always shown beside expanded access with its trade-offs. */
export const rightToTry = {
  title: 'Right to Try',
  summary:
    'Right to Try is a federal law from 2018. It is another road to a drug that is still being studied, for a life-threatening illness. It skips the FDA request. It sits beside expanded access, not in place of it.',
  reasons: {
    inTrial: {
      text: 'Because you said you are in a trial, Right to Try is not the road now. It is for people who cannot join a trial of the drug. If you leave the trial or it ends, this could change.',
      sources: [SRC.fdaRightToTry],
    },
    approvedDrug: {
      text: ({ drug }) => `Because you said ${drug} is approved, Right to Try does not apply. It is only for drugs not approved for any use.`,
      sources: [SRC.fdaRightToTry],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved in another country but not by the FDA, Right to Try could be a road in the US. The drug must have finished a phase 1 trial, the company must agree, and your doctor must confirm you cannot join a trial of it. Ask about expanded access first.`,
      sources: [SRC.fdaRightToTry],
    },
    labelFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `The FDA label you looked up for ${labelQuery || drug} on ${labelOn} shows the FDA has approved it. Right to Try is only for drugs not approved for any use, so it does not apply.`,
      sources: [SRC.openFdaLabel, SRC.fdaRightToTry],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No FDA label was found under the name ${labelQuery || drug} when you looked on ${labelOn}. If the drug is not approved in the US, Right to Try could be a road. The drug must have finished a phase 1 trial, and the company must agree. Ask about expanded access first.`,
      sources: [SRC.openFdaLabel, SRC.fdaRightToTry],
    },
    optionsLeft: {
      text: 'Because you said approved treatments are left, Right to Try does not fit now. It is only for people who have used up approved treatments. That could change later.',
      sources: [SRC.fdaRightToTry],
    },
    trialFirst: {
      text: 'Because you are still looking at trials, Right to Try is not a road yet. Your doctor has to confirm you cannot join a trial of the drug. If no trial will take you, this could change.',
      sources: [SRC.fdaRightToTry],
    },
    conditionsMet: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved, no approved treatments are left, and you could not join a trial, Right to Try could be a road. The drug must have finished a phase 1 trial, and the company must agree. Ask about expanded access first.`,
      sources: [SRC.fdaRightToTry],
    },
    notInterestedInTrials: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved, Right to Try could be a road. But the law asks your doctor to confirm that you cannot join a trial of the drug. Not wanting to join may not be enough.`,
      sources: [SRC.fdaRightToTry],
    },
    notApprovedSomeUnsure: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved, Right to Try could be a road. It also needs approved treatments to be used up and no trial you can join. Your answers do not make that clear yet.`,
      sources: [SRC.fdaRightToTry],
    },
    notEnoughKnown: {
      text: 'We cannot tell yet. Right to Try is only for drugs not approved for any use, after approved treatments are used up, when you cannot join a trial. Tell us if the drug is approved to sharpen this.',
      sources: [SRC.fdaRightToTry],
    },
  },
  steps: {
    expandedAccessFirst: { text: 'Ask about expanded access first. Right to Try sits beside it, not in place of it.' },
    tradeOffs: {
      text: 'Know the trade-offs. Right to Try skips the FDA request and the ethics board (IRB) review. That means fewer safety checks. The company can still say no, and it may charge you. No insurer has to pay.',
      sources: [SRC.fdaRightToTry],
    },
    checkDrug: {
      text: 'Check that the drug can be used this way. It must have finished a phase 1 trial, not be approved for any use, and still be in active development.',
      sources: [SRC.fdaRightToTry],
    },
    companyAgrees: {
      text: 'Your doctor asks the drug company. Your doctor must confirm that you cannot join a trial of the drug. You sign a written consent form.',
      sources: [SRC.fdaRightToTry],
    },
    costs: { text: 'Ask the company what it would charge. Ask your insurer what it would pay for the care around the drug.' },
  },
  questions: {
    rttOrEa: 'For me, which is better: expanded access or Right to Try? Why?',
    phaseOne: 'Has this drug finished a phase 1 trial? Is it still being developed?',
    companyWilling: 'Will the company give the drug under Right to Try? What would it cost?',
    certifyTrial: 'Can you confirm in writing that I cannot join a trial of this drug?',
  },
  contacts: {
    fdaRightToTry: {
      name: 'FDA: Right to Try',
      url: 'https://www.fda.gov/patients/learn-about-expanded-access-and-other-treatment-options/right-try',
      source: SRC.fdaRightToTry.url,
      reviewed: SRC.fdaRightToTry.reviewed,
    },
  },
} satisfies RightToTryContent;
