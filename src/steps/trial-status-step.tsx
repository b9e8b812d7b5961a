import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { useContent } from '../content/content-context';
import { TRIAL_STATUSES } from '../domain/answers-constants';
import { trialStatusStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** Whether the person has looked into clinical trials. */
export function TrialStatusStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.trialStatus.status;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(trialStatusStepSchema),
    defaultValues: { trials: { status: answers.trials?.status } },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);

  return (
    <QuestionPage
      title={text.label}
      headingInQuestion
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <Radios
        id={fieldId('trials.status')}
        legend={text.label}
        legendIsHeading
        hint={text.hint}
        why={text.why}
        options={radioOptions(TRIAL_STATUSES, text.options)}
        error={messageFor('trials.status')}
        registration={register('trials.status')}
      />
    </QuestionPage>
  );
}
