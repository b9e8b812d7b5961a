import { useMachine } from '@xstate/react';
import { useMemo, useRef, useLayoutEffect, type ReactNode } from 'react';
import { fromPromise } from 'xstate';
import { labelLookupMachine, type LabelLookupInput, type LabelLookupOutcome } from '../../flows/label-lookup.machine';
import { useWholeContent } from '../content/content-context';
import { formatDate } from '../content/format';
import type { LabelConditionKind, LabelLookupContent } from '../content/label-lookup-content.types';
import type { Content } from '../content/types';
import type { Diagnosis, Label, LabelLookup } from '../domain/answers.schema';
import { cancerSentences, type CancerSentence } from '../domain/label-sentences';
import { lookupIsFor } from '../domain/step-schemas';
import { dailyMedLabelUrl, dailyMedSearchUrl, PURPLE_BOOK_URL } from '../lookups/openfda-label';
import { lookUpLabel } from './label-lookup-service';
import { daysBetween, isStale, localToday } from './lookup-dates';
import './label-lookup.css';


export type LabelLookupPanelProps = {
  /** The drug name as typed on the page now. */
  name: string;
  /** The lookup kept with the answers, if any. */
  kept: LabelLookup | undefined;
  /** The person's diagnosis, to put the sentences that name their cancer first. */
  diagnosis: Diagnosis | undefined;
  /** Called when the person keeps a lookup: the page saves it with the answers. */
  onKeep: (lookup: LabelLookup) => void;
  /** The fetch to send the lookup with: the browser's own unless a test gives a recording. */
  fetchFn?: typeof fetch;
  /** Today's date, YYYY-MM-DD; the person's own day unless a test says otherwise. */
  today?: () => string;
};

function OutsideLink({ href, children, words }: { href: string; children: ReactNode; words: LabelLookupContent }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="visually-hidden">{words.newTab}</span>
    </a>
  );
}

function namesOf(label: Label, fallback: string): string {
  return label.brandNames[0] ?? label.genericNames[0] ?? fallback;
}

/** What a matched sentence sets besides the cancer, as the words on screen say it. */
function conditionsOf(sentence: CancerSentence): { kind: LabelConditionKind; term: string }[] {
  const biomarkers = sentence.biomarkers.map((term): { kind: LabelConditionKind; term: string } => {
    const exon = /^exon (\d+) (insertion|deletion|skipping)/i.exec(term);
    if (!exon) return { kind: 'biomarker', term };
    const change = (exon[2] ?? '').toLowerCase();
    const kind = change === 'insertion' ? 'exon-insertion' : change === 'deletion' ? 'exon-deletion' : 'exon-skipping';
    return { kind, term: exon[1] ?? '' };
  });
  return [
    ...biomarkers,
    ...sentence.germline.map((term) => ({ kind: 'inherited' as const, term })),
    ...sentence.lines.map((line) => ({ kind: line, term: '' })),
  ];
}

/** The person's cancer as the words on screen name it: the list's name, or their own words for "another type". */
function cancerNameOf(diagnosis: Diagnosis | undefined, content: Content): string | null {
  const type = diagnosis?.cancerType;
  if (type === undefined) return null;
  if (type === 'other') return diagnosis?.cancerTypeOther?.trim() || null;
  return content.wizard.cancerTypes[type].name;
}

