/**
 * From a study the person ticks to the trial saved in their answers (contract version 2,
 * `trials.saved`): only what the checklist needs, each text within the contract's limits.
 */
import type { ExpandedAccessLookup, SavedTrial } from '../domain/answers.schema';
import { nearestSite, type StudyContact, type StudySummary } from './ctgov-study';
import type { GeoPoint } from './geo-distance';

/** The contract's limit on short texts from outside services (LIMITS.lookupText). */
const TEXT_MAX = 500;
/** The contract's limit on a saved trial's title and an expanded-access record's title. */
const TITLE_MAX = 300;

const cap = (text: string | undefined, max = TEXT_MAX) => (text === undefined ? undefined : text.slice(0, max));

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The contact to show: the nearest site's own contact when it has one, else the study's central contact. */
function contactFor(siteContacts: readonly StudyContact[], central: readonly StudyContact[]): StudyContact | undefined {
  const reachable = (c: StudyContact) => Boolean(c.phone || c.email);
  return siteContacts.find(reachable) ?? central.find(reachable) ?? siteContacts[0] ?? central[0];
}

/**
 * The trial as saved: NCT number, title, status, phases, the day it was looked up, the nearest site
 * with its distance (when the person's point is known and a site has a geoPoint; without a point,
 * the first site listed, with no distance), and one contact.
 */
export function savedTrialFrom(study: StudySummary, options: { retrievedOn: string; from?: GeoPoint }): SavedTrial {
  const nearest = options.from ? nearestSite(study, options.from) : undefined;
  const site = nearest?.site ?? study.sites[0];
  const contact = contactFor(site?.contacts ?? [], study.centralContacts);
  const nearestSiteFields = site
    ? defined({
        facility: cap(site.facility),
        city: cap(site.city),
        state: cap(site.state),
        zip: cap(site.zip),
        distanceMiles: nearest?.distanceMiles,
      })
    : undefined;
  const contactFields = contact ? defined({ name: cap(contact.name), phone: cap(contact.phone), email: cap(contact.email) }) : undefined;
  return {
    nctId: study.nctId,
    title: study.title.slice(0, TITLE_MAX),
    status: study.status,
    ...(study.phases.length > 0 ? { phases: [...study.phases] } : {}),
    retrievedOn: options.retrievedOn,
    ...(nearestSiteFields && Object.keys(nearestSiteFields).length > 0 ? { nearestSite: nearestSiteFields } : {}),
    ...(contactFields && Object.keys(contactFields).length > 0 ? { contact: contactFields } : {}),
  };
}

/** The registry's statuses of an expanded-access record. */
export const EXPANDED_ACCESS_STATUSES = ['AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING'] as const;

/** At most this many expanded-access records are saved (contract). */
const EXPANDED_ACCESS_MAX = 20;

/**
 * The expanded-access lookup as saved (`drugOfInterest.expandedAccess`): the records of study type
 * EXPANDED_ACCESS found for the drug name, available ones first. A study of another type that the
 * registry returned anyway is left out.
 */
export function expandedAccessLookupFrom(studies: readonly StudySummary[], options: { query: string; retrievedOn: string }): ExpandedAccessLookup {
  const rank = (status: string) => {
    const i = (EXPANDED_ACCESS_STATUSES as readonly string[]).indexOf(status);
    return i === -1 ? EXPANDED_ACCESS_STATUSES.length : i;
  };
  const records = studies
    .filter((s) => s.studyType === undefined || s.studyType === 'EXPANDED_ACCESS')
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.status) - rank(b.s.status) || a.i - b.i)
    .slice(0, EXPANDED_ACCESS_MAX)
    .map(({ s }) => ({ nctId: s.nctId, title: s.title.slice(0, TITLE_MAX), status: s.status }));
  return { retrievedOn: options.retrievedOn, query: options.query.trim().slice(0, 200), records };
}
