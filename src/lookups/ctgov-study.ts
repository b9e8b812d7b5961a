/**
 * ClinicalTrials.gov API v2: the shape of a study as this product reads it, and what it keeps of it.
 *
 * Every response is untrusted input. The schemas are loose (unknown fields are allowed: the registry
 * adds fields) and capped (a title the registry itself caps at 300 characters, at most 100 studies
 * a page, bounded lists). A page is read study by study: one study that does not have the expected
 * shape is left out and counted, the rest are still shown. Text is kept as text, never markup.
 * The recordings in tests/fixtures/ctgov/ are the test data (see their SOURCE.md).
 */
import { z } from 'zod';
import { milesBetween, type GeoPoint } from './geo-distance';

/** "NCT" and 8 digits: the registry's identifier of a study. */
export const NCT_ID_PATTERN = /^NCT\d{8}$/;

export const CTGOV_LIMITS = {
  title: 300,
  studiesPerPage: 100,
  /** Sites of one study. The largest studies list a few thousand; more than this is not a real record. */
  sites: 5000,
  contacts: 50,
  phases: 10,
  shortText: 500,
  pageToken: 1000,
} as const;

const shortText = z.string().max(CTGOV_LIMITS.shortText);

const geoPointSchema = z.looseObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

const contactSchema = z.looseObject({
  name: shortText.optional(),
  role: shortText.optional(),
  phone: shortText.optional(),
  phoneExt: shortText.optional(),
  email: shortText.optional(),
});

const siteSchema = z.looseObject({
  facility: shortText.optional(),
  status: shortText.optional(),
  city: shortText.optional(),
  state: shortText.optional(),
  zip: shortText.optional(),
  country: shortText.optional(),
  contacts: z.array(contactSchema).max(CTGOV_LIMITS.contacts).optional(),
  geoPoint: geoPointSchema.optional(),
});

/** One study, as sent in a search page's `studies[]` or by GET /api/v2/studies/{nctId}. */
export const studySchema = z.looseObject({
  protocolSection: z.looseObject({
    identificationModule: z.looseObject({
      nctId: z.string().regex(NCT_ID_PATTERN),
      briefTitle: z.string().trim().min(1).max(CTGOV_LIMITS.title),
    }),
    statusModule: z.looseObject({
      overallStatus: z.string().min(1).max(60),
      expandedAccessInfo: z.looseObject({ hasExpandedAccess: z.boolean().optional() }).optional(),
    }),
    designModule: z
      .looseObject({
        studyType: shortText.optional(),
        phases: z.array(z.string().max(60)).max(CTGOV_LIMITS.phases).optional(),
      })
      .optional(),
    eligibilityModule: z
      .looseObject({
        minimumAge: shortText.optional(),
        maximumAge: shortText.optional(),
      })
      .optional(),
    contactsLocationsModule: z
      .looseObject({
        centralContacts: z.array(contactSchema).max(CTGOV_LIMITS.contacts).optional(),
        locations: z.array(siteSchema).max(CTGOV_LIMITS.sites).optional(),
      })
      .optional(),
  }),
});

/** A search page: the studies are checked one by one (see parseStudies). */
export const searchPageSchema = z.looseObject({
  studies: z.array(z.unknown()).max(CTGOV_LIMITS.studiesPerPage),
  totalCount: z.number().int().min(0).optional(),
  nextPageToken: z.string().min(1).max(CTGOV_LIMITS.pageToken).optional(),
});

/** Someone to contact about a study: a site's contact or the study's central contact. */
export type StudyContact = { name?: string; role?: string; phone?: string; email?: string };

/** One place where the study runs. `point` is the registry's geoPoint: the city's centre, not the hospital. */
export type StudySite = {
  facility?: string;
  status?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  contacts: StudyContact[];
  point?: GeoPoint;
};

/** What the product shows of one study. */
export type StudySummary = {
  nctId: string;
  title: string;
  /** overallStatus as the registry gives it, e.g. "RECRUITING", "AVAILABLE". */
  status: string;
  studyType?: string;
  /** e.g. ["PHASE2"], ["PHASE1", "PHASE2"], ["NA"]; empty when the registry gives none. */
  phases: string[];
  /** The study says the drug is also available through expanded access. */
  hasExpandedAccess?: boolean;
  /** As written by the registry, e.g. "18 Years", "3 Months". */
  minimumAge?: string;
  maximumAge?: string;
  sites: StudySite[];
  centralContacts: StudyContact[];
  /** The study's page on ClinicalTrials.gov. */
  url: string;
};

