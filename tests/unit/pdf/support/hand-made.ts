import type { Answers } from '../../../../src/domain/answers.schema';
import type { Evaluation, Fit, PathwayId, PathwayResult } from '../../../../src/domain/evaluation.schema';

/**
 * Hand-made evaluations: they let the PDF be tested at its limits (every road strong, long lists)
 * whatever the rules decide for a real person.
 */
function pathway(id: PathwayId, fit: Fit, n: number): PathwayResult {
  const name = id.replace('-', ' ');
  return {
    id,
    fit,
    reasons: Array.from({ length: n }, (_, i) => ({
      text: `Because you said something about ${name} (reason ${i + 1}), this road ${fit === 'unlikely' ? 'does not fit now' : 'may fit'}. What would change it is a different answer to that question.`,
      basedOn: ['drugOfInterest.approval'],
    })),
    steps: Array.from(
      { length: n + 1 },
      (_, i) => `Step ${i + 1} for ${name}: ask your oncologist to check this part of the plan and write down what they say, with the date.`,
    ),
    questions: Array.from({ length: n }, (_, i) => `Question ${i + 1} about ${name}: what would this mean for me, and who would do the paperwork?`),
    contacts: [
      {
        name: `${name} help line (contact for ${id})`,
        phone: '1-800-422-6237',
        url: `https://www.cancer.gov/contact/${id}`,
        source: 'https://www.cancer.gov/contact',
      },
      { name: `${name} search page`, url: 'https://clinicaltrials.gov', source: 'https://clinicaltrials.gov' },
    ],
  };
}

/** All five roads strong, each with several reasons, steps, questions and two contacts. */
export function everyPathwayStrong(reasonsEach = 3): Evaluation {
  return {
    schemaVersion: 2,
    pathways: (['off-label', 'expanded-access', 'right-to-try', 'patient-assistance', 'clinical-trials'] as const).map((id) =>
      pathway(id, 'strong', reasonsEach),
    ),
    firstSteps: [
      { id: 'biomarker-testing', text: 'Ask about biomarker testing of your tumor.', basedOn: ['biomarkers.testing'] },
      { id: 'gather-documents', text: 'Gather your reports and letters before the visit.', basedOn: [] },
    ],
    topQuestions: [],
    deadlines: [],
    missing: [],
  };
}

/** A mix of fits, in the order the engine gives them (strongest first). */
export function mixedEvaluation(): Evaluation {
  return {
    schemaVersion: 2,
    pathways: [
      pathway('off-label', 'strong', 2),
      pathway('patient-assistance', 'strong', 2),
      pathway('clinical-trials', 'possible', 1),
      pathway('expanded-access', 'unlikely', 1),
      pathway('right-to-try', 'unlikely', 1),
    ],
    firstSteps: [{ id: 'gather-documents', text: 'Gather your reports and letters before the visit.', basedOn: [] }],
    topQuestions: [],
    deadlines: [],
    missing: ['appointment.date'],
  };
}

/** Typed text with accents, curly quotes, dashes and Polish and Romanian letters. */
export const TYPED = {
  treatment: 'Gemcitabină + nab‑paclitaxel — „Łódź” protocol, 2ª línea',
  drug: 'Trametinib “Mekinist” – 2 mg',
  clinician: 'Dr. Zofia Wójcik-Ñúñez',
  other: 'Tumeur desmoïde (fibromatose agressive) – région abdominale',
  notes: 'Ask about “off-label” use — and the cost…\nZażółć gęślą jaźń. Știință și îngrijire.\nMy daughter (Ana) will come too.',
} as const;

/** Answers with every section filled and typed text in every free field. */
export function typedAnswers(): Answers {
  return {
    schemaVersion: 2,
    filledBy: 'navigator',
    residenceState: 'OH',
    diagnosis: { cancerType: 'other', cancerTypeOther: TYPED.other, stage: 'metastatic' },
    biomarkers: { testing: 'done', findings: ['BRAF V600E', 'MSI‑H'] },
    treatments: {
      tried: [
        { name: TYPED.treatment, outcome: 'stopped-working' },
        { name: 'FOLFIRINOX', outcome: 'side-effects' },
      ],
      standardOptionsLeft: 'no',
    },
    drugOfInterest: { name: TYPED.drug, approval: 'approved-for-other-use' },
    insurance: { coverage: 'medicare', deniedBefore: true, costConcern: 'major' },
    trials: { status: 'looking', travel: 'in-my-state', zip: '43210' },
    careTeam: { oncologistOpenToHelp: 'yes', setting: 'community-practice' },
    appointment: { date: '2026-12-03', clinician: TYPED.clinician },
    notes: TYPED.notes,
  };
}

/** Twelve treatments with 200-character names and 1,900 characters of notes. */
export function stressAnswers(): Answers {
  const longName = (i: number) =>
    `Treatment ${String(i).padStart(2, '0')} ${'pembrolizumab-with-carboplatin-and-pemetrexed-maintenance '.repeat(4)}`.slice(0, 199) + 'Z';
  const longWord = 'x'.repeat(200);
  const sentence = 'I want to ask about the cost, the side effects and how long it takes to start. ';
  return {
    ...typedAnswers(),
    treatments: {
      tried: Array.from({ length: 12 }, (_, i) => ({ name: i === 11 ? longWord : longName(i + 1), outcome: 'stopped-working' as const })),
      standardOptionsLeft: 'no',
    },
    notes: sentence.repeat(30).slice(0, 1900),
  };
}
