import type { FormEventHandler } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { FieldProblem } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { radioOptions, Radios } from '../components/radios';
import { useContent } from '../content/content-context';
import { FILLED_BY } from '../domain/answers-constants';

type WelcomePageProps = {
  problems: readonly FieldProblem[];
  attempt: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack?: () => void;
  error?: string;
  registration: UseFormRegisterReturn<'filledBy'>;
};

/**
 * What the welcome page shows, without a form library: the first screen draws it before
 * react-hook-form and zod have loaded (src/app/first-welcome.tsx), and the welcome step draws the
 * same markup with them (src/steps/welcome-step.tsx), so the handover changes nothing on screen.
 */
export function WelcomePage({ problems, attempt, onSubmit, onBack, error, registration }: WelcomePageProps) {
  const { wizard } = useContent();
  const text = wizard.questions.welcome;
  return (
    <QuestionPage title={text.title} problems={problems} attempt={attempt} onSubmit={onSubmit} onBack={onBack}>
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
        error={error}
        registration={registration}
      />
    </QuestionPage>
  );
}
