import { zodResolver } from '@hookform/resolvers/zod';
import { Suspense } from 'react';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { TextInput } from '../components/text-input';
import { useContent } from '../content/content-context';
import { TRAVEL_CHOICES, trialTravelStepSchema } from '../domain/step-schemas';
import { TrialSearchSection } from './kept-trials';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** How far the person could travel for a trial, and their ZIP code (optional). */
export function TrialTravelStep({ answers, onSubmit, onKeepLookup, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.trialTravel;
  const { register, handleSubmit, formState, back, control } = useStepForm(draftAndBack, {
    resolver: zodResolver(trialTravelStepSchema),
    defaultValues: { trials: { travel: answers.trials?.travel, zip: answers.trials?.zip ?? '' } },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  // The trial search uses the travel and ZIP code as they are on the page now.
  const travel = useWatch({ control, name: 'trials.travel' });
  const zip = useWatch({ control, name: 'trials.zip' });

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <Radios
        id={fieldId('trials.travel')}
        legend={text.travel.label}
        hint={text.travel.hint}
        options={radioOptions(TRAVEL_CHOICES, text.travel.options)}
        error={messageFor('trials.travel')}
        registration={register('trials.travel')}
      />
      <TextInput
        id={fieldId('trials.zip')}
        label={text.zip.label}
        optionalText={wizard.ui.optional}
        hint={text.zip.hint}
        error={messageFor('trials.zip')}
        registration={register('trials.zip')}
        inputMode="numeric"
        autoComplete="postal-code"
        spellCheck={false}
        width="zip"
      />
      <Suspense fallback={null}>
        <TrialSearchSection
          answers={answers}
          travel={travel ?? undefined}
          zip={/^\d{5}$/.test(zip ?? '') ? zip : ''}
          onKeep={(saved) => onKeepLookup?.({ type: 'trials.keep', saved })}
        />
      </Suspense>
    </QuestionPage>
  );
}
