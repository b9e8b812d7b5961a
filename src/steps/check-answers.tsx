import type { RouteTarget } from '../../flows/navigator.events';
import { skippedSteps } from '../../flows/navigator.selectors';
import type { QuestionStepId } from '../../flows/steps';
import { usePageTitle } from '../components/use-page-title';
import { useContent } from '../content/content-context';
import type { Answers } from '../domain/answers.schema';
import { summariseAnswers } from './summarise-answers';
import './check-answers.css';

type CheckAnswersProps = {
  answers: Answers;
  /** A Change link: open that page, which returns here after Continue. */
  onChange: (to: RouteTarget) => void;
  onConfirm: () => void;
  onBack?: () => void;
  /** Pages that apply but were never opened (flows/section-status.ts unvisitedSections). */
  notVisited?: readonly QuestionStepId[];
  /** Navigator mode: each page's navigator note is shown under its answers, for review. */
  showNotes?: boolean;
};

/**
 * GOV.UK's "Check your answers": every answer of every page shown, in a summary list per page,
 * each with a Change link; then what was not asked and why; then Continue to results.
 */
export function CheckAnswers({ answers, onChange, onConfirm, onBack, notVisited = [], showNotes = false }: CheckAnswersProps) {
  const content = useContent();
  const words = content.shell.checkAnswers;
  const questions = content.wizard.questions;
  usePageTitle(words.title);
  const sections = summariseAnswers(answers, content);
  const skipped = skippedSteps(answers);
  const unopened = sections.filter((section) => notVisited.includes(section.step));
  const notesLabel = content.navigator.summary.notes;

  return (
    <div className="check-answers">
      {onBack && (
        <button type="button" className="back-link" onClick={onBack}>
          {content.wizard.ui.back}
        </button>
      )}
      <h1 className="heading-l" tabIndex={-1}>
        {words.title}
      </h1>
      <p className="lead">{words.intro}</p>

      {unopened.length > 0 && (
        <section className="inset" aria-labelledby="not-visited-heading">
          <h2 className="heading-m" id="not-visited-heading">
            {words.notVisitedHeading}
          </h2>
          <p>{words.notVisitedIntro}</p>
          <ul className="list list--bullet">
            {unopened.map((section) => (
              <li key={section.step}>
                <button type="button" className="link-button" onClick={() => onChange(`#${section.step}`)}>
                  {section.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {sections.map((section) => {
        const unvisited = notVisited.includes(section.step);
        const note = showNotes ? answers.sectionNotes?.[section.step]?.trim() : undefined;
        return (
          <section key={section.step} className="summary-card" aria-labelledby={`summary-${section.step}`}>
            <h2 className="summary-card__title" id={`summary-${section.step}`}>
              {section.title}
              {unvisited && <span className="summary-card__tag">{` (${words.notVisitedTag})`}</span>}
            </h2>
            {unvisited && (
              <p>
                <button type="button" className="link-button" onClick={() => onChange(`#${section.step}`)}>
                  {words.goToPage}
                  <span className="visually-hidden">{words.goToPageHidden(section.title)}</span>
                </button>
              </p>
            )}
            <dl className="summary-list">
              {section.rows.map((row) => (
                <div key={row.key} className="summary-list__row">
                  <dt className="summary-list__key">{row.label}</dt>
                  <dd className="summary-list__value">
                    {row.value === null ? (
                      unvisited ? words.notAskedYet : words.notProvided
                    ) : typeof row.value === 'string' ? (
                      row.value
                    ) : (
                      <ul className="list">
                        {row.value.map((item, index) => (
                          <li key={index}>{item}</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dd className="summary-list__actions">
                    <button type="button" className="link-button" onClick={() => onChange(row.change.to)}>
                      {words.change} <span className="visually-hidden">{row.change.hiddenText}</span>
                    </button>
                  </dd>
                </div>
              ))}
              {note && (
                <div className="summary-list__row">
                  <dt className="summary-list__key">{notesLabel}</dt>
                  <dd className="summary-list__value summary-list__value--note">{note}</dd>
                  <dd className="summary-list__actions">
                    <button type="button" className="link-button" onClick={() => onChange(`#${section.step}`)}>
                      {words.change} <span className="visually-hidden">{`${notesLabel}: ${section.title}`}</span>
                    </button>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        );
      })}

      {skipped.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <h2 className="heading-m" id="skipped-heading">
            {words.skippedHeading}
          </h2>
          <p>{words.skippedIntro}</p>
          <ul className="list list--bullet skipped-list">
            {skipped.map((item) => (
              <li key={item.step}>
                {words.skippedReasons[item.reasonKey]}{' '}
                <button type="button" className="link-button" onClick={() => onChange(`#${item.because}`)}>
                  {words.changeThatAnswer}
                  <span className="visually-hidden">{words.changeThatAnswerHidden(questions[item.because].title)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2 className="heading-m">{words.confirmHeading}</h2>
      <p>{words.confirmText}</p>
      <button type="button" className="button" onClick={onConfirm}>
        {words.confirm}
      </button>
    </div>
  );
}
