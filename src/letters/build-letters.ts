import type { LetterBodies, LetterFact, LetterWords } from '../content/letters-content.types';
import type { Answers, Coverage } from '../domain/answers.schema';
import type { Deadline, Evaluation, PathwayId } from '../domain/evaluation.schema';
import { LETTER_IDS, type Letter, type LetterBlock, type LetterId } from './letter-document';

/** What the letters are made from. Pure: no clock (the date is passed in), no I/O. */
export type LettersInput = {
  answers: Answers;
  /** The evaluation of the same answers, in the person's language. */
  evaluation: Evaluation;
  /** The letters' bodies, in English (templates/en/letters.ts). */
  bodies: LetterBodies;
  /** The notes to the person, in their language (templates/<lang>/letter-words.ts). */
  words: LetterWords;
  /** The person's language, BCP 47. */
  lang: string;
  /** The day the letters are made, YYYY-MM-DD. */
  madeOn: string;
};

const INSURED: readonly Coverage[] = ['private', 'marketplace', 'medicare', 'medicare-advantage', 'medicaid', 'military-va', 'other'];

function fitOf(evaluation: Evaluation, id: PathwayId) {
  return evaluation.pathways.find((p) => p.id === id)?.fit ?? 'unlikely';
}

function isInsured(answers: Answers): boolean {
  const coverage = answers.insurance?.coverage;
  return coverage !== undefined && INSURED.includes(coverage);
}

function appealApplies(answers: Answers): boolean {
  const approval = answers.drugOfInterest?.approval;
  // An appeal asks a plan to pay for a drug it may legally pay for: not one the FDA has not approved.
  return answers.insurance?.deniedBefore === true && isInsured(answers) && approval !== 'not-approved' && approval !== 'approved-outside-us-only';
}

/**
 * Which letters fit these answers, in the order they are offered. Only the letters a road needs:
 * no expanded-access request for a drug approved for the cancer or for someone in a trial, no
 * appeal without a refusal, no letter to an insurer for someone without insurance.
 */
export function lettersThatApply(answers: Answers, evaluation: Evaluation): LetterId[] {
  const approval = answers.drugOfInterest?.approval;
  // Expanded access is for a drug the FDA has not approved: known to be so, or named and not sure
  // (and no FDA label found for it when it was looked up).
  const hasFdaLabel = (answers.drugOfInterest?.label?.labels.length ?? 0) > 0;
  const unapproved =
    !hasFdaLabel &&
    (approval === 'not-approved' || approval === 'approved-outside-us-only' || (approval === 'unsure' && present(answers.drugOfInterest?.name) !== undefined));
  const expandedAccess = unapproved && fitOf(evaluation, 'expanded-access') !== 'unlikely' && answers.trials?.status !== 'in-a-trial';
  const appeal = appealApplies(answers);
  const approvedDrug = approval === 'approved-for-other-use' || approval === 'approved-for-my-cancer' || approval === 'unsure';
  const necessity = isInsured(answers) && approvedDrug && (fitOf(evaluation, 'off-label') !== 'unlikely' || appeal);
  const applies: Record<LetterId, boolean> = {
    'expanded-access-request': expandedAccess,
    'fda-3926-worksheet': expandedAccess,
    'insurance-appeal': appeal,
    'medical-necessity': necessity,
  };
  return LETTER_IDS.filter((id) => applies[id]);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** C0 and C1 control characters: no text at all, and refused by XML. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Typed text made safe for a letter: one line, no control characters (XML, and so Word, refuses
 * them), no broken surrogate pairs. It stays text: nothing here is ever read as markup.
 */
export function plain(text: string): string {
  return text
    .normalize('NFC')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\uFFFE\uFFFF]/gu, '\uFFFD')
    .replace(/[\r\n\t\u2028\u2029\u0085]+/gu, ' ')
    .split('')
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join('')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}

function present(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = plain(text);
  return cleaned === '' ? undefined : cleaned;
}

/** "Breast cancer" reads "breast cancer" inside a sentence; "AML" stays "AML". */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** The appeal deadlines the rules worked out from the date of the refusal (earliest first), when they did. */
export function appealDeadlines(evaluation: Evaluation): Deadline[] {
  return evaluation.deadlines.filter((d) => d.basedOn.includes('insurance.deniedOn'));
}

