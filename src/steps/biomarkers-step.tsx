import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { useContent } from '../content/content-context';
import { TESTING } from '../domain/answers-constants';
import { biomarkersStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** Whether the cancer has had biomarker (genomic) testing. */
export function BiomarkersStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.biomarkers.testing;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(biomarkersStepSchema),
    defaultValues: { biomarkers: { testing: answers.biomarkers?.testing } },
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
        id={fieldId('biomarkers.testing')}
        legend={text.label}
        legendIsHeading
        hint={text.hint}
        why={text.why}
        options={radioOptions(TESTING, text.options)}
        error={messageFor('biomarkers.testing')}
        registration={register('biomarkers.testing')}
      />
    </QuestionPage>
  );
}