/** One label: its names and date, the sentences that name the person's cancer first, then the whole text. */
function LabelCard({ label, query, diagnosis, content }: { label: Label; query: string; diagnosis: Diagnosis | undefined; content: Content }) {
  const words = content.labelLookup;
  const lang = content.lang;
  const cancerName = cancerNameOf(diagnosis, content);
  const matched = useMemo(() => cancerSentences(label.indications, diagnosis), [label.indications, diagnosis]);
  const title = namesOf(label, query);
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : words.notListed);
  return (
    <li>
      <article className="label-card" aria-labelledby={`label-${label.setId}`}>
        <h4 className="heading-s" id={`label-${label.setId}`} lang="en">
          {title}
        </h4>
        <dl className="label-card__facts">
          <dt>{words.brandNames}</dt>
          <dd lang="en">{list(label.brandNames)}</dd>
          <dt>{words.genericNames}</dt>
          <dd lang="en">{list(label.genericNames)}</dd>
          <dt>{words.labelDate}</dt>
          <dd>{label.effectiveDate ? formatDate(label.effectiveDate, lang) : words.notListed}</dd>
          <dt>{words.applicationNumbers}</dt>
          <dd lang="en">{list(label.applicationNumbers)}</dd>
        </dl>
        <h5 className="heading-s">{words.indicationsHeading}</h5>
        {label.indications.trim() === '' ? (
          <p>{words.noIndications}</p>
        ) : (
          <>
            {cancerName === null ? (
              <p>{words.noCancerToMatch}</p>
            ) : matched.length === 0 ? (
              <p>{words.noMatch(cancerName)}</p>
            ) : (
              <>
                <h6 className="heading-s">{words.matchedHeading(cancerName)}</h6>
                <ul className="label-card__sentences">
                  {matched.map((sentence, index) => (
                    <li key={index}>
                      <blockquote className="label-text" lang="en">
                        {sentence.text}
                      </blockquote>
                      <p>{sentence.anySolidTumor ? words.explainAnySolidTumor : words.explainNamesCancer(cancerName)}</p>
                      {conditionsOf(sentence).length > 0 && (
                        <>
                          <p>{words.explainConditions}</p>
                          <ul className="list list--bullet">
                            {conditionsOf(sentence).map((condition) => (
                              <li key={`${condition.kind}-${condition.term}`}>{words.conditions[condition.kind](condition.term)}</li>
                            ))}
                          </ul>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <details className="label-card__whole">
              <summary>{words.wholeText}</summary>
              <p className="label-text" lang="en">
                {label.indications}
              </p>
            </details>
          </>
        )}
        <p>
          <OutsideLink href={dailyMedLabelUrl(label.setId)} words={words}>
            {words.dailyMedLabel(title)}
          </OutsideLink>
        </p>
      </article>
    </li>
  );
}

function Labels({ lookup, diagnosis, content }: { lookup: LabelLookup; diagnosis: Diagnosis | undefined; content: Content }) {
  return (
    <ul className="label-list">
      {lookup.labels.map((label) => (
        <LabelCard key={label.setId} label={label} query={lookup.query} diagnosis={diagnosis} content={content} />
      ))}
    </ul>
  );
}

/**
 * The FDA label lookup: a button that says what is sent and to whom; nothing is sent before it is
 * pressed. Then the labels of that drug (or why there are none, with the same search on DailyMed),
 * and a button to keep the result with the answers. Loaded only when the drug page shows.
 */
export default function LabelLookupPanel({ name, kept, diagnosis, onKeep, fetchFn, today = localToday }: LabelLookupPanelProps) {
  const content = useWholeContent();
  const words = content.labelLookup;
  const machine = useMemo(
    () =>
      labelLookupMachine.provide({
        actors: {
          lookUpLabel: fromPromise<LabelLookupOutcome, LabelLookupInput>(({ input, signal }) =>
            lookUpLabel(input, { fetch: fetchFn ?? window.fetch.bind(window), signal }),
          ),
        },
      }),
    [fetchFn],
  );
  const [snapshot, send, actorRef] = useMachine(machine, { input: { kept } });
  const status = useRef<HTMLDivElement>(null);
  const typed = name.trim();
  const { context } = snapshot;

  // Focus follows the outcome, so a screen reader user hears it and can act on it.
  const outcomeKey = snapshot.matches('found') || snapshot.matches('failed') ? `${String(snapshot.value)}-${context.query}` : null;
  useLayoutEffect(() => {
    if (outcomeKey !== null) status.current?.focus();
  }, [outcomeKey]);

  const start = () => send({ type: 'lookup.start', query: typed, today: today() });
  const keep = () => {
    send({ type: 'lookup.keep' });
    const keptNow = actorRef.getSnapshot().context.kept;
    if (keptNow) onKeep(keptNow);
  };
  const lookButton = (label: string) => (
    <button type="button" className="button button--secondary" onClick={start}>
      {label}
    </button>
  );
  const websiteSearch = (query: string) => (
    <p>
      <OutsideLink href={dailyMedSearchUrl(query)} words={words}>
        {words.websiteSearch(query)}
      </OutsideLink>
    </p>
  );

  let body: ReactNode;
  const shownKept = context.kept && lookupIsFor(context.kept, typed) ? context.kept : null;
  if (typed === '') {
    body = <p className="hint">{words.typeNameFirst}</p>;
  } else if (snapshot.matches('waiting')) {
    body = (
      <>
        <p>{words.waiting(context.query)}</p>
        <button type="button" className="button button--secondary" onClick={() => send({ type: 'lookup.cancel' })}>
          {words.cancel}
        </button>
      </>
    );
  } else if (snapshot.matches('found') && context.found && lookupIsFor(context.found, typed)) {
    const found = context.found;
    body = (
      <>
        <div className="label-lookup__outcome" tabIndex={-1} ref={status}>
          <h3 className="heading-m">{words.foundHeading(found.query, found.labels.length)}</h3>
        </div>
        <p className="body-s">{words.sourceNote}</p>
        <p className="inset">{words.labelLanguage}</p>
        <Labels lookup={found} diagnosis={diagnosis} content={content} />
        <button type="button" className="button" onClick={keep}>
          {words.keep}
        </button>
        <p>{words.thenAnswer}</p>
      </>
    );
  } else if (snapshot.matches('failed') && context.failure && lookupIsFor({ query: context.query }, typed)) {
    const failure = context.failure;
    body = (
      <>
        <div className="notice notice--warning label-lookup__outcome" tabIndex={-1} ref={status}>
          <p>{words.failures[failure](context.query)}</p>
        </div>
        {websiteSearch(context.query)}
        {failure === 'not-found' && (
          <>
            <p>
              {words.purpleBook}{' '}
              <OutsideLink href={PURPLE_BOOK_URL} words={words}>
                {PURPLE_BOOK_URL.replace(/^https:\/\//, '').replace(/\/$/, '')}
              </OutsideLink>
            </p>
            <div className="button-group">
              <button type="button" className="button" onClick={keep}>
                {words.keepNothingFound}
              </button>
            </div>
          </>
        )}
        {shownKept && <KeptLookup lookup={shownKept} diagnosis={diagnosis} content={content} />}
        <div className="button-group">{lookButton(words.lookUp(typed))}</div>
      </>
    );
  } else if (shownKept) {
    const age = daysBetween(shownKept.retrievedOn, today());
    body = (
      <>
        <KeptLookup lookup={shownKept} diagnosis={diagnosis} content={content} />
        {isStale(shownKept.retrievedOn, today()) && <p className="notice notice--warning">{words.stale(age)}</p>}
        <div className="button-group">{lookButton(words.lookAgain(typed))}</div>
        <p>{words.thenAnswer}</p>
      </>
    );
  } else {
    body = <div className="button-group">{lookButton(words.lookUp(typed))}</div>;
  }

  return (
    <section className="label-lookup" aria-labelledby="label-lookup-heading">
      <h2 className="heading-m" id="label-lookup-heading">
        {words.heading}
      </h2>
      <p>{words.intro}</p>
      <div role="status" className="visually-hidden">
        {snapshot.matches('waiting') ? words.waiting(context.query) : ''}
      </div>
      {body}
    </section>
  );
}

function KeptLookup({ lookup, diagnosis, content }: { lookup: LabelLookup; diagnosis: Diagnosis | undefined; content: Content }) {
  const words = content.labelLookup;
  const date = formatDate(lookup.retrievedOn, content.lang);
  if (lookup.labels.length === 0) return <p className="inset">{words.keptNothingFound(lookup.query, date)}</p>;
  return (
    <>
      <p className="inset">{words.keptNote(date)}</p>
      <p className="inset">{words.labelLanguage}</p>
      <h3 className="heading-m">{words.foundHeading(lookup.query, lookup.labels.length)}</h3>
      <Labels lookup={lookup} diagnosis={diagnosis} content={content} />
    </>
  );
}
