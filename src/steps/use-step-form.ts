import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { StepProps } from './step-props';

type StepForm<TFieldValues extends FieldValues, TContext, TTransformedValues> = UseFormReturn<TFieldValues, TContext, TTransformedValues> & {
  /** The page's Back: hands the form's values, as typed, to the shell; undefined when there is no page before. */
  back?: () => void;
};

/**
 * react-hook-form for a question page, validated GOV.UK style: only on Continue (and again on each
 * Continue), with focus left to the page's error summary rather than the first field. What was
 * typed is kept across Back: the form starts from
 * the draft the page left (when there is one) instead of the saved answers, and Back hands the
 * current values over unvalidated. Only Continue checks them and turns them into answers.
 */
export function useStepForm<TFieldValues extends FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  { draft, onBack, draftReaderRef }: Pick<StepProps, 'draft' | 'onBack' | 'draftReaderRef'>,
  options: Omit<UseFormProps<TFieldValues, TContext, TTransformedValues>, 'mode' | 'reValidateMode' | 'shouldFocusError'>,
): StepForm<TFieldValues, TContext, TTransformedValues> {
  // A draft is this page's own getValues() from earlier, so it has the form's shape.
  const form = useForm({
    ...options,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    defaultValues: (draft as DefaultValues<TFieldValues> | undefined) ?? options.defaultValues,
  });
  const back = onBack && (() => onBack(form.getValues()));
  // The browser's Back button is the shell's, not the page's: let the shell read the form too.
  const { getValues } = form;
  useEffect(() => {
    if (!draftReaderRef) return;
    draftReaderRef.current = () => getValues();
    return () => {
      draftReaderRef.current = null;
    };
  }, [draftReaderRef, getValues]);
  return { ...form, back };
}
