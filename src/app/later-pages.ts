/*
 * Every page after the welcome page, in one chunk: the first screen loads only what the welcome
 * page needs (the 130 KB budget), and this chunk is fetched in the background right after it.
 */
export { AppointmentStep } from '../steps/appointment-step';
export { BiomarkerFindingsStep } from '../steps/biomarker-findings-step';
export { BiomarkersStep } from '../steps/biomarkers-step';
export { CareTeamStep } from '../steps/care-team-step';
export { CheckAnswers } from '../steps/check-answers';
export { DiagnosisStep } from '../steps/diagnosis-step';
export { DrugOfInterestStep } from '../steps/drug-of-interest-step';
export { HouseholdStep } from '../steps/household-step';
export { InsuranceStep } from '../steps/insurance-step';
export { TreatmentsTriedStep } from '../steps/treatments-tried-step';
export { TrialStatusStep } from '../steps/trial-status-step';
export { TrialTravelStep } from '../steps/trial-travel-step';
