import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { TreatmentsList } from '../components/treatments-list';
import { useContent } from '../content/content-context';
import { YES_NO_UNSURE } from '../domain/answers-constants';
import { treatmentsTriedStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** The treatments tried so far (a list to add to, edit and remove from) and whether approved options remain. */
export function TreatmentsTriedStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.treatmentsTried;
  const { control, register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(treatmentsTriedStepSchema),
    defaultValues: {
      treatments: {
        tried: answers.treatments?.tried ?? [],
        standardOptionsLeft: answers.treatments?.standardOptionsLeft,
      },
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <p className="lead">{text.intro}</p>
      <TreatmentsList control={control} register={register} messageFor={messageFor} />
      <Radios
        id={fieldId('treatments.standardOptionsLeft')}
        legend={text.standardOptionsLeft.label}
        hint={text.standardOptionsLeft.hint}
        why={text.standardOptionsLeft.why}
        options={radioOptions(YES_NO_UNSURE, text.standardOptionsLeft.options)}
        error={messageFor('treatments.standardOptionsLeft')}
        registration={register('treatments.standardOptionsLeft')}
      />
    </QuestionPage>
  );
}
