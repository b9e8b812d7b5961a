import { lazy, type ComponentType } from 'react';
import type { QuestionStepId } from '../../flows/steps';
import type { StepProps } from '../steps/step-props';
import type * as LaterPagesModule from './later-pages';
import { WelcomeStep } from '../steps/welcome-step';

type LaterPages = typeof LaterPagesModule;

let laterPages: Promise<LaterPages> | null = null;

/** Fetches the pages after the welcome page (once); called in the background after the first render. */
export function loadLaterPages(): Promise<LaterPages> {
  laterPages ??= import('./later-pages').catch((error: unknown) => {
    // A failed fetch (a flaky connection) is forgotten, so the next page tries again.
    laterPages = null;
    throw error;
  });
  return laterPages;
}

function later<K extends keyof LaterPages>(name: K) {
  return lazy(() => loadLaterPages().then((pages) => ({ default: pages[name] })));
}

/** The page component for each question state of the machine. */
export const STEP_COMPONENTS: Record<QuestionStepId, ComponentType<StepProps>> = {
  welcome: WelcomeStep,
  diagnosis: later('DiagnosisStep'),
  biomarkers: later('BiomarkersStep'),
  biomarkerFindings: later('BiomarkerFindingsStep'),
  treatmentsTried: later('TreatmentsTriedStep'),
  drugOfInterest: later('DrugOfInterestStep'),
  insurance: later('InsuranceStep'),
  household: later('HouseholdStep'),
  trialStatus: later('TrialStatusStep'),
  trialTravel: later('TrialTravelStep'),
  careTeam: later('CareTeamStep'),
  appointment: later('AppointmentStep'),
};

/** The check-your-answers page, from the same chunk. */
export const CheckAnswersPage = later('CheckAnswers');
