import { describe, expect, it } from 'vitest';
import { sectionStatus, sectionSummaries, unvisitedSections } from '../../../flows/section-status';
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

describe('pages never opened, for the check page', () => {
  const jumped: Answers = {
    ...start,
    filledBy: 'navigator',
    diagnosis: { cancerType: 'melanoma', stage: 'metastatic' },
    biomarkers: { testing: 'not-done' },
    insurance: { coverage: 'private', costConcern: 'some' },
    trials: { status: 'looking', travel: 'near-home' },
  };

  it('names every page that applies, holds no answer and was not opened, in page order', () => {
    // Jumped from the diagnosis to the clinical trials page, then on to the check page.
    const visited = new Set(['welcome', 'diagnosis', 'biomarkers', 'insurance', 'trialStatus', 'trialTravel', 'careTeam', 'appointment', 'checkAnswers'] as const);
    expect(unvisitedSections(jumped, visited)).toEqual(['treatmentsTried', 'drugOfInterest', 'household']);
  });

  it('never names a page left out by an answer, a page that holds an answer, or a page that was opened and left blank', () => {
    const visited = new Set(['household', 'careTeam', 'appointment', 'treatmentsTried', 'drugOfInterest'] as const);
    expect(unvisitedSections(jumped, visited)).toEqual([]);
  });
});

