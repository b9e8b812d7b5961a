import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import type { ChecklistBlock, ChecklistDocument } from '../../../src/pdf/checklist-document';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { everyPathwayStrong, mixedEvaluation, typedAnswers, TYPED } from './support/hand-made';
import { enSources } from './support/sources';
import { navigator } from '../../../templates/en/navigator';

const MADE_ON = '2026-11-21';

function build(answers: Answers, evaluation = mixedEvaluation(), madeOn = MADE_ON): ChecklistDocument {
  return buildChecklist({ answers, evaluation, content: enSources, madeOn });
}

/** Navigator mode: the answers as a table and the treatments tried are on the clinician page. */
function buildClinician(answers: Answers, evaluation = mixedEvaluation()): ChecklistDocument {
  return buildChecklist({ answers, evaluation, content: { ...enSources, navigator }, madeOn: MADE_ON, clinicianSummary: true });
}

function blocksOf<K extends ChecklistBlock['kind']>(doc: ChecklistDocument, kind: K): Extract<ChecklistBlock, { kind: K }>[] {
  return doc.blocks.filter((b): b is Extract<ChecklistBlock, { kind: K }> => b.kind === kind);
}

function factsOf(doc: ChecklistDocument): Record<string, string> {
  return Object.fromEntries(blocksOf(doc, 'facts').flatMap((b) => b.rows.map((r) => [r.label, r.value])));
}

