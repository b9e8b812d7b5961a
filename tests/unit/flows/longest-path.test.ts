import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { AnswersPatch } from '../../../flows/navigator.answers';
import { submitEvent } from '../../../flows/navigator.events';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { isQuestionStep } from '../../../flows/navigator.selectors';
import { QUESTION_STEP_IDS, STEPS, answerAt, type QuestionStepId } from '../../../flows/steps';
import { answersSchema } from '../../../src/domain/answers.schema';

/**
 * The longest walk through the wizard: every answer that opens a follow-up is given (testing done,
 * inherited testing done, another cancer type, Medicare, a refusal, worried about cost, looking for
 * a trial), and every optional box is filled.
 */
const LONGEST: Record<QuestionStepId, AnswersPatch> = {
  welcome: { filledBy: 'patient' },
  diagnosis: { age: 58, diagnosis: { cancerType: 'other', cancerTypeOther: 'Desmoid tumour', stage: 'recurrent' } },
  biomarkers: { biomarkers: { testing: 'done', germlineTesting: 'done', germlineFindings: ['BRCA2'] } },
  biomarkerFindings: { biomarkers: { findings: ['CTNNB1 T41A'] } },
  treatmentsTried: { treatments: { tried: [{ name: 'sorafenib', outcome: 'stopped-working' }], standardOptionsLeft: 'no' } },
  drugOfInterest: { drugOfInterest: { name: 'nirogacestat', approval: 'unsure', givenHow: 'at-home' } },
  insurance: {
    residenceState: 'OH',
    insurance: { coverage: 'medicare', secondary: 'medigap', deniedBefore: true, deniedOn: '2026-11-02', costConcern: 'major' },
  },
  household: { insurance: { householdSize: 2, yearlyIncome: 41000 } },
  trialStatus: { trials: { status: 'looking' } },
  trialTravel: { trials: { travel: 'anywhere-in-us', zip: '43210' } },
  careTeam: { careTeam: { oncologistOpenToHelp: 'unsure', setting: 'community-practice' } },
  appointment: { appointment: { date: '2026-12-10', clinician: 'Dr Rivera' }, notes: 'Ask about the FDA label.' },
};

/**
 * What counts as one answer. A detail asked inside one choice of a question (GOV.UK's conditional
 * reveal: the name of a cancer not on the list, the second coverage under Medicare, the date on the
 * refusal letter under "yes", what the inherited test found under "yes") is part of that answer.
 * The notes box is the person's own notepad for the appointment, not a question. The label lookup
 * is a button, not a question.
 */
const PART_OF: Record<string, string> = {
  'diagnosis.cancerTypeOther': 'diagnosis.cancerType',
  'insurance.secondary': 'insurance.coverage',
  'insurance.deniedOn': 'insurance.deniedBefore',
  'biomarkers.germlineFindings': 'biomarkers.germlineTesting',
};
const NOT_QUESTIONS = new Set(['notes', 'drugOfInterest.label']);

/** The limit the product holds itself to (issue 10). */
const MOST_ANSWERS = 25;

function walk() {
  let [snapshot] = initialTransition(navigatorMachine);
  const shown: QuestionStepId[] = [];
  while (isQuestionStep(snapshot.value)) {
    const page = snapshot.value;
    shown.push(page);
    [snapshot] = transition(navigatorMachine, snapshot, submitEvent(page, LONGEST[page]));
    expect(snapshot.value, `Continue on ${page}`).not.toBe(page);
  }
  return { shown, answers: snapshot.context.answers, end: snapshot.value };
}

describe('the longest path through the wizard', () => {
  const { shown, answers, end } = walk();

  it('shows every question page, then the check page, with every answer kept and valid', () => {
    expect(shown).toEqual([...QUESTION_STEP_IDS]);
    expect(end).toBe('checkAnswers');
    expect(answersSchema.safeParse(answers).success).toBe(true);
    // Every answer each page asks was given on this walk, so nothing is left out of the count.
    for (const step of STEPS) {
      for (const path of step.owns.filter((owned) => !NOT_QUESTIONS.has(owned))) {
        expect(answerAt(answers, path), path).toBeDefined();
      }
    }
  });

  it(`asks at most ${MOST_ANSWERS} answers`, () => {
    const given = STEPS.flatMap((step) => step.owns).filter((path) => answerAt(answers, path) !== undefined);
    const questions = new Set(given.filter((path) => !NOT_QUESTIONS.has(path)).map((path) => PART_OF[path] ?? path));
    expect([...questions]).toHaveLength(25);
    expect(questions.size).toBeLessThanOrEqual(MOST_ANSWERS);
  });
});
