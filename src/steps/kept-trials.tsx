import { lazy, Suspense, useRef, useState } from 'react';
import { useWholeContent } from '../content/content-context';
import { formatDate } from '../content/format';
import type { Answers, SavedTrial } from '../domain/answers.schema';
import { isNotLookedUp } from '../domain/saved-trial';
import { studyUrl } from '../lookups/ctgov-study';
import { daysBetween, isStale, localToday } from './lookup-dates';
import type { TravelAnswer } from './trial-search-service';
import './trial-search.css';

// The search (its words, the ClinicalTrials.gov parsers, the ZIP table) loads only when asked for.
const TrialSearchPanel = lazy(() => import('./trial-search-panel'));

/** The trials kept with the answers, each with its nearest site, contact and a Remove button. */
export function KeptTrials({
  kept,
  onRemove,
  headingLevel = 3,
  today = localToday,
}: {
  kept: readonly SavedTrial[];
  onRemove: (nctId: string) => void;
  headingLevel?: 3 | 5;
  today?: () => string;
}) {
  const now = today();
  const Heading = `h${headingLevel}` as const;
  const content = useWholeContent();
  const words = content.trialSearch;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <div className="kept-trials">
      <Heading className="heading-m" tabIndex={-1} ref={heading}>
        {words.keptHeading}
      </Heading>
      {kept.length === 0 ? (
        <p>{words.keptNone}</p>
      ) : (
        <>
          <p>{words.keptIntro}</p>
          <ul className="study-list">
            {kept.map((trial) => {
              const site = trial.nearestSite;
              const place = site ? [site.facility, site.city, site.state].filter(Boolean).join(', ') : '';
              const contact = trial.contact ? [trial.contact.name, trial.contact.phone, trial.contact.email].filter(Boolean).join(', ') : '';
              const notLookedUp = isNotLookedUp(trial);
              return (
                <li key={trial.nctId} className="study-card">
                  <p className="heading-s" lang="en">
                    {trial.title || trial.nctId}
                  </p>
                  {notLookedUp ? (
                    <p>{words.keptNotLookedUp}</p>
                  ) : (
                    <p>
                      {trial.nctId}: {words.status(trial.status)}
                    </p>
                  )}
                  {place && <p lang="en">{words.nearest({ place, miles: site?.distanceMiles })}</p>}
                  {contact && (
                    <p>
                      {words.contactLabel}: <span lang="en">{contact}</span>
                    </p>
                  )}
                  {notLookedUp ? (
                    <p className="hint">{words.keptOn(formatDate(trial.retrievedOn, content.lang))}</p>
                  ) : (
                    <>
                      <p className="hint">{words.keptLookedUp(formatDate(trial.retrievedOn, content.lang))}</p>
                      {isStale(trial.retrievedOn, now) && <p className="notice notice--warning">{words.stale(daysBetween(trial.retrievedOn, now))}</p>}
                    </>
                  )}
                  <p>
                    <a href={studyUrl(trial.nctId)} target="_blank" rel="noopener noreferrer">
                      {words.studyPage(trial.nctId)} <span className="visually-hidden">{words.newTab}</span>
                    </a>
                  </p>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      onRemove(trial.nctId);
                      heading.current?.focus();
                    }}
                  >
                    {words.remove(trial.nctId)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

export type TrialSearchSectionProps = {
  answers: Answers;
  /** The travel answer and ZIP code as they are now (the trials page's form, or the answers). */
  travel: TravelAnswer;
  zip: string;
  /** Saves the kept trials (all of them); an empty list removes them. */
  onKeep: (saved: SavedTrial[]) => void;
  fetchFn?: typeof fetch;
  today?: () => string;
  /** The section's heading level: 2 on the trials page, 4 inside a road of the results page. */
  headingLevel?: 2 | 4;
};

/**
 * The trial search where it is offered (the trials page, the clinical-trials road of the results):
 * what it is, the trials kept, and a button that opens the search. Opening sends nothing.
 */
export function TrialSearchSection({ answers, travel, zip, onKeep, fetchFn, today, headingLevel = 2 }: TrialSearchSectionProps) {
  const Heading = `h${headingLevel}` as const;
  const inner = (headingLevel + 1) as 3 | 5;
  const content = useWholeContent();
  const words = content.trialSearch;
  const [open, setOpen] = useState(false);
  // What was kept here shows at once, before the answers around the page catch up.
  const [kept, setKept] = useState<readonly SavedTrial[]>(answers.trials?.saved ?? []);
  const keep = (saved: SavedTrial[]) => {
    setKept(saved);
    onKeep(saved);
  };
  return (
    <section className="trial-search-section" aria-label={words.heading}>
      <Heading className="heading-m">{words.heading}</Heading>
      <p>{words.intro}</p>
      {open ? (
        <Suspense fallback={<p className="hint">{words.zipLoading}</p>}>
          <TrialSearchPanel
            key={`${travel ?? ''}-${zip}`}
            answers={answers}
            travel={travel}
            zip={zip}
            headingLevel={inner}
            kept={kept}
            onKeep={keep}
            {...(fetchFn ? { fetchFn } : {})}
            {...(today ? { today } : {})}
          />
        </Suspense>
      ) : (
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {words.open}
          </button>
        </div>
      )}
      <KeptTrials kept={kept} onRemove={(id) => keep(kept.filter((t) => t.nctId !== id))} headingLevel={inner} {...(today ? { today } : {})} />
      <p className="inset">{words.decide}</p>
    </section>
  );
}
