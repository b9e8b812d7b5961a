import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useContent } from '../content/content-context';
import type { FieldProblem } from './field-errors';

/** Moves focus to a field from a summary link, showing its question (label or legend) too. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  const context = field.closest('fieldset, .field') ?? field;
  // jsdom has no scrollIntoView; browsers do.
  if (typeof context.scrollIntoView === 'function') context.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * Puts problems in the order their fields sit on the page (zod reports cross-field checks last).
 * Reading the DOM while rendering is safe here: the fields are on the page before any problem is,
 * since problems only come with a Continue.
 */
function documentOrder(problems: readonly FieldProblem[]): FieldProblem[] {
  if (typeof document === 'undefined') return [...problems];
  return [...problems].sort((a, b) => {
    const first = document.getElementById(a.id);
    const second = document.getElementById(b.id);
    if (!first || !second) return first ? -1 : second ? 1 : 0;
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * GOV.UK's error summary: "There is a problem" and a link to each field. It takes focus after each
 * failed Continue (`attempt` changes), so a screen reader reads the list at once.
 */
export function ErrorSummary({ problems, attempt }: { problems: readonly FieldProblem[]; attempt: number }) {
  const { wizard } = useContent();
  const ref = useRef<HTMLDivElement>(null);
  const hasProblems = problems.length > 0;

  // A layout effect: focus moves in the same paint the summary appears in, never a frame later.
  useLayoutEffect(() => {
    if (hasProblems) ref.current?.focus();
  }, [attempt, hasProblems]);

  if (!hasProblems) return null;

  const onLink = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusField(id);
  };

  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        {wizard.ui.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {documentOrder(problems).map((problem) => (
          <li key={problem.path}>
            <a href={`#${problem.id}`} onClick={(event) => onLink(event, problem.id)}>
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