/** The study's page on ClinicalTrials.gov. */
export function studyUrl(nctId: string): string {
  return `https://clinicaltrials.gov/study/${nctId}`;
}

function contactOf(c: z.output<typeof contactSchema>): StudyContact {
  const phone = c.phone && c.phoneExt ? `${c.phone} ext. ${c.phoneExt}` : c.phone;
  return {
    ...(c.name ? { name: c.name } : {}),
    ...(c.role ? { role: c.role } : {}),
    ...(phone ? { phone } : {}),
    ...(c.email ? { email: c.email } : {}),
  };
}

function hasSomething(c: StudyContact): boolean {
  return Boolean(c.name || c.phone || c.email);
}

function summaryOf(study: z.output<typeof studySchema>): StudySummary {
  const p = study.protocolSection;
  const id = p.identificationModule;
  const locations = p.contactsLocationsModule?.locations ?? [];
  const eligibility = p.eligibilityModule;
  const hasExpandedAccess = p.statusModule.expandedAccessInfo?.hasExpandedAccess;
  const studyType = p.designModule?.studyType;
  return {
    nctId: id.nctId,
    title: id.briefTitle,
    status: p.statusModule.overallStatus,
    ...(studyType ? { studyType } : {}),
    phases: p.designModule?.phases ?? [],
    ...(hasExpandedAccess === undefined ? {} : { hasExpandedAccess }),
    ...(eligibility?.minimumAge ? { minimumAge: eligibility.minimumAge } : {}),
    ...(eligibility?.maximumAge ? { maximumAge: eligibility.maximumAge } : {}),
    sites: locations.map((l) => ({
      ...(l.facility ? { facility: l.facility } : {}),
      ...(l.status ? { status: l.status } : {}),
      ...(l.city ? { city: l.city } : {}),
      ...(l.state ? { state: l.state } : {}),
      ...(l.zip ? { zip: l.zip } : {}),
      ...(l.country ? { country: l.country } : {}),
      contacts: (l.contacts ?? []).map(contactOf).filter(hasSomething),
      ...(l.geoPoint ? { point: { lat: l.geoPoint.lat, lon: l.geoPoint.lon } } : {}),
    })),
    centralContacts: (p.contactsLocationsModule?.centralContacts ?? []).map(contactOf).filter(hasSomething),
    url: studyUrl(id.nctId),
  };
}

/** Reads one study record (GET /api/v2/studies/{nctId}); undefined when it does not have the expected shape. */
export function parseStudy(json: unknown): StudySummary | undefined {
  const parsed = studySchema.safeParse(json);
  return parsed.success ? summaryOf(parsed.data) : undefined;
}

/** Reads a page's studies one by one: those that cannot be read are counted, not shown. */
export function parseStudies(studies: readonly unknown[]): { studies: StudySummary[]; unreadable: number } {
  const read: StudySummary[] = [];
  let unreadable = 0;
  for (const raw of studies) {
    const study = parseStudy(raw);
    if (study) read.push(study);
    else unreadable += 1;
  }
  return { studies: read, unreadable };
}

/** The site nearest a point, and how far it is in miles (rounded to a whole mile: a geoPoint is a city's centre). */
export type NearestSite = { site: StudySite; distanceMiles: number };

/**
 * The nearest of a study's sites to the person. Sites come in no order; sites without a geoPoint
 * cannot be measured and are passed over. Undefined when no site has a geoPoint.
 */
export function nearestSite(study: Pick<StudySummary, 'sites'>, from: GeoPoint): NearestSite | undefined {
  let best: { site: StudySite; miles: number } | undefined;
  for (const site of study.sites) {
    if (!site.point) continue;
    const miles = milesBetween(from, site.point);
    if (best === undefined || miles < best.miles) best = { site, miles };
  }
  return best && { site: best.site, distanceMiles: Math.round(best.miles) };
}

const PHASE_RANK: Record<string, number> = { PHASE4: 5, PHASE3: 4, PHASE2: 3, PHASE1: 2, EARLY_PHASE1: 1 };

