import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { Textarea } from '../components/textarea';
import { useContent } from '../content/content-context';
import { TESTING } from '../domain/answers-constants';
import { biomarkersStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/**
 * Whether the cancer has had biomarker (genomic) testing, and whether the person has had an
 * inherited (germline) gene test; what that test found is asked under its "yes".
 */
export function BiomarkersStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.biomarkers;
  const { control, register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(biomarkersStepSchema),
    defaultValues: {
      biomarkers: {
        testing: answers.biomarkers?.testing,
        germlineTesting: answers.biomarkers?.germlineTesting,
        germlineFindings: (answers.biomarkers?.germlineFindings ?? []).join('\n'),
      },
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  const germlineTesting = useWatch({ control, name: 'biomarkers.germlineTesting' });

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <Radios
        id={fieldId('biomarkers.testing')}
        legend={text.testing.label}
        hint={text.testing.hint}
        why={text.testing.why}
        options={radioOptions(TESTING, text.testing.options)}
        error={messageFor('biomarkers.testing')}
        registration={register('biomarkers.testing')}
      />
      <Radios
        id={fieldId('biomarkers.germlineTesting')}
        legend={text.germlineTesting.label}
        hint={text.germlineTesting.hint}
        why={text.germlineTesting.why}
        options={radioOptions(TESTING, text.germlineTesting.options)}
        error={messageFor('biomarkers.germlineTesting')}
        registration={register('biomarkers.germlineTesting')}
      >
        {germlineTesting === 'done' && (
          <div className="conditional">
            <Textarea
              id={fieldId('biomarkers.germlineFindings')}
              label={text.germlineFindings.label}
              optionalText={wizard.ui.optional}
              hint={text.germlineFindings.hint}
              error={messageFor('biomarkers.germlineFindings')}
              registration={register('biomarkers.germlineFindings')}
              rows={3}
            />
          </div>
        )}
      </Radios>
    </QuestionPage>
  );
}
