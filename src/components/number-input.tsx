import type { UseFormRegisterReturn } from 'react-hook-form';
import type { WhyWeAsk as WhyWeAskText } from '../content/wizard-content.types';
import { formatTypedNumber, parseTypedNumber, type NumberConvention } from '../domain/typed-number';
import { TextInput } from './text-input';
import { useSpokenAfterPause } from './use-spoken-after-pause';

type NumberInputProps = {
  id: string;
  label: string;
  optionalText?: string;
  hint?: string;
  why?: WhyWeAskText;
  error?: string;
  registration: UseFormRegisterReturn;
  /** What is in the box now (from the form), read as the person types. */
  value: string;
  /** How the language on screen writes numbers. */
  numbers: NumberConvention;
  /** The number as read, in words ("= $25,000 a year"). */
  readBack: (value: number, written: string) => string;
  /** What to ask when the text could mean more than one number (or only the other language's way). */
  unclear: (readings: readonly string[], plain: string) => string;
  width?: 'number' | 'medium';
  prefix?: string;
  inputMode: 'numeric' | 'decimal';
};

/** The text of a reading in digits only, with the language's decimal mark: what to type to mean it. */
function plainDigits(value: number, numbers: NumberConvention): string {
  return String(value).replace('.', numbers.decimal);
}

/**
 * A number box that says back, beside it, the number it has read ("= $25,000 a year"), so a person
 * sees before Continue what will be saved; text that could mean two numbers is asked about instead.
 */
export function NumberInput({ value, numbers, readBack, unclear, ...field }: NumberInputProps) {
  const read = parseTypedNumber(value, numbers);
  let said = '';
  if (read.kind === 'number') said = readBack(read.value, formatTypedNumber(read.value, numbers));
  if (read.kind === 'unclear') {
    said = unclear(
      read.readings.map((reading) => formatTypedNumber(reading, numbers)),
      plainDigits(read.readings[0] ?? 0, numbers),
    );
  }
  const spoken = useSpokenAfterPause(said);
  return (
    <TextInput
      {...field}
      autoComplete="off"
      spellCheck={false}
      readBack={said}
      readBackStatus={spoken}
    />
  );
}
