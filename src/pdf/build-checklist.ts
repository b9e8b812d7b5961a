import type { ChecklistContent } from '../content/checklist-content.types';
import type { Answers } from '../domain/answers.schema';
import type { CancerTypeId } from '../domain/cancer-types';
import type { Evaluation, Fit, PathwayId, PathwayResult } from '../domain/evaluation.schema';
import type {
  ChecklistBlock,
  ChecklistDocument,
  ContactEntry,
  FactRow,
  GlossaryEntry,
  QuestionGroup,
  ReplacedCharacter,
} from './checklist-document';
import { clinicianSummaryBlocks, type NavigatorChecklistWords } from './clinician-summary';
import { toPrintable } from './printable-text';

/** The parts of a language bundle the checklist reads: its own words and the engine's and wizard's names. */
export type ChecklistSources = {
  lang: string;
  checklist: ChecklistContent;
  pathways: Record<PathwayId, { title: string }> & { fitNames: Record<Fit, string> };
  documents: { items: Record<string, string> };
  glossary: Record<string, { term: string; definition: string }>;
  wizard: { cancerTypes: Record<CancerTypeId, { name: string }> };
  /** Navigator mode's words (src/pdf/clinician-summary.ts); without them, no clinician page (and so no navigator notes). */
  navigator?: NavigatorChecklistWords;
};

export type ChecklistInput = {
  answers: Answers;
  evaluation: Evaluation;
  content: ChecklistSources;
  /** The day the checklist is made, YYYY-MM-DD (passed in: the builder reads no clock). */
  madeOn: string;
  /** Navigator mode: a clinician summary after the patient's pages; the navigator's private notes print there only. */
  clinicianSummary?: boolean;
};

function formatDate(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

function summaryRows(answers: Answers, content: ChecklistSources): FactRow[] {
  const t = content.checklist.summary;
  const v = content.checklist.values;
  const or = (value: string | undefined) => (present(value) ? value : t.notAnswered);
  const rows: FactRow[] = [];

  rows.push({ label: t.filledBy, value: or(answers.filledBy && v.filledBy[answers.filledBy]) });

  const appointment = answers.appointment;
  if (present(appointment?.date) || present(appointment?.clinician)) {
    const date = present(appointment?.date) ? formatDate(appointment.date, content.lang) : undefined;
    rows.push({ label: t.appointment, value: t.appointmentWith(date, present(appointment?.clinician) ? appointment.clinician : undefined) });
  }

  const diagnosis = answers.diagnosis;
  const cancer =
    diagnosis?.cancerType === 'other' && present(diagnosis.cancerTypeOther)
      ? diagnosis.cancerTypeOther
      : diagnosis?.cancerType && content.wizard.cancerTypes[diagnosis.cancerType].name;
  rows.push({ label: t.cancer, value: or(cancer) });
  rows.push({ label: t.stage, value: or(diagnosis?.stage && v.stage[diagnosis.stage]) });

  const biomarkers = answers.biomarkers;
  const findings = (biomarkers?.findings ?? []).filter(present);
  rows.push({
    label: t.biomarkers,
    value: or(
      biomarkers?.testing === 'done' && findings.length > 0
        ? v.testingDoneWith(findings.join(', '))
        : biomarkers?.testing && v.testing[biomarkers.testing],
    ),
  });

  const tried = answers.treatments?.tried;
  if (!tried || tried.length === 0) rows.push({ label: t.treatments, value: tried ? t.noneListed : t.notAnswered });
  const left = answers.treatments?.standardOptionsLeft;
  rows.push({ label: t.standardOptionsLeft, value: or(left && v.yesNoUnsure[left]) });

  const drug = answers.drugOfInterest;
  const drugName = present(drug?.name) ? drug.name : undefined;
  const approval = drug?.approval && v.approval[drug.approval];
  rows.push({ label: t.drugOfInterest, value: drugName || approval ? t.drug(drugName, approval) : t.notAnswered });

  const insurance = answers.insurance;
  const coverage = insurance?.coverage && v.coverage[insurance.coverage];
  rows.push({
    label: t.insurance,
    value: or(coverage && answers.residenceState ? v.coverageInState(coverage, answers.residenceState) : coverage),
  });
  rows.push({
    label: t.deniedBefore,
    value: insurance?.deniedBefore === undefined ? t.notAnswered : insurance.deniedBefore ? v.deniedBefore.yes : v.deniedBefore.no,
  });
  rows.push({ label: t.costConcern, value: or(insurance?.costConcern && v.costConcern[insurance.costConcern]) });

  const trials = answers.trials;
  const status = trials?.status && v.trialStatus[trials.status];
  const travel = trials?.travel && v.travel[trials.travel];
  const where = travel && trials?.zip ? v.travelWithZip(travel, trials.zip) : travel;
  rows.push({ label: t.trials, value: status || where ? t.trialsValue(status, where) : t.notAnswered });

  const careTeam = answers.careTeam;
  const open = careTeam?.oncologistOpenToHelp && v.openToHelp[careTeam.oncologistOpenToHelp];
  const setting = careTeam?.setting && v.setting[careTeam.setting];
  rows.push({ label: t.careTeam, value: open || setting ? t.careTeamValue(open, setting) : t.notAnswered });
  return rows;
}

function contactEntries(pathway: PathwayResult, t: ChecklistContent['pathways']): ContactEntry[] {
  return pathway.contacts.map((contact) => {
    const lines: ContactEntry['lines'] = [];
    if (contact.phone) lines.push({ label: t.phone, value: contact.phone });
    if (contact.url) lines.push({ label: t.web, value: contact.url, link: contact.url });
    if (contact.source !== contact.url) lines.push({ label: t.source, value: contact.source, link: contact.source });
    return { name: contact.name, lines };
  });
}

function questionGroups(evaluation: Evaluation, content: ChecklistSources): QuestionGroup[] {
  const seen = new Set<string>();
  const groups: QuestionGroup[] = [];
  for (const pathway of evaluation.pathways) {
    // The same question can come from two roads; ask it once, under the stronger one.
    const questions = pathway.questions.filter((q) => !seen.has(q));
    questions.forEach((q) => seen.add(q));
    if (questions.length > 0) groups.push({ heading: content.pathways[pathway.id].title, questions });
  }
  return groups;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Glossary entries whose term (or its short form before a bracket) appears in the text, sorted by term. */
function termsUsed(text: string, content: ChecklistSources): GlossaryEntry[] {
  const used = Object.values(content.glossary).filter((entry) => {
    const forms = [entry.term, entry.term.replace(/\s*\(.*\)\s*$/u, '')].filter((form) => form.length > 1);
    return forms.some((form) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu').test(text));
  });
  const collator = new Intl.Collator(content.lang);
  return used.map(({ term, definition }) => ({ term, definition })).sort((a, b) => collator.compare(a.term, b.term));
}

/** Every string in a block tree, for finding which glossary terms the checklist uses. */
function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('\n');
  return '';
}

/** Replaces every string in a block tree with its printable form. */
function printable<T>(value: T, marker: string, replaced: ReplacedCharacter[]): T {
  if (typeof value === 'string') return toPrintable(value, marker, replaced) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printable(item, marker, replaced)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printable(item, marker, replaced)])) as T;
  }
  return value;
}

