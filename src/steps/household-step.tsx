import { zodResolver } from '@hookform/resolvers/zod';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { QuestionPage } from '../components/question-page';
import { TextInput } from '../components/text-input';
import { WhyWeAsk } from '../components/why-we-ask';
import { useContent } from '../content/content-context';
import { householdStepSchema } from '../domain/step-schemas';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** Household size and yearly income (both optional): help programmes use income limits. */
export function HouseholdStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.household;
  const { register, handleSubmit, formState, back } = useStepForm(draftAndBack, {
    resolver: zodResolver(householdStepSchema),
    defaultValues: {
      insurance: {
        householdSize: answers.insurance?.householdSize?.toString() ?? '',
        yearlyIncome: answers.insurance?.yearlyIncome?.toString() ?? '',
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
      <p className="lead">{text.intro}</p>
      <WhyWeAsk why={text.why} />
      <TextInput
        id={fieldId('insurance.householdSize')}
        label={text.householdSize.label}
        optionalText={wizard.ui.optional}
        hint={text.householdSize.hint}
        error={messageFor('insurance.householdSize')}
        registration={register('insurance.householdSize')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        width="number"
      />
      <TextInput
        id={fieldId('insurance.yearlyIncome')}
        label={text.yearlyIncome.label}
        optionalText={wizard.ui.optional}
        hint={text.yearlyIncome.hint}
        error={messageFor('insurance.yearlyIncome')}
        registration={register('insurance.yearlyIncome')}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        width="medium"
        prefix={text.yearlyIncome.prefix}
      />
    </QuestionPage>
  );
}
