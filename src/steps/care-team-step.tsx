import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { useContent } from '../content/content-context';
import { SETTINGS, YES_NO_UNSURE } from '../domain/answers-constants';
import { careTeamStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** Whether the oncologist is willing to help, and where the person gets cancer care. */
export function CareTeamStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.careTeam;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(careTeamStepSchema),
    defaultValues: {
      careTeam: {
        oncologistOpenToHelp: answers.careTeam?.oncologistOpenToHelp,
        setting: answers.careTeam?.setting,
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
      <Radios
        id={fieldId('careTeam.oncologistOpenToHelp')}
        legend={text.oncologistOpenToHelp.label}
        hint={text.oncologistOpenToHelp.hint}
        why={text.oncologistOpenToHelp.why}
        options={radioOptions(YES_NO_UNSURE, text.oncologistOpenToHelp.options)}
        error={messageFor('careTeam.oncologistOpenToHelp')}
        registration={register('careTeam.oncologistOpenToHelp')}
      />
      <Radios
        id={fieldId('careTeam.setting')}
        legend={text.setting.label}
        hint={text.setting.hint}
        options={radioOptions(SETTINGS, text.setting.options)}
        error={messageFor('careTeam.setting')}
        registration={register('careTeam.setting')}
      />
    </QuestionPage>
  );
}
