import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useWatch } from 'react-hook-form';
import { CancerTypePicker } from '../components/cancer-type-picker';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { useContent } from '../content/content-context';
import { STAGES } from '../domain/answers-constants';
import { diagnosisStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** The cancer type (searchable, with a box for "another type"), how far it has spread, and the person's age. */
export function DiagnosisStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.diagnosis;
  const { control, register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(diagnosisStepSchema),
    defaultValues: {
      age: answers.age === undefined ? '' : String(answers.age),
      diagnosis: {
        cancerType: answers.diagnosis?.cancerType,
        cancerTypeOther: answers.diagnosis?.cancerTypeOther ?? '',
        stage: answers.diagnosis?.stage,
      },
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  const cancerType = useWatch({ control, name: 'diagnosis.cancerType' });

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <Controller
        control={control}
        name="diagnosis.cancerType"
        render={({ field }) => (
          <CancerTypePicker
            id={fieldId(field.name)}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={messageFor(field.name)}
          >
            {cancerType === 'other' && (
              <div className="conditional">
                <TextInput
                  id={fieldId('diagnosis.cancerTypeOther')}
                  label={text.cancerType.otherLabel}
                  hint={text.cancerType.otherHint}
                  error={messageFor('diagnosis.cancerTypeOther')}
                  registration={register('diagnosis.cancerTypeOther')}
                  autoComplete="off"
                />
              </div>
            )}
          </CancerTypePicker>
        )}
      />
      <Radios
        id={fieldId('diagnosis.stage')}
        legend={text.stage.label}
        hint={text.stage.hint}
        why={text.stage.why}
        options={radioOptions(STAGES, text.stage.options)}
        error={messageFor('diagnosis.stage')}
        registration={register('diagnosis.stage')}
      />
      <TextInput
        id={fieldId('age')}
        label={text.age.label}
        optionalText={wizard.ui.optional}
        hint={text.age.hint}
        why={text.age.why}
        error={messageFor('age')}
        registration={register('age')}
        inputMode="numeric"
        autoComplete="off"
        width="number"
      />
    </QuestionPage>
  );
}
