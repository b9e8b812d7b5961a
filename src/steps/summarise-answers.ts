import type { RouteTarget } from '../../flows/navigator.events';
import { applicableSteps, stepForAnswerPath, type QuestionStepId } from '../../flows/steps';
import { formatDate, formatDollars, formatNumber } from '../content/format';
import type { FirstContent } from '../content/types';
import type { OptionTexts } from '../content/wizard-content.types';
import type { Answers } from '../domain/answers.schema';
import { asksSecondCoverage } from '../domain/second-coverage';

/** One answer on the check page: what was asked, what was answered, and the way back to change it. */
export type SummaryRow = {
  /** The dotted answer path, e.g. "insurance.coverage". */
  key: string;
  label: string;
  /** The answer in words; a list for answers with several items. Null when not answered. */
  value: string | readonly string[] | null;
  change: { to: RouteTarget; hiddenText: string };
};

/** The answers of one question page, under that page's title. */
export type SummarySection = { step: QuestionStepId; title: string; rows: SummaryRow[] };

type RowSpec = { key: string; label: string; value: string | readonly string[] | null };

function choice<T extends readonly string[]>(options: OptionTexts<T>, value: T[number] | undefined): string | null {
  return value === undefined ? null : options[value].label;
}

function text(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** The rows each page contributes, in the order the page asks them. */
function rowsFor(step: QuestionStepId, answers: Answers, content: FirstContent): RowSpec[] {
  const q = content.wizard.questions;
  const words = content.shell.checkAnswers;
  const lang = content.lang;
  switch (step) {
    case 'welcome':
      return [{ key: 'filledBy', label: q.welcome.filledBy.label, value: choice(q.welcome.filledBy.options, answers.filledBy) }];
    case 'diagnosis': {
      const { cancerType, cancerTypeOther, stage } = answers.diagnosis ?? {};
      const typeName =
        cancerType === undefined
          ? null
          : cancerType === 'other' && text(cancerTypeOther) !== null
            ? words.otherCancer(cancerTypeOther ?? '')
            : content.wizard.cancerTypes[cancerType].name;
      return [
        { key: 'diagnosis.cancerType', label: q.diagnosis.cancerType.label, value: typeName },
        { key: 'diagnosis.stage', label: q.diagnosis.stage.label, value: choice(q.diagnosis.stage.options, stage) },
        { key: 'age', label: q.diagnosis.age.label, value: answers.age === undefined ? null : formatNumber(answers.age, lang) },
      ];
    }
    case 'biomarkers': {
      const { testing, germlineTesting, germlineFindings } = answers.biomarkers ?? {};
      return [
        { key: 'biomarkers.testing', label: q.biomarkers.testing.label, value: choice(q.biomarkers.testing.options, testing) },
        {
          key: 'biomarkers.germlineTesting',
          label: q.biomarkers.germlineTesting.label,
          value: choice(q.biomarkers.germlineTesting.options, germlineTesting),
        },
        // Asked only under "done", so shown only then.
        ...(germlineTesting === 'done'
          ? [{ key: 'biomarkers.germlineFindings', label: q.biomarkers.germlineFindings.label, value: germlineFindings?.length ? germlineFindings : null }]
          : []),
      ];
    }
    case 'biomarkerFindings': {
      const findings = answers.biomarkers?.findings;
      return [{ key: 'biomarkers.findings', label: q.biomarkerFindings.findings.label, value: findings?.length ? findings : null }];
    }
    case 'treatmentsTried': {
      const { tried, standardOptionsLeft } = answers.treatments ?? {};
      const list = q.treatmentsTried.list;
      const treatments =
        tried === undefined ? null : tried.length === 0 ? words.noneAdded : tried.map((t) => words.treatment(t.name, list.outcome.options[t.outcome].label));
      return [
        { key: 'treatments.tried', label: list.heading, value: treatments },
        {
          key: 'treatments.standardOptionsLeft',
          label: q.treatmentsTried.standardOptionsLeft.label,
          value: choice(q.treatmentsTried.standardOptionsLeft.options, standardOptionsLeft),
        },
      ];
    }
    case 'drugOfInterest': {
      const { name, approval, givenHow, label } = answers.drugOfInterest ?? {};
      return [
        { key: 'drugOfInterest.name', label: q.drugOfInterest.name.label, value: text(name) },
        // The lookup is a button, not a question: its row shows only once a lookup was kept.
        ...(label
          ? [{ key: 'drugOfInterest.label', label: words.labelRow, value: words.labelValue(label.labels.length, formatDate(label.retrievedOn, lang)) }]
          : []),
        { key: 'drugOfInterest.approval', label: q.drugOfInterest.approval.label, value: choice(q.drugOfInterest.approval.options, approval) },
        { key: 'drugOfInterest.givenHow', label: q.drugOfInterest.givenHow.label, value: choice(q.drugOfInterest.givenHow.options, givenHow) },
      ];
    }
    case 'insurance': {
      const { coverage, secondary, deniedBefore, deniedOn, costConcern } = answers.insurance ?? {};
      const state = answers.residenceState;
      return [
        { key: 'residenceState', label: q.insurance.residenceState.label, value: state === undefined ? null : content.wizard.states[state] },
        { key: 'insurance.coverage', label: q.insurance.coverage.label, value: choice(q.insurance.coverage.options, coverage) },
        // Asked only under Medicare and Medicare Advantage, so shown only then.
        ...(asksSecondCoverage(coverage)
          ? [{ key: 'insurance.secondary', label: q.insurance.secondary.label, value: choice(q.insurance.secondary.options, secondary) }]
          : []),
        {
          key: 'insurance.deniedBefore',
          label: q.insurance.deniedBefore.label,
          value: deniedBefore === undefined ? null : q.insurance.deniedBefore.options[deniedBefore ? 'yes' : 'no'].label,
        },
        // Asked only under "yes".
        ...(deniedBefore === true
          ? [{ key: 'insurance.deniedOn', label: q.insurance.deniedOn.label, value: deniedOn === undefined ? null : formatDate(deniedOn, lang) }]
          : []),
        { key: 'insurance.costConcern', label: q.insurance.costConcern.label, value: choice(q.insurance.costConcern.options, costConcern) },
      ];
    }
    case 'household': {
      const { householdSize, yearlyIncome } = answers.insurance ?? {};
      return [
        {
          key: 'insurance.householdSize',
          label: q.household.householdSize.label,
          value: householdSize === undefined ? null : formatNumber(householdSize, lang),
        },
        {
          key: 'insurance.yearlyIncome',
          label: q.household.yearlyIncome.label,
          value: yearlyIncome === undefined ? null : formatDollars(yearlyIncome, lang),
        },
      ];
    }
    case 'trialStatus':
      return [{ key: 'trials.status', label: q.trialStatus.status.label, value: choice(q.trialStatus.status.options, answers.trials?.status) }];
    case 'trialTravel':
      return [
        { key: 'trials.travel', label: q.trialTravel.travel.label, value: choice(q.trialTravel.travel.options, answers.trials?.travel) },
        { key: 'trials.zip', label: q.trialTravel.zip.label, value: text(answers.trials?.zip) },
      ];
    case 'careTeam': {
      const { oncologistOpenToHelp, setting } = answers.careTeam ?? {};
      return [
        {
          key: 'careTeam.oncologistOpenToHelp',
          label: q.careTeam.oncologistOpenToHelp.label,
          value: choice(q.careTeam.oncologistOpenToHelp.options, oncologistOpenToHelp),
        },
        { key: 'careTeam.setting', label: q.careTeam.setting.label, value: choice(q.careTeam.setting.options, setting) },
      ];
    }
    case 'appointment': {
      const { date, clinician } = answers.appointment ?? {};
      return [
        { key: 'appointment.date', label: q.appointment.date.label, value: date === undefined ? null : formatDate(date, lang) },
        { key: 'appointment.clinician', label: q.appointment.clinician.label, value: text(clinician) },
        { key: 'notes', label: q.appointment.notes.label, value: text(answers.notes) },
      ];
    }
  }
}

/** Every answer of every page shown for these answers, grouped by page, each with its Change link. Pure. */
export function summariseAnswers(answers: Answers, content: FirstContent): SummarySection[] {
  return applicableSteps(answers).map((step) => ({
    step,
    title: step === 'welcome' ? content.shell.checkAnswers.welcomeSectionTitle : content.wizard.questions[step].title,
    rows: rowsFor(step, answers, content).map((row) => ({
      ...row,
      change: { to: `#${step}`, hiddenText: row.label },
    })),
  }));
}

/**
 * The question behind a dotted answer path (for the results page's "would sharpen" list) and the
 * page that asks it, or null for a path no page asks.
 */
export function questionFor(path: string, answers: Answers, content: FirstContent): { label: string; to: RouteTarget } | null {
  const step = stepForAnswerPath(path, answers);
  if (step === null) return null;
  // The page that owns the path when it is shown; else the page whose answer would open it.
  const row = rowsFor(step, answers, content).find((candidate) => candidate.key === path);
  return { label: row?.label ?? content.wizard.questions[step].title, to: `#${step}` };
}
