import { describe, expect, it } from 'vitest';
import { sectionStatus, sectionSummaries } from '../../../flows/section-status';
import type { Answers } from '../../../src/domain/answers.schema';
import { SCHEMA_VERSION } from '../../../src/domain/answers-constants';

const start: Answers = { schemaVersion: SCHEMA_VERSION };

describe('section status for the navigator task list', () => {
  it('is "not started" for every section that applies in a new session, and "skipped" for follow-ups not opened', () => {
    expect(sectionSummaries(start, 'welcome')).toEqual([
      { id: 'welcome', status: 'not-started', current: true },
      { id: 'diagnosis', status: 'not-started', current: false },
      { id: 'biomarkers', status: 'not-started', current: false },
      { id: 'biomarkerFindings', status: 'skipped', current: false },
      { id: 'treatmentsTried', status: 'not-started', current: false },
      { id: 'drugOfInterest', status: 'not-started', current: false },
      { id: 'insurance', status: 'not-started', current: false },
      { id: 'household', status: 'skipped', current: false },
      { id: 'trialStatus', status: 'not-started', current: false },
      { id: 'trialTravel', status: 'skipped', current: false },
      { id: 'careTeam', status: 'not-started', current: false },
      { id: 'appointment', status: 'not-started', current: false },
    ]);
  });

  it('is "in progress" while a required answer is missing, "done" when all are there', () => {
    expect(sectionStatus('diagnosis', { ...start, diagnosis: { cancerType: 'melanoma' } }, 'diagnosis')).toBe('in-progress');
    expect(sectionStatus('diagnosis', { ...start, diagnosis: { cancerType: 'melanoma', stage: 'unsure' } }, 'biomarkers')).toBe('done');
    expect(sectionStatus('diagnosis', { ...start, diagnosis: { cancerType: 'other', stage: 'unsure' } }, 'biomarkers')).toBe('in-progress');
  });

  it('opens a follow-up when the answer before it does', () => {
    const tested: Answers = { ...start, biomarkers: { testing: 'done' } };
    expect(sectionStatus('biomarkerFindings', tested, 'biomarkerFindings')).toBe('not-started');
    expect(sectionStatus('biomarkerFindings', { ...start, biomarkers: { testing: 'not-done' } }, 'treatmentsTried')).toBe('skipped');
  });

  it('counts an optional page as done once it has answers or the person has moved past it', () => {
    expect(sectionStatus('appointment', start, 'careTeam')).toBe('not-started');
    expect(sectionStatus('appointment', { ...start, appointment: { date: '2026-12-01' } }, 'appointment')).toBe('done');
    expect(sectionStatus('appointment', start, 'checkAnswers')).toBe('done');
    const uninsured: Answers = { ...start, insurance: { coverage: 'uninsured' }, trials: { status: 'in-a-trial' } };
    expect(sectionStatus('household', uninsured, 'careTeam')).toBe('done');
  });
});

describe('an optional page jumped over', () => {
  it('stays "not started" when only pages further on have answers', () => {
    const answers: Answers = { ...start, biomarkers: { testing: 'done' }, insurance: { coverage: 'medicare' } };
    expect(sectionStatus('biomarkerFindings', answers, 'insurance')).toBe('not-started');
  });
});
