import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { TextInput } from '../components/text-input';
import { Textarea } from '../components/textarea';
import { useContent } from '../content/content-context';
import { LIMITS } from '../domain/answers-constants';
import { appointmentStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** The next appointment (all optional): date, who the person will see, and notes for the checklist. */
export function AppointmentStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.appointment;
  const { control, register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(appointmentStepSchema),
    defaultValues: {
      appointment: {
        date: answers.appointment?.date ?? '',
        clinician: answers.appointment?.clinician ?? '',
      },
      notes: answers.notes ?? '',
    },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);
  const notes = useWatch({ control, name: 'notes' });

  return (
    <QuestionPage
      title={text.title}
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
    >
      <p className="lead">{text.intro}</p>
      <TextInput
        id={fieldId('appointment.date')}
        type="date"
        label={text.date.label}
        optionalText={wizard.ui.optional}
        hint={text.date.hint}
        error={messageFor('appointment.date')}
        registration={register('appointment.date')}
        width="medium"
      />
      <TextInput
        id={fieldId('appointment.clinician')}
        label={text.clinician.label}
        optionalText={wizard.ui.optional}
        hint={text.clinician.hint}
        error={messageFor('appointment.clinician')}
        registration={register('appointment.clinician')}
        autoComplete="off"
      />
      <Textarea
        id={fieldId('notes')}
        label={text.notes.label}
        optionalText={wizard.ui.optional}
        hint={text.notes.hint}
        error={messageFor('notes')}
        registration={register('notes')}
        rows={6}
        limit={LIMITS.notes}
        length={notes.length}
      />
    </QuestionPage>
  );
}