/** The trials the person kept (trials.saved): each with its status, phase, nearest site, contact and questions for its team. */
function savedTrialBlocks(answers: Answers, content: ChecklistSources): ChecklistBlock[] {
  const saved = answers.trials?.saved ?? [];
  if (saved.length === 0) return [];
  const w = content.checklist.savedTrials;
  const blocks: ChecklistBlock[] = [{ kind: 'heading', level: 1, text: w.heading }, { kind: 'paragraph', text: w.intro }];
  for (const trial of saved) {
    const rows: FactRow[] = [
      { label: w.labels.status, value: w.status(trial.status) },
      { label: w.labels.phase, value: w.phase(trial.phases ?? []) },
    ];
    const site = trial.nearestSite;
    const place = [site?.facility, site?.city, site?.state, site?.zip].filter((part) => part !== undefined && part.trim() !== '').join(', ');
    if (place) rows.push({ label: w.labels.nearestSite, value: w.site(place, site?.distanceMiles) });
    const contact = [trial.contact?.name, trial.contact?.phone, trial.contact?.email].filter((part) => part !== undefined && part.trim() !== '').join(', ');
    if (contact) rows.push({ label: w.labels.contact, value: contact });
    rows.push({ label: w.labels.lookedUp, value: formatDate(trial.retrievedOn, content.lang) });
    rows.push({ label: w.labels.page, value: `https://clinicaltrials.gov/study/${trial.nctId}` });
    blocks.push(
      { kind: 'heading', level: 2, text: `${trial.nctId}: ${trial.title}` },
      { kind: 'facts', rows },
      { kind: 'heading', level: 3, text: w.questionsHeading },
      { kind: 'checklist', items: w.questions },
    );
  }
  return blocks;
}

