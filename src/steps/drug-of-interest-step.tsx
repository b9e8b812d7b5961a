import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { useContent } from '../content/content-context';
import { APPROVALS } from '../domain/answers-constants';
import { drugOfInterestStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** The drug the person is asking about (optional) and whether it is approved. */
export function DrugOfInterestStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.drugOfInterest;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(drugOfInterestStepSchema),
    defaultValues: {
      drugOfInterest: {
        name: answers.drugOfInterest?.name ?? '',
        approval: answers.drugOfInterest?.approval,
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
      <TextInput
        id={fieldId('drugOfInterest.name')}
        label={text.name.label}
        optionalText={wizard.ui.optional}
        hint={text.name.hint}
        error={messageFor('drugOfInterest.name')}
        registration={register('drugOfInterest.name')}
        autoComplete="off"
        spellCheck={false}
      />
      <Radios
        id={fieldId('drugOfInterest.approval')}
        legend={text.approval.label}
        hint={text.approval.hint}
        why={text.approval.why}
        options={radioOptions(APPROVALS, text.approval.options)}
        error={messageFor('drugOfInterest.approval')}
        registration={register('drugOfInterest.approval')}
      />
    </QuestionPage>
  );
}