/** The study's latest phase as a number for sorting: phase 4 highest, then 3, 2, 1, early phase 1, then none ("NA"). */
export function phaseRank(phases: readonly string[]): number {
  return Math.max(0, ...phases.map((p) => PHASE_RANK[p] ?? 0));
}

/** A study with the distance to its nearest site, when that could be measured. */
export type StudyNearby = StudySummary & { nearest?: NearestSite };

/**
 * Adds each study's nearest site (when a point is known) and sorts: nearest first; studies with no
 * measurable site last; at equal distance, the later phase first (phase 3 before phase 2 before 1).
 * Stable: otherwise the registry's order is kept.
 */
export function sortByDistanceThenPhase(studies: readonly StudySummary[], from?: GeoPoint): StudyNearby[] {
  const withDistance: StudyNearby[] = studies.map((s) => {
    const nearest = from ? nearestSite(s, from) : undefined;
    return nearest ? { ...s, nearest } : { ...s };
  });
  const distance = (s: StudyNearby) => s.nearest?.distanceMiles ?? Number.POSITIVE_INFINITY;
  return withDistance
    .map((s, i) => ({ s, i }))
    .sort((a, b) => distance(a.s) - distance(b.s) || phaseRank(b.s.phases) - phaseRank(a.s.phases) || a.i - b.i)
    .map(({ s }) => s);
}

const AGE_UNITS_IN_YEARS: Record<string, number> = {
  year: 1,
  years: 1,
  month: 1 / 12,
  months: 1 / 12,
  week: 7 / 365.25,
  weeks: 7 / 365.25,
  day: 1 / 365.25,
  days: 1 / 365.25,
  hour: 1 / 8766,
  hours: 1 / 8766,
  minute: 1 / 525960,
  minutes: 1 / 525960,
};

/** "18 Years" -> 18, "6 Months" -> 0.5; undefined when the registry's words cannot be read. */
export function ageInYears(text: string | undefined): number | undefined {
  const match = text?.trim().match(/^(\d+(?:\.\d+)?)\s+([A-Za-z]+)$/);
  if (!match) return undefined;
  const unit = AGE_UNITS_IN_YEARS[match[2]!.toLowerCase()];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

/** How the person's age (whole years) sits against the study's age limits. */
export type AgeFit = 'within' | 'below-minimum' | 'above-maximum' | 'unknown';

/**
 * The person's age against the study's limits. A whole-year age of 17 means 17 to just under 18,
 * so it is below "18 Years"; it is above "65 Years" only from 66. Unknown when the age was not given.
 */
export function ageFit(study: Pick<StudySummary, 'minimumAge' | 'maximumAge'>, age: number | undefined): AgeFit {
  if (age === undefined) return 'unknown';
  const min = ageInYears(study.minimumAge);
  const max = ageInYears(study.maximumAge);
  if (min !== undefined && age + 1 <= min) return 'below-minimum';
  if (max !== undefined && age > max) return 'above-maximum';
  return 'within';
}

/** A pasted NCT number, tidied: "nct 0123 4567" -> "NCT01234567"; undefined when it is not one. */
export function normaliseNctId(text: string): string | undefined {
  const tidy = text.replace(/[\s-]/g, '').toUpperCase();
  return NCT_ID_PATTERN.test(tidy) ? tidy : undefined;
}

/** Reads NCT numbers out of pasted text (one or many, any separators); duplicates once, in order. */
export function nctIdsIn(text: string): string[] {
  const found = text.toUpperCase().match(/NCT\s?\d{8}(?!\d)/g) ?? [];
  return [...new Set(found.map((id) => id.replace(/\s/g, '')))];
}

/** One page of a search, read. `totalCount` comes only on the first page; no `nextPageToken` means the last page. */
export type SearchPage = {
  studies: StudySummary[];
  /** Studies on the page that did not have the expected shape: left out, and said. */
  unreadable: number;
  totalCount?: number;
  nextPageToken?: string;
};

/** Reads a search page; undefined when the page itself does not have the expected shape (garbled). */
export function readSearchPage(json: unknown): SearchPage | undefined {
  const parsed = searchPageSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { studies, unreadable } = parseStudies(parsed.data.studies);
  return {
    studies,
    unreadable,
    ...(parsed.data.totalCount === undefined ? {} : { totalCount: parsed.data.totalCount }),
    ...(parsed.data.nextPageToken === undefined ? {} : { nextPageToken: parsed.data.nextPageToken }),
  };
}