type Facts = {
  drug: string;
  drugForPerson: string;
  cancer: string;
  stage: string | undefined;
  findings: string | undefined;
  treatments: string[];
};

function factsOf(answers: Answers, bodies: LetterBodies, words: LetterWords): Facts {
  const diagnosis = answers.diagnosis;
  const typed = present(diagnosis?.cancerTypeOther);
  const cancer =
    diagnosis?.cancerType === 'other'
      ? (typed ?? bodies.theCancer)
      : diagnosis?.cancerType
        ? inSentence(bodies.cancerNames[diagnosis.cancerType])
        : bodies.theCancer;
  const stage = diagnosis?.stage && diagnosis.stage !== 'unsure' ? bodies.stages[diagnosis.stage] : undefined;
  const findings = (answers.biomarkers?.findings ?? []).map(plain).filter((f) => f !== '');
  const germline = (answers.biomarkers?.germlineFindings ?? []).map(plain).filter((f) => f !== '');
  const drug = present(answers.drugOfInterest?.name);
  return {
    drug: drug ?? bodies.theDrug,
    drugForPerson: drug ?? words.theDrug,
    cancer,
    stage,
    findings: findings.length + germline.length > 0 ? [...findings, ...germline].join(', ') : undefined,
    treatments: (answers.treatments?.tried ?? []).flatMap((t) => {
      const name = present(t.name);
      return name ? [bodies.common.treatment(name, bodies.outcomes[t.outcome])] : [];
    }),
  };
}

/** Collects the blocks of one letter and the sources of the facts it states. */
class Draft {
  readonly blocks: LetterBlock[] = [];
  readonly sources: Letter['sources'] = [];
  heading(text: string) {
    this.blocks.push({ kind: 'heading', text });
  }
  paragraph(text: string) {
    this.blocks.push({ kind: 'paragraph', text });
  }
  list(items: string[]) {
    if (items.length > 0) this.blocks.push({ kind: 'list', items });
  }
  field(label: string, value?: string) {
    this.blocks.push(value === undefined ? { kind: 'field', label } : { kind: 'field', label, value });
  }
  fact(fact: LetterFact) {
    this.paragraph(fact.text);
    this.cite(fact);
  }
  cite(fact: LetterFact) {
    if (!this.sources.some((s) => s.label === fact.label && s.source.url === fact.source.url)) {
      this.sources.push({ label: fact.label, source: fact.source });
    }
  }
}

function situation(draft: Draft, facts: Facts, answers: Answers, bodies: LetterBodies, withInitials: boolean) {
  const c = bodies.common;
  if (withInitials) draft.field(c.patientInitials);
  if (answers.age !== undefined) draft.field(c.age, String(answers.age));
  draft.paragraph(c.diagnosis(facts.cancer, facts.stage));
  if (facts.findings) draft.paragraph(c.biomarkers(facts.findings));
}

function treatments(draft: Draft, facts: Facts, bodies: LetterBodies) {
  if (facts.treatments.length > 0) draft.list(facts.treatments);
  else draft.paragraph(bodies.common.noTreatmentsListed);
}

function doctor(draft: Draft, bodies: LetterBodies) {
  const c = bodies.common;
  draft.heading(c.doctorHeading);
  for (const label of [c.doctorName, c.doctorPractice, c.doctorAddress, c.doctorPhone, c.doctorEmail, c.signature, c.date]) draft.field(label);
}

function expandedAccessLetter(draft: Draft, facts: Facts, answers: Answers, bodies: LetterBodies) {
  const t = bodies.expandedAccess;
  draft.field(bodies.common.date);
  draft.field(t.to);
  draft.paragraph(t.subject(facts.drug));
  draft.paragraph(t.opening(facts.drug));
  draft.heading(t.situationHeading);
  situation(draft, facts, answers, bodies, true);
  draft.heading(t.treatmentsHeading);
  treatments(draft, facts, bodies);
  draft.heading(t.alternativeHeading);
  if (answers.treatments?.standardOptionsLeft === 'no') draft.paragraph(t.noOptionsLeft);
  draft.paragraph(t.alternativeBlank);
  if (answers.trials?.status === 'looked-not-eligible') draft.paragraph(t.trialsNotEligible);
  draft.fact(t.criteria);

  draft.heading(t.programmeHeading);
  const lookup = answers.drugOfInterest?.expandedAccess;
  const records = [...(lookup?.records ?? [])].sort((a, b) => Number(b.status === 'AVAILABLE') - Number(a.status === 'AVAILABLE')).slice(0, 3);
  if (lookup && records.length > 0) {
    draft.paragraph(t.programmeIntro);
    draft.list(records.map((r) => t.programmeRecord(r.nctId, plain(r.title), plain(r.status), bodies.formatDate(lookup.retrievedOn))));
  } else {
    draft.paragraph(t.noProgrammeListed);
  }

  draft.heading(t.requestHeading);
  draft.paragraph(t.request(facts.drug));
  draft.paragraph(t.closing);
  doctor(draft, bodies);
}