describe('buildChecklist', () => {
  it('names the file and dates the first page from the date it is given, not the clock', () => {
    const doc = build(typedAnswers(), mixedEvaluation(), '2027-01-05');
    expect(doc.fileName).toBe('treatment-access-checklist-2027-01-05.pdf');
    expect(doc.madeOn).toBe('2027-01-05');
    expect(blocksOf(doc, 'title')[0]?.subtitle).toBe('Made on January 5, 2027 with the Treatment access navigator.');
    expect(build(typedAnswers())).toEqual(build(typedAnswers()));
  });

  it('puts the appointment on the first page, and the diagnosis and the drug on the clinician page, as answered', () => {
    expect(blocksOf(build(typedAnswers()), 'write-in')[0]).toEqual({
      kind: 'write-in',
      label: 'Name:',
      beside: { label: 'Appointment:', value: `December 3, 2026 with ${TYPED.clinician}` },
    });
    const facts = factsOf(buildClinician(typedAnswers()));
    expect(facts).toMatchObject({
      Cancer: TYPED.other,
      Stage: 'Metastatic (spread to other parts of the body)',
      'Biomarker testing': 'Done. Findings: BRAF V600E, MSI‑H',
      'Drug asked about': `${TYPED.drug} (approved for another use)`,
      Insurance: 'Medicare (lives in OH)',
      'Insurer said no before': 'Yes',
      'Clinical trials': 'Looking for one; can travel: within the state, from ZIP 43210',
      Oncologist: 'Open to helping; community practice',
    });
  });

  it('lists the treatments tried in a table, as typed, with what happened', () => {
    const table = blocksOf(buildClinician(typedAnswers()), 'table').find((t) => t.head.includes('Treatment'));
    expect(table?.rows).toEqual([
      ['1', TYPED.treatment, 'Stopped working'],
      ['2', 'FOLFIRINOX', 'Stopped for side effects'],
    ]);
  });

  it('says "Not answered" for what was not answered and leaves out the appointment when none was given', () => {
    expect(blocksOf(build({ schemaVersion: 2 }), 'write-in')[0]).toEqual({ kind: 'write-in', label: 'Name:', beside: { label: 'Appointment:' } });
    const facts = factsOf(buildClinician({ schemaVersion: 2 }));
    expect(facts['Cancer']).toBe('Not answered');
    expect(facts['Treatments tried']).toBe('Not answered');
    expect(facts['Drug asked about']).toBe('Not answered');
    expect(factsOf(buildClinician({ schemaVersion: 2, treatments: { tried: [] } }))['Treatments tried']).toBe('None listed');
  });

  it('uses the cancer type name from the list when one was chosen', () => {
    expect(factsOf(buildClinician({ schemaVersion: 2, diagnosis: { cancerType: 'colorectal' } }))['Cancer']).toBe('Colorectal cancer (colon or rectum)');
  });

  it('shows the roads at a glance and then each road strongest first, with its fit in words', () => {
    const doc = build(typedAnswers());
    const glance = blocksOf(doc, 'table')[0];
    expect(glance?.rows).toEqual([
      ['Off-label prescribing', 'Strong fit'],
      ['Help with costs', 'Strong fit'],
      ['Clinical trials', 'Possible fit'],
      ['Expanded access (compassionate use)', 'Unlikely for now'],
      ['Right to Try', 'Unlikely for now'],
    ]);
    const roadHeadings = blocksOf(doc, 'heading').filter((h) => h.level === 2 && /^\d\./u.test(h.text)).map((h) => h.text);
    expect(roadHeadings).toEqual([
      '1. Off-label prescribing: Strong fit',
      '2. Help with costs: Strong fit',
      '3. Clinical trials: Possible fit',
      '4. Expanded access (compassionate use): Unlikely for now',
      '5. Right to Try: Unlikely for now',
    ]);
  });

  it('asks the top questions on page 1, and each other question once, under the strongest road that raises it', () => {
    const evaluation = everyPathwayStrong(2);
    const shared = 'Is there a trial of this drug near me?';
    evaluation.pathways[0]?.questions.push(shared);
    evaluation.pathways[3]?.questions.push(shared);
    const top = [evaluation.pathways[1]?.questions[0] ?? '', evaluation.pathways[2]?.questions[0] ?? ''];
    evaluation.topQuestions = top;
    const doc = build(typedAnswers(), evaluation);
    const [sheet] = blocksOf(doc, 'questions');
    expect(sheet?.groups.flatMap((g) => g.questions)).toEqual(top);
    const detail = blocksOf(doc, 'checklist').flatMap((b) => b.items);
    expect(detail.filter((q) => q === shared)).toHaveLength(1);
    for (const question of top) expect(detail).not.toContain(question);
    const all = [...top, ...detail.filter((item) => evaluation.pathways.some((p) => p.questions.includes(item)))];
    expect(new Set(all).size).toBe(new Set(evaluation.pathways.flatMap((p) => p.questions)).size);
    expect(all).toHaveLength(new Set(all).size);
  });

  it('lists each contact once, in one directory, with the roads it serves, its phone, web address and source', () => {
    const evaluation = mixedEvaluation();
    const first = evaluation.pathways[0]?.contacts[0];
    if (!first) throw new Error('the hand-made evaluation has a contact');
    // The same helpline under a longer name on a second road.
    evaluation.pathways[1]?.contacts.push({ ...first, name: `${first.name} (English and Spanish)` });
    const directories = blocksOf(build(typedAnswers(), evaluation), 'contacts');
    expect(directories).toHaveLength(1);
    const contacts = directories[0]?.items ?? [];
    expect(contacts.filter((c) => c.name.startsWith(first.name))).toHaveLength(1);
    expect(contacts[0]?.name).toBe(`${first.name} (English and Spanish)`);
    expect(contacts[0]?.lines).toEqual([
      {
        label: 'For:',
        value: evaluation.pathways
          .filter((p) => p.contacts.some((c) => c.phone === first.phone && c.url === first.url))
          .map((p) => enSources.pathways[p.id].title)
          .join(', '),
      },
      { label: 'Phone:', value: '1-800-422-6237' },
      { label: 'Web:', value: 'https://www.cancer.gov/contact/off-label', link: 'https://www.cancer.gov/contact/off-label' },
      { label: 'Source:', value: 'https://www.cancer.gov/contact', link: 'https://www.cancer.gov/contact' },
    ]);
    // Every road lists the same search page: it is printed once, its source not repeated when it is the web address.
    const searchPages = contacts.filter((c) => c.lines.some((line) => line.value === 'https://clinicaltrials.gov'));
    expect(searchPages).toHaveLength(1);
    expect(searchPages[0]?.lines.slice(1)).toEqual([
      { label: 'Web:', value: 'https://clinicaltrials.gov', link: 'https://clinicaltrials.gov' },
    ]);
  });

  it('keeps the notes as typed and ends with documents to tick and the glossary terms the checklist uses', () => {
    const doc = build(typedAnswers());
    expect(blocksOf(doc, 'paragraph').map((p) => p.text)).toContain(TYPED.notes);
    expect(blocksOf(doc, 'checklist').at(-1)?.items).toEqual(Object.values(enSources.documents.items));
    expect(blocksOf(doc, 'glossary')[0]?.entries.map((e) => e.term)).toEqual(['Off-label']);
  });

  it('replaces what the font cannot print with a visible marker and reports each character once', () => {
    const answers: Answers = { ...typedAnswers(), notes: 'Call me 📞 or 📞 — 谢谢', drugOfInterest: { name: 'Drug 🚀' } };
    const doc = buildClinician(answers);
    // In reading order: the notes in the detail, then the drug on the clinician page.
    expect(doc.replaced.map((r) => r.character)).toEqual(['📞', '谢', '🚀']);
    expect(blocksOf(doc, 'paragraph').map((p) => p.text)).toContain('Call me [?] or [?] — [?][?]');
    expect(factsOf(doc)['Drug asked about']).toBe('Drug [?]');
    expect(build(typedAnswers()).replaced).toEqual([]);
  });

  it('sets the document properties and the footer of every page', () => {
    const doc = build(typedAnswers());
    expect(doc.properties).toEqual({
      title: 'Treatment access checklist',
      subject: expect.stringContaining('care team') as string,
      keywords: expect.stringContaining('Right to Try') as string,
      creator: 'Treatment access navigator',
    });
    expect(doc.footer.identity).toBe('Treatment access navigator · Content version 1.1, reviewed November 30, 2026');
    expect(doc.footer.reminder).toMatch(/not medical advice/u);
    expect(doc.footer.pageLabel(2, 9)).toBe('Page 2 of 9');
  });
});
