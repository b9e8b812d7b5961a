import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldErrors } from '../components/field-errors';
import { welcomeStepSchema } from '../domain/welcome-step.schema';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';
import { WelcomePage } from './welcome-page';

/** The first page: what the tool does and does not do, privacy, and who is filling it in. */
export function WelcomeStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(welcomeStepSchema),
    defaultValues: { filledBy: answers.filledBy },
  });
  const { problems, messageFor } = useFieldErrors(formState.errors);

  return (
    <WelcomePage
      problems={problems}
      attempt={formState.submitCount}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      onBack={back}
      error={messageFor('filledBy')}
      registration={register('filledBy')}
    />
  );
}
