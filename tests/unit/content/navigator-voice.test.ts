import { describe, expect, it } from 'vitest';
import { inNavigatorVoice } from '../../../src/content/navigator-voice';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';

/** Every string leaf's dotted path. */
function leafPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, path === '' ? key : `${path}.${key}`));
}

describe('the navigator voice', () => {
  it('words the headings and questions in the third person', () => {
    const questions = inNavigatorVoice(en).wizard.questions;
    expect(questions.diagnosis.title).toBe('The patient’s diagnosis');
    expect(questions.insurance.coverage.label).toBe('What health insurance does the patient have?');
    expect(questions.trialStatus.status.options.looking.label).toBe('They are looking for a trial now');
  });

  it('keeps every word it does not change, and the original bundle untouched', () => {
    const voiced = inNavigatorVoice(en);
    expect(voiced.wizard.questions.insurance.coverage.options.medicare).toEqual(en.wizard.questions.insurance.coverage.options.medicare);
    expect(voiced.wizard.questions.welcome.filledBy.label).toBe(en.wizard.questions.welcome.filledBy.label);
    expect(voiced.wizard.questions.welcome.doesHeading).toBe(en.wizard.questions.welcome.doesHeading);
    expect(voiced.wizard.ui).toBe(en.wizard.ui);
    expect(en.wizard.questions.diagnosis.title).toBe('Your diagnosis');
  });

  it('replaces a list of sentences whole, with one of the same length', () => {
    const welcome = inNavigatorVoice(en).wizard.questions.welcome;
    expect(welcome.does).toHaveLength(en.wizard.questions.welcome.does.length);
    expect(welcome.does[1]).toBe('It shows which ways to get a drug may fit the patient, and why.');
    expect(welcome.filledBy.options.patient.label).toBe('The person with cancer');
  });

  it.each([
    ['en', en],
    ['es', es],
  ])('keeps the %s questions in the same shape, and changes something on every page it names', (_lang, bundle) => {
    const voiced = inNavigatorVoice(bundle);
    expect(leafPaths(voiced.wizard.questions)).toEqual(leafPaths(bundle.wizard.questions));
    for (const page of Object.keys(bundle.navigator.voice) as (keyof typeof bundle.navigator.voice)[]) {
      expect(voiced.wizard.questions[page], page).not.toEqual(bundle.wizard.questions[page]);
    }
  });
});
