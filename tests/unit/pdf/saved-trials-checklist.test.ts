import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/answers.schema';
import { buildChecklist } from '../../../src/pdf/build-checklist';
import type { ChecklistBlock } from '../../../src/pdf/checklist-document';
import { evaluate } from '../../../src/rules/evaluate';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

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
