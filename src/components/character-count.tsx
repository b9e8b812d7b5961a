import { useContent } from '../content/content-context';
import { useSpokenAfterPause } from './use-spoken-after-pause';

/** The id of the sentence that gives a box's limit; put it in the box's aria-describedby. */
export const limitIdFor = (id: string) => `${id}-limit`;

/**
 * GOV.UK's character count, under a text box: the limit for screen readers, the room left (or how
 * many too many) as the person types, and the same read out once typing pauses.
 */
export function CharacterCount({ id, limit, length }: { id: string; limit: number; length: number }) {
  const { ui } = useContent().wizard;
  const countText = length <= limit ? ui.charactersRemaining(limit - length) : ui.charactersTooMany(length - limit);
  const spokenCount = useSpokenAfterPause(countText);
  return (
    <>
      <p className="visually-hidden" id={limitIdFor(id)}>
        {ui.charactersLimit(limit)}
      </p>
      <p className={length > limit ? 'character-count character-count--over' : 'character-count hint'} aria-hidden="true">
        {countText}
      </p>
      <p className="visually-hidden" role="status">
        {spokenCount}
      </p>
    </>
  );
}
