import { describe, expect, it } from 'vitest';
import { applicableSteps } from '../../flows/steps';
import type { Answers } from '../../src/domain/answers.schema';
import { questionFor, summariseAnswers } from '../../src/steps/summarise-answers';
import { en } from '../../templates/en/bundle';
import { es } from '../../templates/es/bundle';

const full: Answers = {
  schemaVersion: 2,
  filledBy: 'patient',
  residenceState: 'TX',
  diagnosis: { cancerType: 'other', cancerTypeOther: 'Chordoma', stage: 'recurrent' },
  biomarkers: { testing: 'done', findings: ['NTRK fusion'] },
  treatments: { tried: [], standardOptionsLeft: 'no' },
  drugOfInterest: { name: 'larotrectinib', approval: 'approved-for-other-use' },
  insurance: { coverage: 'uninsured', costConcern: 'major', householdSize: 3, yearlyIncome: 41250 },
  trials: { status: 'looked-not-eligible', travel: 'anywhere-in-us', zip: '73301' },
  careTeam: { oncologistOpenToHelp: 'unsure', setting: 'academic-center' },
  appointment: { date: '2027-01-15', clinician: 'Dr. Okafor' },
  notes: 'Ask about NTRK.',
};

describe('summariseAnswers (pure: answers and words in, rows out)', () => {
  it('has one section per page that applies, in page order, each row with a Change link to its page', () => {
    const sections = summariseAnswers(full, en);
    expect(sections.map((section) => section.step)).toEqual(applicableSteps(full));
    for (const section of sections) {
      expect(section.rows.length).toBeGreaterThan(0);
      for (const row of section.rows) {
        expect(row.change).toEqual({ to: `#${section.step}`, hiddenText: row.label });
      }
    }
  });

  it('puts every answer in words, with numbers, money and dates written for the language', () => {
    const values = Object.fromEntries(summariseAnswers(full, en).flatMap((s) => s.rows.map((r) => [r.key, r.value])));
    expect(values).toMatchObject({
      'diagnosis.cancerType': 'Another type: Chordoma',
      'treatments.tried': en.shell.checkAnswers.noneAdded,
      'insurance.coverage': en.wizard.questions.insurance.coverage.options.uninsured.label,
      'insurance.householdSize': '3',
      'insurance.yearlyIncome': '$41,250',
      'appointment.date': 'January 15, 2027',
      residenceState: 'Texas',
      notes: 'Ask about NTRK.',
    });
    const spanish = Object.fromEntries(summariseAnswers(full, es).flatMap((s) => s.rows.map((r) => [r.key, r.value])));
    expect(spanish['appointment.date']).toBe('15 de enero de 2027');
    expect(spanish['insurance.coverage']).toBe(es.wizard.questions.insurance.coverage.options.uninsured.label);
  });

  it('marks unanswered questions as not answered (null), never as an empty string', () => {
    const rows = summariseAnswers({ schemaVersion: 2, drugOfInterest: { name: '   ' } }, en).flatMap((s) => s.rows);
    expect(rows.find((r) => r.key === 'drugOfInterest.name')?.value).toBeNull();
    expect(rows.find((r) => r.key === 'filledBy')?.value).toBeNull();
    expect(rows.every((r) => r.value !== '')).toBe(true);
  });

  it('finds the question behind an answer path, or the page that opens it when it is left out', () => {
    expect(questionFor('insurance.yearlyIncome', full, en)).toEqual({ label: en.wizard.questions.household.yearlyIncome.label, to: '#household' });
    const insured: Answers = { schemaVersion: 2, insurance: { coverage: 'private', costConcern: 'none' } };
    expect(questionFor('insurance.yearlyIncome', insured, en)?.to).toBe('#insurance');
    expect(questionFor('not.a.path', full, en)).toBeNull();
  });
});
