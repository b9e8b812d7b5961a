import { useEffect, useRef, useState } from 'react';
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { useContent } from '../content/content-context';
import { LIMITS, OUTCOMES } from '../domain/answers-constants';
import type { treatmentsTriedStepSchema } from '../domain/step-schemas';
import { fieldId } from './field-errors';
import { radioOptions, Radios } from './radios';
import { TextInput } from './text-input';

type TreatmentsForm = z.input<typeof treatmentsTriedStepSchema>;
type TreatmentsOutput = z.output<typeof treatmentsTriedStepSchema>;

type TreatmentsListProps = {
  control: Control<TreatmentsForm, unknown, TreatmentsOutput>;
  register: UseFormRegister<TreatmentsForm>;
  messageFor: (path: string) => string | undefined;
};

const LIST_PATH = 'treatments.tried';
const ADD_BUTTON_ID = 'treatments-tried-add';

/**
 * The treatments a person has tried, as a list they can add to, edit in place and remove from
 * (the "add another" pattern). Focus follows the change: a new item's name box after adding,
 * the item that took its place (or the add button) after removing; a status line says what happened.
 */
export function TreatmentsList({ control, register, messageFor }: TreatmentsListProps) {
  const { wizard } = useContent();
  const text = wizard.questions.treatmentsTried.list;
  const { fields, append, remove } = useFieldArray({ control, name: LIST_PATH });
  const [removedNumber, setRemovedNumber] = useState<number | null>(null);
  const focusAfterRemove = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfterRemove.current === null) return;
    document.getElementById(focusAfterRemove.current)?.focus();
    focusAfterRemove.current = null;
  }, [fields.length]);

  const nameId = (index: number) => fieldId(`${LIST_PATH}.${index}.name`);

  const add = () => {
    setRemovedNumber(null);
    append({ name: '', outcome: undefined }, { shouldFocus: true, focusName: `${LIST_PATH}.${fields.length}.name` });
  };

  const removeAt = (index: number) => {
    const remaining = fields.length - 1;
    focusAfterRemove.current = remaining === 0 ? ADD_BUTTON_ID : nameId(Math.min(index, remaining - 1));
    setRemovedNumber(index + 1);
    remove(index);
  };

  const status =
    fields.length === 0 ? text.noneYet : text.count(fields.length);
  const outcomeOptions = radioOptions(OUTCOMES, text.outcome.options);
  const full = fields.length >= LIMITS.treatments;

  return (
    <section className="add-another" aria-labelledby="treatments-tried">
      <h2 className="heading-m" id="treatments-tried" tabIndex={-1}>
        {text.heading}
      </h2>
      <p className="add-another__status" role="status">
        {removedNumber === null ? status : `${text.removed(removedNumber)} ${status}`}
      </p>
      {fields.map((field, index) => {
        const itemPath = `${LIST_PATH}.${index}` as const;
        return (
          <fieldset className="add-another__item" key={field.id}>
            <legend className="legend legend--item">{text.itemLegend(index + 1)}</legend>
            <TextInput
              id={nameId(index)}
              label={text.name.label}
              hint={text.name.hint}
              error={messageFor(`${itemPath}.name`)}
              registration={register(`${itemPath}.name`)}
              autoComplete="off"
            />
            <Radios
              id={fieldId(`${itemPath}.outcome`)}
              legend={text.outcome.label}
              options={outcomeOptions}
              error={messageFor(`${itemPath}.outcome`)}
              registration={register(`${itemPath}.outcome`)}
            />
            <button type="button" className="button button--secondary add-another__remove" onClick={() => removeAt(index)}>
              {text.remove(index + 1)}
            </button>
          </fieldset>
        );
      })}
      {full ? (
        <p className="hint">{text.limitReached(LIMITS.treatments)}</p>
      ) : (
        <button type="button" className="button button--secondary" id={ADD_BUTTON_ID} onClick={add}>
          {fields.length === 0 ? text.add : text.addAnother}
        </button>
      )}
    </section>
  );
}
