import type { ChecklistContent } from '../content/checklist-content.types';
import type { Answers, SavedTrial } from '../domain/answers.schema';
import type { CancerTypeId } from '../domain/cancer-types';
import type { Evaluation, Fit, PathwayId, PathwayResult } from '../domain/evaluation.schema';
import type {
  ChecklistBlock,
  ChecklistDocument,
  ContactEntry,
  FactRow,
  GlossaryEntry,
  ReplacedCharacter,
} from './checklist-document';
import { clinicianSummaryBlocks, type NavigatorChecklistWords } from './clinician-summary';
import { labelVerdict } from '../domain/label-sentences';
import { isNotLookedUp } from '../domain/saved-trial';
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
  /** A name typed in the app for page 1's name line; kept only in memory, never in the answers. */
  personName?: string;
  /**
   * The clinician page in another language than the patient's pages (e.g. English for a Spanish
   * speaker's oncologist): that language's words and the evaluation made with them.
   */
  clinician?: { content: ChecklistSources; evaluation: Evaluation };
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

/**
 * Replaces every string in a block tree with its printable form. A string met again (an answer
 * quoted in several places) is made printable once: its characters are reported the first time.
 */
function printable<T>(value: T, marker: string, replaced: ReplacedCharacter[], done = new Map<string, string>()): T {
  if (typeof value === 'string') {
    let out = done.get(value);
    if (out === undefined) {
      out = toPrintable(value, marker, replaced);
      done.set(value, out);
    }
    return out as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => printable(item, marker, replaced, done)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printable(item, marker, replaced, done)])) as T;
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
    // A trial kept while the registry could not be reached has no title, status or site to show, and none is made up.
    const notLookedUp = isNotLookedUp(trial);
    const rows: FactRow[] = notLookedUp
      ? [
          { label: w.labels.status, value: w.notLookedUp },
          { label: w.labels.keptOn, value: formatDate(trial.retrievedOn, content.lang) },
        ]
      : lookedUpTrialRows(trial, content);
    rows.push({ label: w.labels.page, value: `https://clinicaltrials.gov/study/${trial.nctId}` });
    blocks.push(
      { kind: 'heading', level: 2, text: notLookedUp ? trial.nctId : `${trial.nctId}: ${trial.title}` },
      { kind: 'facts', rows },
      { kind: 'heading', level: 3, text: w.questionsHeading },
      { kind: 'checklist', items: w.questions },
    );
  }
  return blocks;
}

/** A looked-up trial's facts, as the registry gave them: status, phase, nearest site, contact, the day looked up. */
function lookedUpTrialRows(trial: SavedTrial, content: ChecklistSources): FactRow[] {
  const w = content.checklist.savedTrials;
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
  return rows;
}

/** Page 1's one line per lookup: the FDA label finding and each kept trial, when looked up. */
function lookupLines(answers: Answers, content: ChecklistSources): string[] {
  const c = content.checklist;
  const lines: string[] = [];
  const label = answers.drugOfInterest?.label;
  if (label) {
    const { verdict } = labelVerdict(label, answers.diagnosis);
    if (verdict !== 'not-looked-up') {
      const drug = present(answers.drugOfInterest?.name) ? answers.drugOfInterest.name : label.query;
      lines.push(c.sheet.labelLine[verdict](drug, formatDate(label.retrievedOn, content.lang)));
    }
  }
  for (const trial of answers.trials?.saved ?? []) {
    lines.push(isNotLookedUp(trial) ? c.sheet.trialNotLookedUpLine(trial.nctId) : c.sheet.trialLine(trial.nctId, trial.title, c.savedTrials.status(trial.status)));
  }
  return lines;
}

/** Page 1, the appointment sheet: name, appointment, deadlines, the roads at a glance, the top questions, what to bring, lookups. */
function sheetBlocks(answers: Answers, evaluation: Evaluation, content: ChecklistSources, madeOn: string, personName?: string): ChecklistBlock[] {
  const c = content.checklist;
  const appointment = answers.appointment;
  const date = present(appointment?.date) ? formatDate(appointment.date, content.lang) : undefined;
  const clinician = present(appointment?.clinician) ? appointment.clinician : undefined;
  const blocks: ChecklistBlock[] = [
    { kind: 'title', text: c.cover.title, subtitle: c.cover.madeOn(formatDate(madeOn, content.lang), c.productName) },
    {
      kind: 'write-in',
      label: c.sheet.nameLabel,
      ...(present(personName) ? { value: personName.trim() } : {}),
      beside: { label: c.sheet.appointmentLabel, ...(date || clinician ? { value: c.summary.appointmentWith(date, clinician) } : {}) },
    },
  ];
  for (const deadline of evaluation.deadlines) blocks.push({ kind: 'paragraph', text: deadline.text, emphasis: true });
  blocks.push(
    { kind: 'heading', level: 3, text: c.sheet.glanceHeading },
    {
      kind: 'table',
      head: [c.cover.glanceColumns.pathway, c.cover.glanceColumns.fit],
      rows: evaluation.pathways.map((p) => [content.pathways[p.id].title, content.pathways.fitNames[p.fit]]),
      columns: ['name', 'short'],
    },
  );
  if (evaluation.topQuestions.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: c.questions.heading },
      { kind: 'questions', groups: [{ heading: '', questions: evaluation.topQuestions }], answerLines: c.sheet.answerLines },
    );
  }
  // Each line says what it is ("FDA label: ...", "Trial you kept: ..."), so they need no heading.
  const lookups = lookupLines(answers, content);
  if (lookups.length > 0) blocks.push({ kind: 'bullets', items: lookups });
  blocks.push({ kind: 'heading', level: 3, text: c.sheet.bringHeading }, { kind: 'checklist', items: c.sheet.bring, columns: 3 });
  return blocks;
}

