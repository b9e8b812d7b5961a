import { useContent } from '../content/content-context';

/** A field's own error, with "Error:" for screen readers, the same words as in the summary. */
export function ErrorMessage({ id, text }: { id: string; text: string | undefined }) {
  const { wizard } = useContent();
  if (!text) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{wizard.ui.errorInlinePrefix} </span>
      {text}
    </p>
  );
}

/** Joins the ids that describe a control, skipping the ones not on screen. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
