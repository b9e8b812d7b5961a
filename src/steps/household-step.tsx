import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { fieldId, useFieldErrors } from '../components/field-errors';
import { NumberInput } from '../components/number-input';
import { QuestionPage } from '../components/question-page';
import { WhyWeAsk } from '../components/why-we-ask';
import { useContent } from '../content/content-context';
import { householdStepSchemaFor } from '../domain/household-step.schema';
import type { StepProps } from './step-props';
import { useStepForm } from './use-step-form';

/** Household size and yearly income (both optional): help programmes use income limits. */
export function HouseholdStep({ answers, onSubmit, ...draftAndBack }: StepProps) {
  const { wizard } = useContent();
  const text = wizard.questions.household;
  const { numbers } = wizard.ui;
  // Numbers are read the way the language on screen writes them ("25.000" is 25,000 in Spanish).
  const schema = useMemo(() => householdStepSchemaFor(numbers), [numbers]);
  const { register, handleSubmit, formState, back, control } = useStepForm(draftAndBack, {
    resolver: zodResolver(schema),
    defaultValues: {
      insurance: {
        householdSize: answers.insurance?.householdSize?.toString() ?? '',
        yearlyIncome: answers.insurance?.yearlyIncome?.toString() ?? '',
      },
    },
  });
  const typed = useWatch({ control, name: 'insurance' });
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
      <NumberInput
        id={fieldId('insurance.householdSize')}
        label={text.householdSize.label}
        optionalText={wizard.ui.optional}
        hint={text.householdSize.hint}
        error={messageFor('insurance.householdSize')}
        registration={register('insurance.householdSize')}
        value={typed.householdSize}
        numbers={numbers}
        readBack={text.householdSize.readBack}
        // A household is whole people: a mark in the number is refused on Continue, not offered back.
        unclear={() => ''}
        inputMode="numeric"
        width="number"
      />
      <NumberInput
        id={fieldId('insurance.yearlyIncome')}
        label={text.yearlyIncome.label}
        optionalText={wizard.ui.optional}
        hint={text.yearlyIncome.hint}
        error={messageFor('insurance.yearlyIncome')}
        registration={register('insurance.yearlyIncome')}
        value={typed.yearlyIncome}
        numbers={numbers}
        readBack={(_value, written) => text.yearlyIncome.readBack(written)}
        unclear={text.yearlyIncome.unclear}
        inputMode="decimal"
        width="medium"
        prefix={text.yearlyIncome.prefix}
      />
    </QuestionPage>
  );
}