/** The one contact directory: each contact once (same name, phone and address), with the roads it serves, strongest road first. */
function directoryEntries(evaluation: Evaluation, content: ChecklistSources): ContactEntry[] {
  const t = content.checklist.pathways;
  const byKey = new Map<string, { contact: PathwayResult['contacts'][number]; roads: string[] }>();
  for (const pathway of evaluation.pathways) {
    for (const contact of pathway.contacts) {
      // One helpline under two names (e.g. "... (English and Spanish)") is still one contact: known by its number and address.
      const key = contact.phone || contact.url ? `${(contact.phone ?? '').replace(/\D/g, '')}|${contact.url ?? ''}` : contact.name.trim().toLowerCase();
      const entry = byKey.get(key) ?? { contact, roads: [] };
      // Of two names for one contact, keep the one that says more (e.g. "... (English and Spanish)").
      if (contact.name.length > entry.contact.name.length) entry.contact = { ...entry.contact, name: contact.name };
      const road = content.pathways[pathway.id].title;
      if (!entry.roads.includes(road)) entry.roads.push(road);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ contact, roads }) => {
    const lines: ContactEntry['lines'] = [{ label: content.checklist.directory.serves, value: roads.join(', ') }];
    if (contact.phone) lines.push({ label: t.phone, value: contact.phone });
    if (contact.url) lines.push({ label: t.web, value: contact.url, link: contact.url });
    if (contact.source !== contact.url) lines.push({ label: t.source, value: contact.source, link: contact.source });
    return { name: contact.name, lines };
  });
}

/** Turns answers and their evaluation into the checklist's words and structure, ready to lay out. */
export function buildChecklist({
  answers,
  evaluation,
  content,
  madeOn,
  clinicianSummary = false,
  personName,
  clinician,
}: ChecklistInput): ChecklistDocument {
  const c = content.checklist;
  const fitName = (fit: Fit) => content.pathways.fitNames[fit];
  const blocks: ChecklistBlock[] = sheetBlocks(answers, evaluation, content, madeOn, personName);

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
  // A question is asked once: on page 1 when it is a top question, else under the strongest road that raises it.
  const asked = new Set(evaluation.topQuestions);
  evaluation.pathways.forEach((pathway, i) => {
    blocks.push(
      { kind: 'heading', level: 2, text: c.pathways.title(i + 1, content.pathways[pathway.id].title, fitName(pathway.fit)) },
      { kind: 'heading', level: 3, text: c.pathways.reasonsHeading },
      { kind: 'bullets', items: pathway.reasons.map((reason) => reason.text) },
    );
    if (pathway.steps.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: c.pathways.stepsHeading }, { kind: 'checklist', items: pathway.steps });
    }
    const more = pathway.questions.filter((q) => !asked.has(q));
    more.forEach((q) => asked.add(q));
    if (more.length > 0) {
      blocks.push({ kind: 'heading', level: 3, text: c.pathways.questionsHeading }, { kind: 'checklist', items: more });
    } else if (pathway.questions.length > 0) {
      blocks.push({ kind: 'paragraph', text: c.pathways.questionsOnSheet });
    }
  });

  blocks.push(...savedTrialBlocks(answers, content));

  const directory = directoryEntries(evaluation, content);
  if (directory.length > 0) {
    blocks.push(
      { kind: 'heading', level: 1, text: c.directory.heading },
      { kind: 'paragraph', text: c.directory.intro },
      { kind: 'contacts', items: directory },
    );
  }
  blocks.push(
    { kind: 'heading', level: 1, text: c.documents.heading },
    { kind: 'paragraph', text: c.documents.intro },
    { kind: 'checklist', items: Object.values(content.documents.items), columns: 2 },
  );

  const glossary = termsUsed(allText(blocks), content);
  if (glossary.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.glossary.heading }, { kind: 'glossary', entries: glossary });
  }
  // The clinician page may be in another language than the patient's pages (a navigator's choice).
  const side = clinician ?? { content, evaluation };
  if (clinicianSummary && side.content.navigator) {
    const cc = side.content.checklist;
    blocks.push(
      ...clinicianSummaryBlocks({
        answers,
        evaluation: side.evaluation,
        words: side.content.navigator,
        facts: summaryRows(answers, side.content).filter((row) => row.label !== cc.summary.filledBy && row.label !== cc.summary.appointment),
        pathwayTitle: (id) => side.content.pathways[id].title,
        fitName: (fit) => side.content.pathways.fitNames[fit],
        outcomeName: (outcome) => cc.values.outcome[outcome],
        treatmentColumns: cc.summary.treatmentColumns,
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
