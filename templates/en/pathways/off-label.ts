import type { OffLabelContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../sources';

/** Off-label prescribing: an approved drug used for another cancer, dose or way of giving it. */
export const offLabel = {
  title: 'Off-label prescribing',
  summary:
    'A drug the FDA approved for one use can be prescribed for another. This is called off-label use. It is legal and common in cancer care. Your doctor decides. The hard part is often getting it paid for.',
  reasons: {
    onLabel: {
      text: ({ drug }) =>
        `Because you said ${drug} is already approved for your cancer, using it would be on-label, not off-label. Your doctor can prescribe it in the usual way. If cost is the problem, see help with costs.`,
      sources: [SRC.nciOffLabel],
    },
    notApprovedAnywhere: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved for any use, it cannot be prescribed off-label. A trial, expanded access or Right to Try are the roads for a drug like this. If it is approved for another use later, this could change.`,
      sources: [SRC.nciOffLabel],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved in another country but not in the US, the FDA has not approved it for any use. So it cannot be prescribed off-label here. Expanded access, Right to Try or a trial are the roads for a drug like this. If the FDA approves it later, this could change.`,
      sources: [SRC.nciOffLabel],
    },
    labelNamesCancer: {
      text: ({ drug, labelQuery, labelOn, labelSentence, labelConditions }) =>
        `The FDA label you looked up for ${labelQuery || drug} on ${labelOn} names your cancer: “${labelSentence}”${labelConditions ? ` It asks for ${labelConditions}.` : ''} Ask your oncologist whether you fit this use. If you do, using it would be on-label, not off-label. If you do not, off-label use may still be possible.`,
      sources: [SRC.openFdaLabel],
    },
    labelOtherUsesOnly: {
      text: ({ drug, labelQuery, labelOn }) =>
        `The FDA label you looked up for ${labelQuery || drug} on ${labelOn} lists other uses, not your cancer. So using it for your cancer would be off-label. Your doctor can prescribe it off-label. The hard part is often getting it paid for.`,
      sources: [SRC.openFdaLabel, SRC.nciOffLabel],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No FDA label was found under the name ${labelQuery || drug} when you looked on ${labelOn}. This often means the drug is not FDA-approved in the US, or it has a different name or spelling. A drug with no FDA approval cannot be prescribed off-label. Ask your care team for the exact name.`,
      sources: [SRC.openFdaLabel],
    },
    oncologistNotOpen: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved for another use, off-label use could fit. But you said your oncologist is not open to asking for it. A doctor has to prescribe it. A second opinion could change this.`,
    },
    approvedForOtherUse: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved for another use, your doctor can prescribe it for your cancer off-label. The hard part is often getting it paid for.`,
      sources: [SRC.nciOffLabel, SRC.acsOffLabel],
    },
    findingsPointToDrug: {
      text: ({ findings }) =>
        `Because your tumor test found ${findings}, a drug approved for another cancer with the same change may fit. Ask your oncologist.`,
    },
    approvalUnsure: {
      text: ({ drug }) =>
        `You said you are not sure if ${drug} is approved. If it is approved for another use, off-label use could fit. Ask your oncologist or pharmacist.`,
    },
    noDrugYet: {
      text: 'You have not told us if the drug you have in mind is approved. Off-label use is common in cancer care. Tell us about the drug to sharpen this.',
      sources: [SRC.nciOffLabel],
    },
    medicareCompendia: {
      text: 'Because you have Medicare: Medicare pays for off-label cancer drugs when the use is backed by a drug compendium or by published studies. A compendium is an official drug reference book.',
      sources: [SRC.cmsCompendia],
    },
    privatePlanStateLaw: {
      text: 'Because you have private or marketplace insurance: most states (41 in 2024) have a law about paying for cancer drugs used off-label. There is no federal rule for private plans. If your plan is a self-funded employer plan (your employer pays the claims itself), ask your plan if your state law applies. Ask your plan what it covers.',
      sources: [SRC.avalereStateLaws],
    },
    otherCoverageAsk: {
      text: 'Because of your type of insurance: insurers often call off-label use experimental and say no. Ask your plan what it needs. Asking the plan first (prior authorization) is common.',
      sources: [SRC.acsOffLabel],
    },
    uninsuredPays: {
      text: 'Because you said you have no insurance, you or a help program would pay for the drug. See help with costs.',
    },
    deniedCanAppeal: {
      text: 'Because you said an insurer said no before: you can appeal. First you ask the plan to look again. Then you can ask for a review by someone outside the plan (external review).',
      sources: [SRC.acsOffLabel, SRC.healthcareGovAppeal],
    },
    medicaidAcceptedUses: {
      text: 'Because you have Medicaid: Medicaid must cover drugs for "medically accepted" uses. These include off-label uses backed by a drug compendium, an official drug reference book. Your plan may ask to approve the drug first (prior authorization). Ask your doctor\'s office to check the compendium listing.',
      sources: [SRC.medicaidAcceptedUses, SRC.medicaidOffLabel],
    },
    findingsSupportCase: {
      text: ({ findings, drug }) =>
        `Because your tumor test found ${findings}, your doctor may use that result to show why ${drug} could help you.`,
    },
  },
  steps: {
    askOncologistEvidence: {
      text: ({ drug }) => `Ask your oncologist if off-label use of ${drug} makes sense for you, and what studies support it. Decide together.`,
    },
    biomarkerFirst: { text: 'Ask about biomarker testing first. The results can show which drugs may work for your tumor.' },
    medicareCompendiaCheck: {
      text: "Ask your oncologist's office to check that this use is listed as supported in a compendium Medicare accepts, such as the NCCN Drugs & Biologics Compendium.",
      sources: [SRC.cmsCompendia],
    },
    priorAuthorization: {
      text: 'Ask the office to get prior authorization from your plan before you start. This means the plan agrees to pay first.',
      sources: [SRC.acsOffLabel],
    },
    appealDenial: {
      text: 'If the plan says no, appeal. Ask the office for a letter that says why you need the drug. Keep copies of everything.',
      sources: [SRC.healthcareGovAppeal],
    },
    costHelp: { text: 'If cost stands in the way, look at help with costs in this list.' },
    otherRoads: { text: 'Ask your oncologist about a trial, expanded access or Right to Try. You can read about each one in this list.' },
  },
  questions: {
    evidenceForMe: ({ drug }) => `What studies support using ${drug} for my cancer?`,
    compendiumListing: 'Is this use listed in a compendium that Medicare accepts?',
    priorAuthWho: 'Who in your office handles prior authorization?',
    ifDenied: 'If my plan says no, will you help me appeal?',
    onLabelInstead: 'Is there a drug approved for my cancer that could work as well?',
    labelMayBeOnLabel: ({ drug }) => `The FDA label of ${drug} seems to name my cancer. Is it approved for my cancer, so that it would be on-label for me?`,
  },
  contacts: {
    nciCis: {
      name: 'NCI Cancer Information Service',
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
} satisfies OffLabelContent;
