import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useWholeContent } from '../content/content-context';
import { formatDate } from '../content/format';
import type { TrialSearchContent } from '../content/trial-search-content.types';
import type { ExpandedAccessLookup } from '../domain/answers.schema';
import { lookupIsFor } from '../domain/step-schemas';
import { lookUpExpandedAccess } from '../lookups/ctgov';
import { expandedAccessWebsiteUrl } from '../lookups/ctgov-search';
import { studyUrl } from '../lookups/ctgov-study';
import type { LookupFailure } from '../lookups/lookup';
import { daysBetween, isStale, localToday } from './lookup-dates';
import './trial-search.css';

export type ExpandedAccessPanelProps = {
  /** The drug name as typed now (drug page) or answered (results page). */
  name: string;
  kept: ExpandedAccessLookup | undefined;
  /** Saves the lookup with the answers at once. */
  onKeep: (lookup: ExpandedAccessLookup) => void;
  fetchFn?: typeof fetch;
  today?: () => string;
  /** The heading level: 2 on the drug page, 4 inside a road of the results page. */
  headingLevel?: 2 | 4;
};

type Outcome =
  | { kind: 'idle' }
  | { kind: 'waiting'; name: string }
  | { kind: 'found'; lookup: ExpandedAccessLookup }
  | { kind: 'failed'; name: string; failure: LookupFailure };

function Records({ lookup, words }: { lookup: ExpandedAccessLookup; words: TrialSearchContent }) {
  const ea = words.ea;
  if (lookup.records.length === 0) return <p>{ea.noneListed(lookup.query)}</p>;
  return (
    <>
      <p className="heading-s">{ea.found(lookup.query, lookup.records.length)}</p>
      <ul className="list list--bullet">
        {lookup.records.map((record) => (
          <li key={record.nctId}>
            <span lang="en">{record.title}</span> ({record.nctId}):{' '}
            {record.status in ea.statuses ? ea.statuses[record.status as keyof typeof ea.statuses] : words.status(record.status)}.{' '}
            <a href={studyUrl(record.nctId)} target="_blank" rel="noopener noreferrer">
              {words.studyPage(record.nctId)} <span className="visually-hidden">{words.newTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The expanded-access lookup (issue 11, item 5): the registry's EXPANDED_ACCESS records for the
 * drug name, asked only when the person presses the button that says what is sent and to whom;
 * kept in drugOfInterest.expandedAccess. A failure says so and links the same search on the website.
 */
export default function ExpandedAccessPanel({ name, kept, onKeep, fetchFn, today = localToday, headingLevel = 2 }: ExpandedAccessPanelProps) {
  const content = useWholeContent();
  const words = content.trialSearch;
  const ea = words.ea;
  const typed = name.trim();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [keptNow, setKeptNow] = useState<ExpandedAccessLookup | undefined>(kept);
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const outcomeKey = outcome.kind === 'found' || outcome.kind === 'failed' ? outcome.kind : null;
  useLayoutEffect(() => {
    if (outcomeKey) outcomeRef.current?.focus();
  }, [outcomeKey]);

  async function look() {
    controller.current?.abort();
    const stop = new AbortController();
    controller.current = stop;
    setOutcome({ kind: 'waiting', name: typed });
    const result = await lookUpExpandedAccess(typed, { fetch: fetchFn ?? window.fetch.bind(window), signal: stop.signal, today: today() });
    if (stop.signal.aborted) return;
    setOutcome(result.ok ? { kind: 'found', lookup: result.value } : { kind: 'failed', name: typed, failure: result.failure });
  }

  function keep(lookup: ExpandedAccessLookup) {
    setKeptNow(lookup);
    setOutcome({ kind: 'idle' });
    onKeep(lookup);
  }

  const Heading = `h${headingLevel}` as const;
  const shownKept = keptNow && lookupIsFor(keptNow, typed) ? keptNow : undefined;
  const button = (label: string) => (
    <div className="button-group">
      <button type="button" className="button button--secondary" onClick={() => void look()}>
        {label}
      </button>
    </div>
  );

  let body: ReactNode;
  if (typed === '') body = <p className="hint">{ea.typeNameFirst}</p>;
  else if (outcome.kind === 'waiting' && outcome.name === typed) body = <p>{ea.waiting(typed)}</p>;
  else if (outcome.kind === 'found' && lookupIsFor(outcome.lookup, typed)) {
    body = (
      <>
        <div className="trial-search__outcome" tabIndex={-1} ref={outcomeRef}>
          <Records lookup={outcome.lookup} words={words} />
        </div>
        <p>{ea.nextSteps}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={() => keep(outcome.lookup)}>
            {ea.keep}
          </button>
        </div>
      </>
    );
  } else if (outcome.kind === 'failed' && outcome.name === typed) {
    body = (
      <>
        <div className="notice notice--warning trial-search__outcome" tabIndex={-1} ref={outcomeRef}>
          <p>{words.failures[outcome.failure]}</p>
        </div>
        <p>
          <a href={expandedAccessWebsiteUrl(typed)} target="_blank" rel="noopener noreferrer">
            {ea.websiteSearch(typed)} <span className="visually-hidden">{words.newTab}</span>
          </a>
        </p>
        {button(ea.lookUp(typed))}
      </>
    );
  } else if (shownKept) {
    body = (
      <>
        <p className="inset">{ea.kept(shownKept.query, formatDate(shownKept.retrievedOn, content.lang))}</p>
        <Records lookup={shownKept} words={words} />
        {isStale(shownKept.retrievedOn, today()) && <p className="notice notice--warning">{words.stale(daysBetween(shownKept.retrievedOn, today()))}</p>}
        {button(ea.lookAgain(typed))}
      </>
    );
  } else body = button(ea.lookUp(typed));

  return (
    <section className="ea-lookup" aria-label={ea.heading}>
      <Heading className="heading-m">{ea.heading}</Heading>
      <p>{ea.intro}</p>
      <div role="status" className="visually-hidden">
        {outcome.kind === 'waiting' ? ea.waiting(outcome.name) : ''}
      </div>
      {body}
    </section>
  );
}
