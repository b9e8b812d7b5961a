import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LookupKeepEvent, RouteTarget } from '../../flows/navigator.events';
import { usePageTitle } from '../components/use-page-title';
import { useContent, useWholeContent } from '../content/content-context';
import type { ResultsContent } from '../content/wizard-shell-content.types';
import type { Answers } from '../domain/answers.schema';
import type { Contact, PathwayResult } from '../domain/evaluation.schema';
import { evaluate } from '../rules/evaluate';
import { questionFor } from './summarise-answers';
import './results.css';
import { ChecklistActions } from './checklist-actions';
import { LabelLookupSummary } from './label-lookup-summary';
import { LettersSection } from './letters-section';
import { PrintChecklist } from './print-checklist';
import { TrialSearchSection } from './kept-trials';

// The expanded-access lookup (ClinicalTrials.gov) loads only when its road is shown.
const ExpandedAccessPanel = lazy(() => import('./expanded-access-panel'));

type ResultsProps = {
  answers: Answers;
  /** Opens the page that asks a question (the "would make this more exact" links). */
  onRoute: (to: RouteTarget) => void;
  /** Back to check your answers. */
  onBack: () => void;
  /** Clears every answer; called only after the person confirms. */
  onRestart: () => void;
  /** Room for the checklist buttons, which live in their own component. */
  actions?: ReactNode;
  /** Navigator mode: each reason shows the decision-table rule behind it; the PDF adds a clinician summary. */
  navigatorMode?: boolean;
  /** Saves a ClinicalTrials.gov lookup the person kept here (trials, expanded access). */
  onKeepLookup?: (event: LookupKeepEvent) => void;
};

/** A phone number as a tel: link target: the digits in brackets when the number is also spelt in letters. */
export function telHref(phone: string): string {
  const digitsPart = /\(([^)]*\d[^)]*)\)/.exec(phone)?.[1] ?? phone;
  const digits = digitsPart.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** The site a source is on ("www.cancer.gov"), so a person sees at a glance whose word it is. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function OutsideLink({ href, children, words }: { href: string; children: ReactNode; words: ResultsContent }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="visually-hidden">{words.newTab}</span>
    </a>
  );
}