function worksheet(draft: Draft, facts: Facts, answers: Answers, bodies: LetterBodies) {
  const t = bodies.fda3926;
  draft.fact(t.notTheForm);
  draft.heading(t.beforeHeading);
  draft.list([t.companyAgreement.text, t.projectFacilitate.text]);
  draft.cite(t.companyAgreement);
  draft.cite(t.projectFacilitate);
  draft.heading(t.patientHeading);
  draft.field(t.initialsOnly);
  if (answers.age !== undefined) draft.field(bodies.common.age, String(answers.age));
  draft.heading(t.historyHeading);
  draft.paragraph(bodies.common.diagnosis(facts.cancer, facts.stage));
  if (facts.findings) draft.paragraph(bodies.common.biomarkers(facts.findings));
  treatments(draft, facts, bodies);
  draft.paragraph(t.historyBlank);
  draft.heading(t.planHeading);
  const plan = t.planFields;
  draft.field(plan.drug, facts.drug === bodies.theDrug ? undefined : facts.drug);
  for (const label of [plan.dose, plan.route, plan.length, plan.monitoring, plan.stopping]) draft.field(label);
  draft.heading(t.irbHeading);
  draft.fact(t.irbRule);
  draft.fact(t.irbChair);
  draft.field(t.irbName);
  draft.field(t.irbContact);
  draft.heading(t.timingHeading);
  draft.fact(t.nonEmergency);
  draft.fact(t.emergency);
  draft.fact(t.timeToComplete);
  draft.paragraph(t.doctorIsSponsor);
  doctor(draft, bodies);
}

function appealLetter(draft: Draft, facts: Facts, answers: Answers, evaluation: Evaluation, bodies: LetterBodies) {
  const t = bodies.appeal;
  const coverage = answers.insurance?.coverage;
  const givenHow = answers.drugOfInterest?.givenHow;
  const medicare = coverage === 'medicare' || coverage === 'medicare-advantage';
  const privatePlan = coverage === 'private' || coverage === 'marketplace';
  const partD = medicare && givenHow !== 'in-clinic';
  const partB = medicare && givenHow !== 'at-home';

  draft.field(bodies.common.date);
  draft.field(t.to);
  draft.field(t.memberName);
  draft.field(t.memberId);
  draft.field(t.reference);
  const deniedOn = answers.insurance?.deniedOn;
  draft.field(t.deniedOn, deniedOn ? bodies.formatDate(deniedOn) : undefined);
  draft.paragraph(t.opening(facts.drug, facts.cancer));

  if (privatePlan || partD) {
    draft.heading(t.urgentHeading);
    draft.paragraph(t.urgentKeepIf);
    draft.fact(privatePlan ? t.urgent : t.urgentPartD);
    if (privatePlan) draft.fact(t.urgentExternal);
  }

  draft.heading(t.whyHeading);
  if (answers.drugOfInterest?.approval === 'approved-for-my-cancer') {
    draft.paragraph(t.onLabel(facts.drug));
  } else {
    draft.paragraph(t.offLabelUse(facts.drug));
    if (medicare) draft.fact(t.medicareCompendia);
    if (coverage === 'medicaid') draft.fact(t.medicaidAccepted);
    if (medicare || coverage === 'medicaid') draft.paragraph(t.compendiumBlank);
    if (privatePlan) {
      draft.fact(t.stateLaw);
      draft.paragraph(t.stateLawAsk(answers.residenceState && bodies.stateNames[answers.residenceState]));
    }
  }
  draft.paragraph(t.medicalNecessity);
  if (coverage === 'military-va' || coverage === 'other') draft.paragraph(t.otherRoute);

  draft.heading(t.treatmentsHeading);
  draft.paragraph(bodies.common.diagnosis(facts.cancer, facts.stage));
  treatments(draft, facts, bodies);

  draft.heading(t.deadlineHeading);
  const deadlines = appealDeadlines(evaluation);
  for (const deadline of deadlines) {
    const route = Object.hasOwn(t.routes, deadline.id) ? t.routes[deadline.id as keyof typeof t.routes] : t.routes.other;
    draft.paragraph(t.lastDay(bodies.formatDate(deadline.date), route));
  }
  if (deadlines.length === 0) draft.paragraph(t.readLetterDeadline);
  if (privatePlan) draft.fact(t.privateDeadlines);
  if (partD) draft.fact(t.partDDeadline);
  if (partB) draft.fact(coverage === 'medicare' ? t.partBDeadline : t.advantageDeadline);
  if (coverage === 'medicaid') draft.fact(t.medicaidDeadline);

  draft.heading(t.enclosedHeading);
  draft.list(t.enclosed);
  draft.paragraph(t.closing);
  draft.field(t.memberSignature);
  draft.field(t.memberName);
  draft.field(t.memberPhone);
  draft.field(bodies.common.date);
}