/** Turns answers and their evaluation into the checklist's words and structure, ready to lay out. */
export function buildChecklist({ answers, evaluation, content, madeOn, clinicianSummary = false }: ChecklistInput): ChecklistDocument {
  const c = content.checklist;
  const fitName = (fit: Fit) => content.pathways.fitNames[fit];
  const blocks: ChecklistBlock[] = [
    { kind: 'title', text: c.cover.title, subtitle: c.cover.madeOn(formatDate(madeOn, content.lang), c.productName) },
    { kind: 'write-in', label: c.cover.nameWriteIn },
    { kind: 'paragraph', text: c.cover.intro },
    { kind: 'heading', level: 2, text: c.cover.glanceHeading },
    {
      kind: 'table',
      head: [c.cover.glanceColumns.pathway, c.cover.glanceColumns.fit],
      rows: evaluation.pathways.map((p) => [content.pathways[p.id].title, fitName(p.fit)]),
      columns: ['name', 'short'],
    },
    { kind: 'heading', level: 2, text: c.cover.summaryHeading },
    { kind: 'facts', rows: summaryRows(answers, content) },
  ];

  const tried = answers.treatments?.tried ?? [];
  if (tried.length > 0) {
    const columns = c.summary.treatmentColumns;
    blocks.push(
      { kind: 'heading', level: 3, text: c.summary.treatments },
      {
        kind: 'table',
        head: [columns.number, columns.name, columns.outcome],
        rows: tried.map((treatment, i) => [String(i + 1), treatment.name, c.values.outcome[treatment.outcome]]),
        columns: ['number', 'text', 'short'],
      },
    );
  }

  if (evaluation.firstSteps.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: c.firstSteps.heading },
      { kind: 'paragraph', text: c.firstSteps.intro },
      { kind: 'checklist', items: evaluation.firstSteps.map((step) => step.text) },
    );
  }
  if (present(answers.notes)) {
    blocks.push({ kind: 'heading', level: 2, text: c.notes.heading }, { kind: 'paragraph', text: answers.notes.trim() });
  }

  blocks.push({ kind: 'heading', level: 1, text: c.pathways.heading });
  evaluation.pathways.forEach((pathway, i) => {
    blocks.push(
      { kind: 'heading', level: 2, text: c.pathways.title(i + 1, content.pathways[pathway.id].title, fitName(pathway.fit)) },
      { kind: 'heading', level: 3, text: c.pathways.reasonsHeading },
      { kind: 'bullets', items: pathway.reasons.map((reason) => reason.text) },
    );
    if (pathway.steps.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: c.pathways.stepsHeading }, { kind: 'checklist', items: pathway.steps });
    }
    blocks.push({ kind: 'heading', level: 3, text: c.pathways.contactsHeading });
    blocks.push(
      pathway.contacts.length > 0
        ? { kind: 'contacts', items: contactEntries(pathway, c.pathways) }
        : { kind: 'paragraph', text: c.pathways.noContacts },
    );
  });

  blocks.push(...savedTrialBlocks(answers, content));

  blocks.push(
    { kind: 'heading', level: 1, text: c.questions.heading, newPage: true },
    { kind: 'paragraph', text: c.questions.intro },
    { kind: 'questions', groups: questionGroups(evaluation, content), answerLines: c.questions.answerLines },
    { kind: 'heading', level: 1, text: c.documents.heading },
    { kind: 'paragraph', text: c.documents.intro },
    { kind: 'checklist', items: Object.values(content.documents.items) },
  );

  const glossary = termsUsed(allText(blocks), content);
  if (glossary.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.glossary.heading }, { kind: 'glossary', entries: glossary });
  }
  if (clinicianSummary && content.navigator) {
    blocks.push(
      ...clinicianSummaryBlocks({
        answers,
        evaluation,
        words: content.navigator,
        facts: summaryRows(answers, content).filter((row) => row.label !== c.summary.filledBy && row.label !== c.summary.appointment),
        pathwayTitle: (id) => content.pathways[id].title,
        fitName,
        outcomeName: (outcome) => c.values.outcome[outcome],
        treatmentColumns: c.summary.treatmentColumns,
      }),
    );
  }

  const replaced: ReplacedCharacter[] = [];
  const marker = c.replacementMarker;
  return {
    lang: content.lang,
    fileName: c.fileName(madeOn),
    madeOn,
    properties: printable({ ...c.properties, creator: c.productName }, marker, replaced),
    footer: {
      identity: toPrintable(c.footer.identity(c.productName, c.contentVersion, formatDate(c.contentReviewed, content.lang)), marker, replaced),
      reminder: toPrintable(c.footer.reminder, marker, replaced),
      pageLabel: c.footer.pageOf,
    },
    blocks: printable(blocks, marker, replaced),
    replaced,
  };
}
