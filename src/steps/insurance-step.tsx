import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { useContent } from '../content/content-context';
import { COST_CONCERNS, COVERAGES, SECONDARY_COVERAGES } from '../domain/answers-constants';
import { asksSecondCoverage } from '../domain/second-coverage';
import { DENIED_BEFORE_CHOICES, insuranceStepSchema } from '../domain/step-schemas';
import { US_STATE_CODES } from '../domain/us-states';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

function yesNo(value: boolean | undefined) {
  if (value === undefined) return undefined;
  return value ? 'yes' : 'no';
}

/**
 * Where the person lives, their insurance (and, under Medicare, a second coverage), any past
 * refusal (and the date on its letter), and how worried they are about cost.
 */
export function InsuranceStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard, lang } = useContent();
  const text = wizard.questions.insurance;
  const { control, register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(insuranceStepSchema),
    defaultValues: {
      residenceState: answers.residenceState,
      insurance: {
        coverage: answers.insurance?.coverage,
        secondary: answers.insurance?.secondary,
        deniedBefore: yesNo(answers.insurance?.deniedBefore),
        deniedOn: answers.insurance?.deniedOn ?? '',
        costConcern: answers.insurance?.costConcern,
      },
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  const coverage = useWatch({ control, name: 'insurance.coverage' });
  const deniedBefore = useWatch({ control, name: 'insurance.deniedBefore' });
  const collator = new Intl.Collator(lang);
  const stateOptions = US_STATE_CODES.map((code) => ({ value: code, label: wizard.states[code] })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <Select
        id={fieldId('residenceState')}
        label={text.residenceState.label}
        hint={text.residenceState.hint}
        placeholder={text.residenceState.choose}
        options={stateOptions}
        error={messageFor('residenceState')}
        registration={register('residenceState')}
        autoComplete="address-level1"
      />
      <Radios
        id={fieldId('insurance.coverage')}
        legend={text.coverage.label}
        hint={text.coverage.hint}
        why={text.coverage.why}
        options={radioOptions(COVERAGES, text.coverage.options)}
        error={messageFor('insurance.coverage')}
        registration={register('insurance.coverage')}
      />
      {/* A question of its own (not nested in the coverage group), shown only under Medicare. */}
      {asksSecondCoverage(coverage) && (
        <div className="conditional">
          <Radios
            id={fieldId('insurance.secondary')}
            legend={text.secondary.label}
            hint={text.secondary.hint}
            options={radioOptions(SECONDARY_COVERAGES, text.secondary.options)}
            error={messageFor('insurance.secondary')}
            registration={register('insurance.secondary')}
          />
        </div>
      )}
      <Radios
        id={fieldId('insurance.deniedBefore')}
        legend={text.deniedBefore.label}
        optionalText={wizard.ui.optional}
        hint={text.deniedBefore.hint}
        options={radioOptions(DENIED_BEFORE_CHOICES, text.deniedBefore.options)}
        error={messageFor('insurance.deniedBefore')}
        registration={register('insurance.deniedBefore')}
        layout="inline"
      >
        {deniedBefore === 'yes' && (
          <div className="conditional">
            <TextInput
              id={fieldId('insurance.deniedOn')}
              type="date"
              label={text.deniedOn.label}
              optionalText={wizard.ui.optional}
              hint={text.deniedOn.hint}
              why={text.deniedOn.why}
              error={messageFor('insurance.deniedOn')}
              registration={register('insurance.deniedOn')}
              width="medium"
            />
          </div>
        )}
      </Radios>
      <Radios
        id={fieldId('insurance.costConcern')}
        legend={text.costConcern.label}
        hint={text.costConcern.hint}
        options={radioOptions(COST_CONCERNS, text.costConcern.options)}
        error={messageFor('insurance.costConcern')}
        registration={register('insurance.costConcern')}
      />
    </QuestionPage>
  );
}