function necessityLetter(draft: Draft, facts: Facts, answers: Answers, bodies: LetterBodies) {
  const t = bodies.medicalNecessity;
  draft.field(bodies.common.date);
  draft.field(t.to);
  draft.field(t.patientName);
  draft.field(t.birthDate);
  draft.field(t.memberId);
  draft.paragraph(t.opening(facts.drug, facts.cancer));
  draft.heading(t.diagnosisHeading);
  situation(draft, facts, answers, bodies, false);
  draft.heading(t.treatmentsHeading);
  treatments(draft, facts, bodies);
  draft.heading(t.necessityHeading);
  draft.paragraph(t.necessityBlank);
  if (answers.drugOfInterest?.approval !== 'approved-for-my-cancer') draft.paragraph(t.offLabel(facts.drug));
  draft.paragraph(t.evidenceBlank);
  draft.heading(t.withoutHeading);
  draft.paragraph(t.withoutBlank);
  draft.paragraph(t.closing);
  doctor(draft, bodies);
}

const TITLES = (bodies: LetterBodies, drug: string): Record<LetterId, string> => ({
  'expanded-access-request': bodies.expandedAccess.title,
  'fda-3926-worksheet': bodies.fda3926.title,
  'insurance-appeal': bodies.appeal.title(drug),
  'medical-necessity': bodies.medicalNecessity.title,
});

/** Drafts the letters that fit the answers: each a body in English and a note in the person's language. */
export function buildLetters({ answers, evaluation, bodies, words, lang, madeOn }: LettersInput): Letter[] {
  const facts = factsOf(answers, bodies, words);
  const titles = TITLES(bodies, facts.drug);
  return lettersThatApply(answers, evaluation).map((id) => {
    const draft = new Draft();
    if (id === 'expanded-access-request') expandedAccessLetter(draft, facts, answers, bodies);
    if (id === 'fda-3926-worksheet') worksheet(draft, facts, answers, bodies);
    if (id === 'insurance-appeal') appealLetter(draft, facts, answers, evaluation, bodies);
    if (id === 'medical-necessity') necessityLetter(draft, facts, answers, bodies);
    const noteWords = words.notes[id];
    // The rules' own sentences, in the person's language: which appeal, by which day, counted from what.
    const deadlines = id === 'insurance-appeal' ? appealDeadlines(evaluation).map((d) => d.text) : [];
    return {
      id,
      title: titles[id],
      titleForPerson: noteWords.title,
      lang: 'en',
      fileName: bodies.fileName(id, madeOn),
      draftNotice: bodies.draftNotice,
      blocks: draft.blocks,
      sources: draft.sources,
      sourcesHeading: bodies.sourcesHeading,
      note: {
        what: noteWords.what(facts.drugForPerson),
        whoSigns: noteWords.whoSigns,
        whereItGoes: noteWords.whereItGoes,
        ...(id === 'insurance-appeal' ? { deadline: deadlines.length > 0 ? deadlines.join(' ') : words.deadlineOnLetter } : {}),
        ...(lang.split('-')[0] !== 'en' ? { inEnglish: words.inEnglish } : {}),
      },
    } satisfies Letter;
  });
}
