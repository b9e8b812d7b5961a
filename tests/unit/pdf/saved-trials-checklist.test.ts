import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import { loadFontsFromDisk } from '../../../src/pdf/load-fonts-node';
import { renderChecklistPdf, type ChecklistFonts } from '../../../src/pdf/render-checklist-pdf';
import type { ChecklistBlock } from '../../../src/pdf/checklist-document';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { normalise, readPdf, squash } from './support/read-pdf';

const scenario = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v2-saved-trial.json', import.meta.url), 'utf8')) as { answers: Answers };

function blocksFor(answers: Answers, content: typeof en | typeof es = en): ChecklistBlock[] {
  return buildChecklist({ answers, evaluation: evaluate(answers, content), content, madeOn: '2026-11-30' }).blocks;
}

describe('the checklist: trials the person saved', () => {
  it('lists each saved trial with status, phase, nearest site and distance, the day looked up, its page, and questions for the trial team', () => {
    const blocks = blocksFor(scenario.answers);
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Trials you saved');
    expect(at).toBeGreaterThan(0);
    expect(blocks[at + 2]).toEqual({ kind: 'heading', level: 2, text: 'NCT06970236: Resistance Exercise in Patients With Ocular Melanoma' });
    expect(blocks[at + 3]).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Status', value: 'Recruiting' },
        { label: 'Phase', value: 'No phase (not a drug trial)' },
        { label: 'Nearest site', value: '(made by hand) Example Cancer Center, Boston, Massachusetts, 02115, about 1 mile away' },
        { label: 'Looked up on', value: expect.stringContaining('2026') as string },
        { label: 'Study page', value: 'https://clinicaltrials.gov/study/NCT06970236' },
      ],
    });
    expect(blocks[at + 5]).toEqual({ kind: 'checklist', items: ['Am I eligible with my past treatments?', 'What does the study pay for?'] });
  });

  it('says a trial that is no longer recruiting, and shows its contact', () => {
    const answers: Answers = {
      schemaVersion: 2,
      trials: {
        saved: [
          {
            nctId: 'NCT99999901',
            title: '(made by hand) A Study',
            status: 'ACTIVE_NOT_RECRUITING',
            phases: ['PHASE1', 'PHASE2'],
            retrievedOn: '2026-11-01',
            contact: { name: '(made by hand) Coordinator', phone: '555-0102' },
          },
        ],
      },
    };
    const facts = blocksFor(answers).find((b) => b.kind === 'facts' && b.rows.some((r) => r.label === 'Status'));
    expect(facts).toMatchObject({
      rows: expect.arrayContaining([
        { label: 'Status', value: 'No longer recruiting (active not recruiting)' },
        { label: 'Phase', value: 'Phase 1 and phase 2' },
        { label: 'Contact', value: '(made by hand) Coordinator, 555-0102' },
      ]) as unknown,
    });
  });

  it('in Spanish too', () => {
    const blocks = blocksFor(scenario.answers, es);
    expect(blocks.some((b) => b.kind === 'heading' && b.text === 'Estudios clínicos que guardó')).toBe(true);
    expect(blocks.some((b) => b.kind === 'checklist' && b.items.includes('¿Qué paga el estudio?'))).toBe(true);
  });

  it('no saved trials: no section', () => {
    expect(blocksFor({ schemaVersion: 2 }).some((b) => b.kind === 'heading' && b.text === 'Trials you saved')).toBe(false);
  });
});

describe('the checklist: a trial kept without being looked up (ClinicalTrials.gov could not be reached)', () => {
  const answers: Answers = {
    schemaVersion: 2,
    trials: { status: 'looking', saved: [{ nctId: 'NCT01234567', title: '', status: 'NOT_LOOKED_UP', retrievedOn: '2026-11-30' }] },
  };
  let fonts: ChecklistFonts;
  beforeAll(async () => {
    fonts = await loadFontsFromDisk();
  });
  const pdfText = async (content: typeof en | typeof es) =>
    (await readPdf(renderChecklistPdf(buildChecklist({ answers, evaluation: evaluate(answers, content), content, madeOn: '2026-11-30' }), fonts))).text;

  it('shows its number, its page and that it was not looked up: no empty title, no status word', () => {
    const blocks = blocksFor(answers);
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Trials you saved');
    expect(blocks[at + 2]).toEqual({ kind: 'heading', level: 2, text: 'NCT01234567' });
    expect(blocks[at + 3]).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Status', value: en.checklist.savedTrials.notLookedUp },
        { label: 'Kept on', value: 'November 30, 2026' },
        { label: 'Study page', value: 'https://clinicaltrials.gov/study/NCT01234567' },
      ],
    });
    expect(JSON.stringify(blocks)).not.toMatch(/No longer recruiting|not looked up\)|NCT01234567: |, \(|undefined/);
  });

  it('in the PDF, read back as text: the number, the not-looked-up line, the page, the reason naming it; no "undefined"', async () => {
    const text = await pdfText(en);
    expect(text).toContain(normalise(en.checklist.sheet.trialNotLookedUpLine('NCT01234567')));
    expect(text).toContain(normalise(`Status ${en.checklist.savedTrials.notLookedUp}`));
    expect(squash(text)).toContain('https://clinicaltrials.gov/study/NCT01234567');
    expect(text).toContain('could not be looked up on ClinicalTrials.gov: NCT01234567. Its status is not known yet.');
    expect(text).not.toContain('undefined');
    expect(text).not.toMatch(/no longer recruiting/i);
  });

  it('in Spanish too', async () => {
    const text = await pdfText(es);
    expect(text).toContain(normalise(es.checklist.sheet.trialNotLookedUpLine('NCT01234567')));
    expect(text).toContain(normalise(es.checklist.savedTrials.notLookedUp));
    expect(squash(text)).toContain('https://clinicaltrials.gov/study/NCT01234567');
    expect(text).toContain('Aún no se sabe su estado');
    expect(text).not.toContain('undefined');
    expect(text).not.toMatch(/ya no recluta/i);
  });
});
