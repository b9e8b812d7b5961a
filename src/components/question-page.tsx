import type { FormEventHandler, ReactNode } from 'react';
import { useContent } from '../content/content-context';
import { ErrorSummary } from './error-summary';
import type { FieldProblem } from './field-errors';
import { useOutsideFields } from './outside-fields';
import { usePageTitle } from './use-page-title';

type QuestionPageProps = {
  /** The page's topic or question: the h1 and the browser tab's title. */
  title: string;
  /** Leave the h1 to the only question on the page (its legend or label), as GOV.UK does. */
  headingInQuestion?: boolean;
  problems: readonly FieldProblem[];
  /** react-hook-form's submitCount: each failed Continue moves focus to the summary again. */
  attempt: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack?: () => void;
  children: ReactNode;
};

/**
 * One question page: back link, error summary, h1, the questions, Continue.
 * The page knows nothing of navigation: Back and Continue only call back.
 */
export function QuestionPage({
  title,
  headingInQuestion = false,
  problems,
  attempt,
  onSubmit,
  onBack,
  children,
}: QuestionPageProps) {
  const { wizard } = useContent();
  // A field outside the form (the navigator's note) stops Continue too: after a Continue, its
  // problem joins the summary like any field's.
  const outside = useOutsideFields().problems;
  const shown = attempt > 0 && outside.length > 0 ? [...problems, ...outside] : problems;
  usePageTitle(title, shown.length > 0);
  return (
    <div className="question-page">
      {onBack && (
        <button type="button" className="back-link" onClick={onBack}>
          {wizard.ui.back}
        </button>
      )}
      <ErrorSummary problems={shown} attempt={attempt} />
      <form className="question-page__form" noValidate onSubmit={onSubmit}>
        {!headingInQuestion && (
          <h1 className="heading-l" id="page-heading" tabIndex={-1}>
            {title}
          </h1>
        )}
        {children}
        <button type="submit" className="button">
          {wizard.ui.continue}
        </button>
      </form>
    </div>
  );
}
