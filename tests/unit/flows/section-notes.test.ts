import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { navigatorMachine } from '../../../flows/navigator.machine';
import { withSectionNote } from '../../../flows/section-notes';
import type { Answers } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { LIMITS, SCHEMA_VERSION } from '../../../src/domain/answers-constants';

const [start] = initialTransition(navigatorMachine);
const atInsurance = navigatorMachine.resolveState({ value: 'insurance', context: { answers: { schemaVersion: SCHEMA_VERSION }, returnToReview: false } });

describe('navigator notes in the machine', () => {
  it('saves a note on the page on screen without moving', () => {
    const [next] = transition(navigatorMachine, atInsurance, { type: 'notes.save', section: 'insurance', text: 'Appeal letter due 12 Dec' });
    expect(next.value).toBe('insurance');
    expect(next.context.answers.sectionNotes).toEqual({ insurance: 'Appeal letter due 12 Dec' });
  });

  it('removes a note saved blank, and the notes object with the last one', () => {
    const [withNote] = transition(navigatorMachine, atInsurance, { type: 'notes.save', section: 'insurance', text: 'x' });
    const [cleared] = transition(navigatorMachine, withNote, { type: 'notes.save', section: 'insurance', text: '  ' });
    expect(cleared.context.answers).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('refuses a note over the limit, or for a page that does not exist, changing nothing', () => {
    const [tooLong] = transition(navigatorMachine, atInsurance, { type: 'notes.save', section: 'insurance', text: 'x'.repeat(LIMITS.sectionNote + 1) });
    expect(tooLong.context.answers).toEqual(atInsurance.context.answers);
    const bogus = { type: 'notes.save', section: 'nowhere', text: 'x' } as unknown as { type: 'notes.save'; section: 'insurance'; text: string };
    expect(transition(navigatorMachine, atInsurance, bogus)[0].context.answers).toEqual(atInsurance.context.answers);
  });

  it('keeps notes separate per page', () => {
    const answers = withSectionNote(withSectionNote({ schemaVersion: SCHEMA_VERSION }, 'diagnosis', 'a'), 'careTeam', 'b');
    expect(answers.sectionNotes).toEqual({ diagnosis: 'a', careTeam: 'b' });
  });
});

describe('replacing the answers with an imported file', () => {
  const checkedFile = (input: unknown) => {
    const result = parseAnswers(input);
    if (!result.ok) throw new Error('the sample file should be valid');
    return result.answers;
  };
  const imported = checkedFile({ schemaVersion: SCHEMA_VERSION, filledBy: 'navigator', biomarkers: { testing: 'not-done', findings: ['stale'] } });

  it('opens the check page with the new answers, stale follow-up answers pruned', () => {
    const [next] = transition(navigatorMachine, start, { type: 'answers.replace', answers: imported });
    expect(next.value).toBe('checkAnswers');
    expect(next.context.answers).toEqual({ schemaVersion: SCHEMA_VERSION, filledBy: 'navigator', biomarkers: { testing: 'not-done' } });
  });

  it('takes only answers that came through parseAnswers (a compile-time check, run by tsc in npm test)', () => {
    const unchecked: Answers = { schemaVersion: SCHEMA_VERSION, filledBy: 'navigator' };
    // @ts-expect-error: answers that were not checked by parseAnswers cannot replace the session.
    const event: Parameters<typeof transition<typeof navigatorMachine>>[2] = { type: 'answers.replace', answers: unchecked };
    expect(event.type).toBe('answers.replace');
    expect(parseAnswers({ schemaVersion: SCHEMA_VERSION, filledBy: 'robot' }).ok).toBe(false);
  });
});
