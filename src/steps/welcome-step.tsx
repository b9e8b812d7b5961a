import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { useContent } from '../content/content-context';
import { FILLED_BY } from '../domain/answers-constants';
import { welcomeStepSchema } from '../domain/welcome-step.schema';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** The first page: what the tool does and does not do, privacy, and who is filling it in. */
export function WelcomeStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.welcome;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(welcomeStepSchema),
    defaultValues: { filledBy: answers.filledBy },
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
      {text.intro.map((paragraph) => (
        <p className="lead" key={paragraph}>
          {paragraph}
        </p>
      ))}
      <h2 className="heading-m">{text.doesHeading}</h2>
      <ul className="list list--bullet">
        {text.does.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="heading-m">{text.doesNotHeading}</h2>
      <ul className="list list--bullet">
        {text.doesNot.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="inset">{text.privacy}</p>
      <Radios
        id="filledBy"
        legend={text.filledBy.label}
        hint={text.filledBy.hint}
        options={radioOptions(FILLED_BY, text.filledBy.options)}
        error={messageFor('filledBy')}
        registration={register('filledBy')}
      />
    </QuestionPage>
  );
}
