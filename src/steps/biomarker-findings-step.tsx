import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { Textarea } from '../components/textarea';
import { useContent } from '../content/content-context';
import { biomarkerFindingsStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** What the biomarker testing found, one finding per line (optional). */
export function BiomarkerFindingsStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.biomarkerFindings.findings;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(biomarkerFindingsStepSchema),
    defaultValues: { biomarkers: { findings: (answers.biomarkers?.findings ?? []).join('\n') } },
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
      <Textarea
        id={fieldId('biomarkers.findings')}
        label={text.label}
        labelIsHeading
        optionalText={wizard.ui.optional}
        hint={text.hint}
        why={text.why}
        error={messageFor('biomarkers.findings')}
        registration={register('biomarkers.findings')}
        rows={4}
      />
    </QuestionPage>
  );
}
