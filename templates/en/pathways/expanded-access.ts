import type { ExpandedAccessContent } from '../../../src/content/pathway-content.types';
import { SRC } from '../sources';

/** Expanded access ("compassionate use"): a drug still being studied, outside a trial, through the FDA. */
export const expandedAccess = {
  title: 'Expanded access (compassionate use)',
  summary:
    'Expanded access is an FDA process. It lets a person with a serious illness get a drug that is still being studied, outside a trial. It is for people with no other good treatment who cannot join a trial. Your doctor asks the drug company, and then the FDA.',
  reasons: {
    inTrial: {
      text: 'Because you said you are in a trial, expanded access is not the road now. It is for people who cannot get the drug in a trial. If you leave the trial or it ends, this could change.',
      sources: [SRC.cfrExpandedAccess],
    },
    approvedForMyCancer: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved for your cancer, your doctor can prescribe it. Expanded access is for drugs you cannot get that way.`,
    },
    optionsLeft: {
      text: 'Because you said your care team says approved treatments are left, expanded access is not the first road now. The FDA asks for "no comparable or satisfactory alternative", and your doctor judges that. This road opens if your doctor finds the remaining treatments unsuitable for you, or if they stop working.',
      sources: [SRC.cfrExpandedAccess],
    },
    approvedElsewhere: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved for another use, your doctor can usually prescribe it off-label instead. Expanded access is mostly for drugs that are not approved yet. If off-label use is not possible for you, ask your oncologist about it.`,
      sources: [SRC.nciOffLabel],
    },
    approvedOutsideUsOnly: {
      text: ({ drug }) =>
        `Because you said ${drug} is approved in another country but not by the FDA, in the US it counts as a drug that is not approved. Expanded access may fit. It also needs no comparable or satisfactory treatment left and no trial you can join. The drug company must agree.`,
      sources: [SRC.cfrExpandedAccess],
    },
    labelFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `The FDA label you looked up for ${labelQuery || drug} on ${labelOn} shows the FDA has approved it for some use. Expanded access is mostly for drugs that are not approved yet. Ask your oncologist about prescribing it, on-label or off-label.`,
      sources: [SRC.openFdaLabel, SRC.cfrExpandedAccess],
    },
    labelNoneFound: {
      text: ({ drug, labelQuery, labelOn }) =>
        `No FDA label was found under the name ${labelQuery || drug} when you looked on ${labelOn}. If the drug is not approved in the US, expanded access may be a road. It also needs no comparable or satisfactory treatment left and no trial you can join. Check the exact name with your care team.`,
      sources: [SRC.openFdaLabel, SRC.cfrExpandedAccess],
    },
    allConditionsMet: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved, no approved treatments are left, and you could not join a trial, expanded access fits well. The drug company must still agree, and the FDA reviews the request.`,
      sources: [SRC.cfrExpandedAccess, SRC.fdaSinglePatient],
    },
    notApprovedSomeUnsure: {
      text: ({ drug }) =>
        `Because you said ${drug} is not approved, expanded access may fit. It also needs no approved treatment left and no trial you can join. Your answers do not make that clear yet.`,
      sources: [SRC.cfrExpandedAccess],
    },
    notEnoughKnown: {
      text: 'We cannot tell yet. Expanded access is for drugs that are not approved, when no approved treatment is left and no trial is possible. Tell us if the drug is approved to sharpen this.',
      sources: [SRC.cfrExpandedAccess],
    },
    oncologistYes: {
      text: 'Because you said your oncologist is open to helping: only a doctor can make this request. Your doctor asks the drug company first, then the FDA.',
      sources: [SRC.fdaSinglePatient],
    },
    oncologistNotOpen: {
      text: 'Because you said your oncologist is not open to helping: only a doctor can ask for expanded access. Another doctor, for example at a cancer center, could ask for you.',
      sources: [SRC.fdaSinglePatient],
    },
    oncologistUnsure: {
      text: 'You are not sure if your oncologist would help. Only a doctor can ask for expanded access, so ask your oncologist.',
      sources: [SRC.fdaSinglePatient],
    },
    optionsUnsure: {
      text: 'You are not sure if approved treatments are left. Ask your oncologist. Expanded access is only for people with no comparable or satisfactory treatment left.',
      sources: [SRC.cfrExpandedAccess],
    },
    trialFirst: {
      text: 'A trial of the drug usually comes first. If you cannot join one, expanded access may be the next road.',
      sources: [SRC.cfrExpandedAccess],
    },
    programListed: {
      text: ({ drug, expandedAccessRecord, expandedAccessOn }) =>
        `ClinicalTrials.gov lists an expanded access program for ${drug} that is available: ${expandedAccessRecord}. You looked this up on ${expandedAccessOn}. So expanded access may fit well. Your doctor asks the drug company about this program. The company must still agree.`,
      sources: [SRC.clinicalTrialsGov, SRC.cfrExpandedAccess],
    },
    programNotAvailable: {
      text: ({ drug, expandedAccessRecords, expandedAccessOn }) =>
        `ClinicalTrials.gov lists expanded access for ${drug}, but none of it is available now: ${expandedAccessRecords}. You looked this up on ${expandedAccessOn}. Your doctor can still ask for the drug for you alone (single-patient expanded access). Ask the drug company about its policy.`,
      sources: [SRC.clinicalTrialsGov, SRC.fdaSinglePatient, SRC.companyPolicies],
    },
    noProgramListed: {
      text: ({ drug, expandedAccessQuery, expandedAccessOn }) =>
        `When you looked on ${expandedAccessOn}, ClinicalTrials.gov listed no expanded access program for ${expandedAccessQuery || drug}. Your doctor can still ask for the drug for you alone (single-patient expanded access). Next, look at the drug company's own expanded access policy and at the Reagan-Udall Foundation's Expanded Access Navigator.`,
      sources: [SRC.clinicalTrialsGov, SRC.fdaSinglePatient, SRC.companyPolicies, SRC.reaganUdall],
    },
    childKidsVCancer: {
      text: 'Because the age you gave is under 18: Kids v Cancer helps doctors of children who ask for compassionate use. Its help is free.',
      sources: [SRC.kidsVCancer],
    },
  },
  steps: {
    checkExistingProgram: {
      text: "First check if the drug already has an expanded access program. Look for an expanded access record for the drug on ClinicalTrials.gov, for the drug company's posted expanded access policy, and in the Reagan-Udall Foundation's Expanded Access Navigator.",
      sources: [SRC.companyPolicies, SRC.reaganUdall, SRC.clinicalTrialsGov],
    },
    askCompanyProgram: {
      text: ({ expandedAccessRecord }) =>
        `Ask the company about this program: ${expandedAccessRecord}. Your doctor makes the request. The program's page on ClinicalTrials.gov has more about it.`,
      sources: [SRC.clinicalTrialsGov],
    },
    askOncologist: {
      text: 'Talk with your oncologist about whether expanded access could fit you. Only your doctor can make the request. Decide together.',
      sources: [SRC.fdaSinglePatient],
    },
    secondOpinion: {
      text: 'If your oncologist will not ask, think about a second opinion at a cancer center. Another doctor can make the request.',
    },
    companyAgrees: {
      text: 'Your doctor first asks the drug company. The company must agree to give the drug. Companies that make drugs for serious illness must post how to ask, but that does not promise you the drug.',
      sources: [SRC.fdaSinglePatient, SRC.companyPolicies],
    },
    projectFacilitate: {
      text: "For a cancer drug, your care team can call the FDA's Project Facilitate at 240-402-0004, weekdays 8:00 a.m. to 4:30 p.m. Eastern. It helps them find the company contact and an ethics board, and fill in the form.",
      sources: [SRC.projectFacilitate, SRC.fdaContacts],
    },
    fdaForm: {
      text: 'Your doctor then sends the request to the FDA on Form FDA 3926. Treatment may start 30 days after the FDA gets it, or sooner if the FDA says so. The FDA says it lets about 99% of requests go ahead.',
      sources: [SRC.fdaSinglePatient, SRC.fdaExpandedAccess],
    },
    irbReview: {
      text: 'An ethics board (IRB) must review the plan before treatment starts, except in an emergency.',
      sources: [SRC.fdaIrb],
    },
    emergency: {
      text: 'In an emergency, your doctor can ask the FDA by phone, and the FDA can let the drug be shipped before the written form. The usual timeline: the company agrees (day 0 to 1); your doctor calls the FDA and you give informed consent (day 1); the ethics board (IRB) is told within 5 working days; the written form is sent within 15 working days. After hours and on weekends, the FDA Emergency Call Center is at 866-300-4374.',
      sources: [SRC.fdaSinglePatient, SRC.fdaEmergencyTimeline, SRC.fdaContacts],
    },
    alsoRightToTry: {
      text: 'Ask about Right to Try too. It is another road to a drug that is still being studied. Read its trade-offs in this list before you decide.',
    },
    afterTrial: {
      text: 'Ask your trial team what happens when the trial ends or if you have to leave it. Expanded access may be a way to keep getting the drug then.',
    },
  },
  questions: {
    noAlternative: 'Is there an approved treatment left that could work as well for me?',
    willYouAsk: 'Would you ask the drug company and the FDA for expanded access for me?',
    companyPolicy: 'Does the drug company have an expanded access policy? Who do we contact?',
    whoPays: 'Who would pay for the drug and for the care that goes with it?',
    trialInstead: 'Is there a trial of this drug I could join instead?',
  },
  contacts: {
    projectFacilitate: {
      name: 'FDA Project Facilitate (for your care team, cancer drugs; weekdays 8:00 a.m. to 4:30 p.m. Eastern)',
      phone: '240-402-0004',
      url: 'https://www.fda.gov/about-fda/oncology-center-excellence/project-facilitate',
      source: SRC.projectFacilitate.url,
      reviewed: SRC.projectFacilitate.reviewed,
    },
    fdaPatientAffairs: {
      name: 'FDA Patient Affairs Staff (weekdays 8:00 a.m. to 4:30 p.m. Eastern)',
      phone: '301-796-8460',
      url: 'https://www.fda.gov/news-events/expanded-access/fdas-expanded-access-contact-information',
      source: SRC.fdaContacts.url,
      reviewed: SRC.fdaContacts.reviewed,
    },
    fdaEmergency: {
      name: 'FDA Emergency Call Center (emergency requests, after hours and weekends)',
      phone: '866-300-4374',
      source: SRC.fdaContacts.url,
      reviewed: SRC.fdaContacts.reviewed,
    },
    reaganUdall: {
      name: 'Reagan-Udall Foundation Expanded Access Navigator (lists company policies)',
      url: 'https://navigator.reaganudall.org',
      source: SRC.reaganUdall.url,
      reviewed: SRC.reaganUdall.reviewed,
    },
    kidsVCancer: {
      name: 'Kids v Cancer: free help for doctors of children with compassionate-use requests',
      url: 'https://www.kidsvcancer.org/compassionate-use/request-our-help/',
      source: SRC.kidsVCancer.url,
      reviewed: SRC.kidsVCancer.reviewed,
    },
  },
} satisfies ExpandedAccessContent;