function ContactItem({ contact, words }: { contact: Contact; words: ResultsContent }) {
  return (
    <li className="contact">
      <strong>{contact.name}</strong>
      {contact.phone && (
        <>
          <br />
          {words.phone}: <a href={telHref(contact.phone)}>{contact.phone}</a>
        </>
      )}
      {contact.url && (
        <>
          <br />
          {words.website}: <OutsideLink href={contact.url} words={words}>{contact.url.replace(/^https:\/\//, '')}</OutsideLink>
        </>
      )}
      <br />
      <span className="body-s">
        {words.source}:{' '}
        <OutsideLink href={contact.source} words={words}>
          {siteOf(contact.source)} <span className="visually-hidden">{words.sourceHidden(contact.name)}</span>
        </OutsideLink>
      </span>
    </li>
  );
}

function PathwayCard({ pathway, showRules = false, extra }: { pathway: PathwayResult; showRules?: boolean; extra?: ReactNode }) {
  const content = useWholeContent();
  const words = content.shell.results;
  const pathwayWords = content.pathways[pathway.id];
  const headingId = `pathway-${pathway.id}`;
  return (
    <li>
      <article className={`pathway-card pathway-card--${pathway.fit}`} aria-labelledby={headingId}>
        {/* Open at first, so nothing is hidden; each road closes with a tap on its title. */}
        <details className="pathway-card__details" id={`road-${pathway.id}`} open>
        <summary className="pathway-card__header">
          <h3 className="pathway-card__title" id={headingId}>
            {pathwayWords.title}
          </h3>
          <span className={`fit-tag fit-tag--${pathway.fit}`}>
            <span className="visually-hidden">{words.fitLabel}</span> {content.pathways.fitNames[pathway.fit]}
          </span>
        </summary>
        <p>{pathwayWords.summary}</p>
        <div className="pathway-card__section">
          <h4>{words.reasonsHeading}</h4>
          <ul className="pathway-card__reasons">
            {pathway.reasons.map((reason, index) => (
              <li key={index}>
                {reason.text}
                {showRules && reason.rule && <span className="rule-id">{content.navigator.rule(reason.rule)}</span>}
              </li>
            ))}
          </ul>
        </div>
        {pathway.steps.length > 0 && (
          <div className="pathway-card__section">
            <h4>{words.stepsHeading}</h4>
            <ol className="pathway-card__steps">
              {pathway.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </div>
        )}
        {pathway.questions.length > 0 && (
          <div className="pathway-card__section">
            <h4>{words.questionsHeading}</h4>
            <ul className="pathway-card__reasons">
              {pathway.questions.map((question, index) => (
                <li key={index}>{question}</li>
              ))}
            </ul>
          </div>
        )}
        {pathway.contacts.length > 0 && (
          <div className="pathway-card__section">
            <h4>{words.contactsHeading}</h4>
            <ul className="contact-list">
              {pathway.contacts.map((contact) => (
                <ContactItem key={contact.name} contact={contact} words={words} />
              ))}
            </ul>
          </div>
        )}
        {extra}
        </details>
      </article>
    </li>
  );
}

/** Asks before clearing every answer, so a slip of the finger never wipes ten minutes of work. */
function StartAgain({ onRestart, beside }: { onRestart: () => void; beside: ReactNode }) {
  const words = useContent().shell.results;
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus follows the question: to it when it opens, back to Start again after "No".
  useLayoutEffect(() => {
    if (confirming) heading.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const buttons = (
    <div className="button-group">
      {beside}
      {!confirming && (
        <button
          type="button"
          className="button button--secondary"
          ref={startButton}
          onClick={() => setConfirming(true)}
        >
          {words.startAgain}
        </button>
      )}
    </div>
  );
  if (!confirming) return buttons;
  return (
    <>
      {buttons}
      <section className="notice notice--warning" aria-labelledby="start-again-heading">
        <h2
          className="heading-m"
          id="start-again-heading"
          tabIndex={-1}
          ref={heading}
        >
          {words.startAgainConfirmHeading}
        </h2>
        <p>{words.startAgainConfirmText}</p>
        <div className="button-group">
          <button type="button" className="button button--warning" onClick={onRestart}>
            {words.startAgainYes}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {words.startAgainNo}
          </button>
        </div>
      </section>
    </>
  );
}

/**
 * The results: first steps, then the five pathways strongest first, each with its fit in words,
 * the reasons, steps, questions and contacts; then what would make the result more exact; then the
 * reminder to decide with the care team. Everything is derived from the answers on each render.
 */
export function Results({ answers, onRoute, onBack, onRestart, actions, navigatorMode = false, onKeepLookup }: ResultsProps) {
  const content = useWholeContent();
  const words = content.shell.results;
  usePageTitle(words.title);
  const evaluation = useMemo(() => evaluate(answers, content), [answers, content]);

  // The printed page is the accessible checklist: every road prints open, as in the PDF.
  useEffect(() => {
    const openAll = () => document.querySelectorAll('details.pathway-card__details').forEach((road) => road.setAttribute('open', ''));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);

  /** A road picked in the summary opens before the page moves to it. */
  function openRoad(id: string) {
    const road = document.getElementById(`road-${id}`);
    if (road instanceof HTMLDetailsElement) road.open = true;
  }

  // The ClinicalTrials.gov lookups sit in their roads (issue 11): nothing is sent until a button says so.
  const drugName = answers.drugOfInterest?.name?.trim() ?? '';
  const lookupsFor = (id: PathwayResult['id']): ReactNode => {
    if (id === 'clinical-trials' && answers.trials?.status !== 'in-a-trial') {
      return (
        <div className="pathway-card__section">
          <TrialSearchSection
            answers={answers}
            travel={answers.trials?.travel}
            zip={answers.trials?.zip ?? ''}
            headingLevel={4}
            onKeep={(saved) => onKeepLookup?.({ type: 'trials.keep', saved })}
          />
        </div>
      );
    }
    if (id === 'expanded-access' && drugName !== '') {
      return (
        <div className="pathway-card__section">
          <Suspense fallback={null}>
            <ExpandedAccessPanel
              name={drugName}
              kept={answers.drugOfInterest?.expandedAccess}
              headingLevel={4}
              onKeep={(lookup) => onKeepLookup?.({ type: 'expandedAccess.keep', lookup })}
            />
          </Suspense>
        </div>
      );
    }
    return null;
  };

  // On a phone the summary (deadline, roads, checklist button, top questions) fits the first screen
  // only without the header and Back above it: the page opens with its heading at the top, and
  // they are a short scroll up. On a wider screen everything fits as it is.
  const title = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 40rem)').matches) return;
    const heading = title.current;
    if (heading && typeof heading.scrollIntoView === 'function') heading.scrollIntoView({ block: 'start' });
  }, []);

  const missing = useMemo(() => {
    const seen = new Set<string>();
    return evaluation.missing.flatMap((path) => {
      const question = questionFor(path, answers, content);
      if (!question || seen.has(question.label)) return [];
      seen.add(question.label);
      return [{ path, ...question }];
    });
  }, [evaluation, answers, content]);

  return (
    <div className="results">
      <button type="button" className="back-link" onClick={onBack}>
        {content.wizard.ui.back}
      </button>
      <h1 className="heading-l" tabIndex={-1} ref={title}>
        {words.title}
      </h1>

      {/* The summary first, as on the checklist's page 1: deadlines, the roads at a glance, the top questions, then the checklist button. */}
      {evaluation.deadlines.map((deadline) => (
        <p key={deadline.id} className="results-deadline">
          <strong>{deadline.text}</strong>
        </p>
      ))}
      <section className="results-summary" aria-labelledby="glance-heading">
        <h2 className="heading-m" id="glance-heading">
          {content.checklist.sheet.glanceHeading}
        </h2>
        <ul className="glance-list">
          {evaluation.pathways.map((pathway) => (
            <li key={pathway.id}>
              <a href={`#road-${pathway.id}`} onClick={() => openRoad(pathway.id)}>
                {content.pathways[pathway.id].title}
              </a>
              <span className="glance-list__fit">
                <span className="visually-hidden">: </span>
                {content.pathways.fitNames[pathway.fit]}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {evaluation.topQuestions.length > 0 && (
        <section className="results-summary" aria-labelledby="top-questions-heading">
          <h2 className="heading-m" id="top-questions-heading">
            {content.checklist.questions.heading}
          </h2>
          <ol className="top-questions">
            {evaluation.topQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </section>
      )}

      {/* The checklist button right under the summary, as on page 1 of the checklist: on a phone's first screen. */}
      <ChecklistActions answers={answers} evaluation={evaluation} clinicianSummary={navigatorMode} />

      {missing.length > 0 && (
        <section className="missing-list" aria-labelledby="missing-heading">
          <h2 className="heading-m" id="missing-heading">
            {words.missingHeading}
          </h2>
          <p>{words.missingIntro}</p>
          <ol className="list list--number">
            {missing.map((item) => (
              <li key={item.path}>
                <button type="button" className="link-button" onClick={() => onRoute(item.to)}>
                  {item.label} <span className="visually-hidden">{words.missingHidden}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      <p className="lead">{words.intro}</p>
      <p className="inset">{words.notAdvice}</p>

      {evaluation.firstSteps.length > 0 && (
        <section className="first-steps" aria-labelledby="first-steps-heading">
          <h2 className="heading-m" id="first-steps-heading">
            {words.firstStepsHeading}
          </h2>
          <p>{words.firstStepsIntro}</p>
          <ul className="list list--bullet">
            {evaluation.firstSteps.map((step) => (
              <li key={step.id}>{step.text}</li>
            ))}
          </ul>
        </section>
      )}

      <LabelLookupSummary answers={answers} onRoute={onRoute} />

      <section aria-labelledby="pathways-heading">
        <h2 className="heading-m" id="pathways-heading">
          {words.pathwaysHeading}
        </h2>
        <p>{words.pathwaysIntro}</p>
        <ol className="pathway-list">
          {evaluation.pathways.map((pathway) => (
            <PathwayCard key={pathway.id} pathway={pathway} showRules={navigatorMode} extra={lookupsFor(pathway.id)} />
          ))}
        </ol>
      </section>

      <LettersSection answers={answers} evaluation={evaluation} clinicianSummary={navigatorMode} />
      {actions}

      <section aria-labelledby="decide-heading">
        <h2 className="heading-m" id="decide-heading">
          {words.decideHeading}
        </h2>
        <p>{words.decide}</p>
      </section>

      <StartAgain
        onRestart={onRestart}
        beside={
          <button type="button" className="button button--secondary" onClick={onBack}>
            {words.changeAnswers}
          </button>
        }
      />

      {/* What printing this page prints: the checklist, in the PDF's order (print.css hides the rest). */}
      <PrintChecklist answers={answers} evaluation={evaluation} clinicianSummary={navigatorMode} />
    </div>
  );
}
