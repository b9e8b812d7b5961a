import type { NavigatorContent } from '../content/session-content.types';
import type { Answers, SectionId, Treatment } from '../domain/answers.schema';
import type { Evaluation, Fit, PathwayId } from '../domain/evaluation.schema';
import type { ChecklistBlock, FactRow } from './checklist-document';

/** The navigator words the checklist needs: the summary's own, section names and the rule label. */
export type NavigatorChecklistWords = Pick<NavigatorContent, 'summary' | 'rule'> & {
  taskList: Pick<NavigatorContent['taskList'], 'sections'>;
};

/** At most this many key questions, so the summary stays on one page. */
const KEY_QUESTIONS = 5;

/** The navigator's notes, one row per page that has one, in page order. */
export function sectionNoteRows(answers: Answers, words: NavigatorChecklistWords): FactRow[] {
  const notes = answers.sectionNotes ?? {};
  return (Object.keys(words.taskList.sections) as SectionId[])
    .map((id) => ({ id, note: notes[id]?.trim() }))
    .filter((entry): entry is { id: SectionId; note: string } => entry.note !== undefined && entry.note !== '')
    .map(({ id, note }) => ({ label: words.taskList.sections[id] ?? id, value: note }));
}

/**
 * The navigator's notes as checklist blocks (nothing when there are none). They are private working
 * notes for the care team: they go on the clinician page only, never on the patient's own pages.
 */
export function sectionNotesBlocks(answers: Answers, words: NavigatorChecklistWords): ChecklistBlock[] {
  const rows = sectionNoteRows(answers, words);
  return rows.length === 0 ? [] : [{ kind: 'heading', level: 2, text: words.summary.notes }, { kind: 'facts', rows }];
}

type ClinicianSummaryInput = {
  answers: Answers;
  evaluation: Evaluation;
  words: NavigatorChecklistWords;
  /** The patient's answers as the checklist's first page words them: diagnosis, biomarkers, insurance. */
  facts: FactRow[];
  pathwayTitle: (id: PathwayId) => string;
  fitName: (fit: Fit) => string;
  outcomeName: (outcome: Treatment['outcome']) => string;
  /** Column headings of the treatments table, as on the patient's first page. */
  treatmentColumns: { number: string; name: string; outcome: string };
};

/**
 * Navigator mode: one page for the clinician, after the patient's pages: the answers that matter
 * clinically, the lines of therapy, each pathway with its fit and the decision-table rows behind
 * it, the first key questions, and the navigator's notes.
 */
export function clinicianSummaryBlocks(input: ClinicianSummaryInput): ChecklistBlock[] {
  const { answers, evaluation, words, facts, pathwayTitle, fitName, outcomeName, treatmentColumns } = input;
  const t = words.summary;
  const tried = answers.treatments?.tried ?? [];
  const keyQuestions = [...new Set(evaluation.pathways.filter((p) => p.fit !== 'unlikely').flatMap((p) => p.questions.slice(0, 1)))];
  const blocks: ChecklistBlock[] = [
    { kind: 'heading', level: 1, text: t.title, newPage: true },
    { kind: 'paragraph', text: t.intro, emphasis: true },
    { kind: 'facts', rows: facts },
    { kind: 'heading', level: 2, text: t.linesOfTherapy },
    tried.length > 0
      ? {
          kind: 'table',
          head: [treatmentColumns.number, treatmentColumns.name, treatmentColumns.outcome],
          rows: tried.map((treatment, i) => [String(i + 1), treatment.name, outcomeName(treatment.outcome)]),
          columns: ['number', 'text', 'short'],
        }
      : { kind: 'paragraph', text: t.none },
    { kind: 'heading', level: 2, text: t.pathways },
    {
      kind: 'table',
      head: [t.pathwayColumns.pathway, t.pathwayColumns.fit, t.pathwayColumns.rules],
      rows: evaluation.pathways.map((p) => [
        pathwayTitle(p.id),
        fitName(p.fit),
        p.reasons.flatMap((reason) => (reason.rule ? [reason.rule] : [])).join(', '),
      ]),
      columns: ['name', 'short', 'text'],
    },
  ];
  if (keyQuestions.length > 0) {
    // The questions are the patient's, in the first person: said to be theirs and quoted, so the
    // page speaks to the clinician throughout.
    blocks.push({ kind: 'heading', level: 2, text: t.keyQuestions }, { kind: 'bullets', items: keyQuestions.slice(0, KEY_QUESTIONS).map(t.quoted) });
  }
  blocks.push(...sectionNotesBlocks(answers, words));
  return blocks;
}
