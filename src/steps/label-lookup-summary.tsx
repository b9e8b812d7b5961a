import type { RouteTarget } from '../../flows/navigator.events';
import { useWholeContent } from '../content/content-context';
import { formatDate } from '../content/format';
import type { Answers } from '../domain/answers.schema';
import { daysBetween, isStale, localToday } from './lookup-dates';

/**
 * On the results page: whether the drug's FDA label was looked up, from when (an old lookup says
 * so), and the way to the lookup on the drug page. Nothing is sent from here.
 */
export function LabelLookupSummary({ answers, onRoute, today = localToday }: { answers: Answers; onRoute: (to: RouteTarget) => void; today?: () => string }) {
  const content = useWholeContent();
  const words = content.labelLookup;
  const name = answers.drugOfInterest?.name?.trim();
  if (!name) return null;
  const kept = answers.drugOfInterest?.label;
  const now = today();
  return (
    <section aria-labelledby="label-lookup-summary-heading">
      <h2 className="heading-m" id="label-lookup-summary-heading">
        {words.resultsHeading}
      </h2>
      {kept ? (
        <>
          <p>{words.resultsKept(kept.query, formatDate(kept.retrievedOn, content.lang))}</p>
          {isStale(kept.retrievedOn, now) && <p className="notice notice--warning">{words.stale(daysBetween(kept.retrievedOn, now))}</p>}
        </>
      ) : (
        <p>{words.resultsNone(name)}</p>
      )}
      <button type="button" className="button button--secondary" onClick={() => onRoute('#drugOfInterest')}>
        {words.resultsGoToLookup}
      </button>
    </section>
  );
}
