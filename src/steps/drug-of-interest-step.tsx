import { zodResolver } from '@hookform/resolvers/zod';
import { lazy, Suspense } from 'react';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { useContent } from '../content/content-context';
import { APPROVALS, GIVEN_HOW } from '../domain/answers-constants';
import { drugOfInterestStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

// The lookup (its machine, the openFDA parser, its words) loads only when this page shows.
const LabelLookupPanel = lazy(() => import('./label-lookup-panel'));
// The expanded-access lookup on ClinicalTrials.gov (issue 11), the same way.
const ExpandedAccessPanel = lazy(() => import('./expanded-access-panel'));

/**
 * The drug the person is asking about (optional), what its FDA label says (looked up only when the
 * person presses the button), whether it is approved, and how it is given.
 */
export function DrugOfInterestStep({ answers, onSubmit, onKeepLookup, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.drugOfInterest;
  const { control, register, handleSubmit, formState, back, setValue, getValues } = useStepForm(draftAndBack, {
    resolver: zodResolver(drugOfInterestStepSchema),
    defaultValues: {
      drugOfInterest: {
        name: answers.drugOfInterest?.name ?? '',
        approval: answers.drugOfInterest?.approval,
        givenHow: answers.drugOfInterest?.givenHow,
        label: answers.drugOfInterest?.label ?? null,
      },
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  const name = useWatch({ control, name: 'drugOfInterest.name' });

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
      <Suspense fallback={null}>
        <LabelLookupPanel
          name={name}
          kept={getValues('drugOfInterest.label') ?? undefined}
          diagnosis={answers.diagnosis}
          onKeep={(lookup) => setValue('drugOfInterest.label', lookup)}
        />
        <ExpandedAccessPanel
          name={name}
          kept={answers.drugOfInterest?.expandedAccess}
          onKeep={(lookup) => onKeepLookup?.({ type: 'expandedAccess.keep', lookup })}
        />
      </Suspense>
      <Radios
        id={fieldId('drugOfInterest.approval')}
        legend={text.approval.label}
        hint={text.approval.hint}
        why={text.approval.why}
        options={radioOptions(APPROVALS, text.approval.options)}
        error={messageFor('drugOfInterest.approval')}
        registration={register('drugOfInterest.approval')}
      />
      <Radios
        id={fieldId('drugOfInterest.givenHow')}
        legend={text.givenHow.label}
        optionalText={wizard.ui.optional}
        why={text.givenHow.why}
        options={radioOptions(GIVEN_HOW, text.givenHow.options)}
        error={messageFor('drugOfInterest.givenHow')}
        registration={register('drugOfInterest.givenHow')}
      />
    </QuestionPage>
  );
}
