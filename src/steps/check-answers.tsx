import type { RouteTarget } from '../../flows/navigator.events';
import { skippedSteps } from '../../flows/navigator.selectors';
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
};

/**
 * GOV.UK's "Check your answers": every answer of every page shown, in a summary list per page,
 * each with a Change link; then what was not asked and why; then Continue to results.
 */
export function CheckAnswers({ answers, onChange, onConfirm, onBack }: CheckAnswersProps) {
  const content = useContent();
  const words = content.shell.checkAnswers;
  const questions = content.wizard.questions;
  usePageTitle(words.title);
  const sections = summariseAnswers(answers, content);
  const skipped = skippedSteps(answers);

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

      {sections.map((section) => (
        <section key={section.step} className="summary-card" aria-labelledby={`summary-${section.step}`}>
          <h2 className="summary-card__title" id={`summary-${section.step}`}>
            {section.title}
          </h2>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div key={row.key} className="summary-list__row">
                <dt className="summary-list__key">{row.label}</dt>
                <dd className="summary-list__value">
                  {row.value === null ? (
                    words.notProvided
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
          </dl>
        </section>
      ))}

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
