/**
 * openFDA: the drug's FDA label (https://api.fda.gov/drug/label.json), read into the answers'
 * LabelLookup (spec/answers.md, version 2). See docs/decisions/0008-lookups.md.
 *
 * Only the drug name is sent. The answer is untrusted: checked with zod (unknown fields allowed,
 * sizes capped), and only the labels of the drug asked for are kept: a search can return other
 * drugs' labels (they mention the drug), and some labels carry an empty `openfda` block, so a
 * label belongs to the name when its openFDA names hold the name, or, with no names there, when
 * its product data (`spl_product_data_elements`) or the opening of its text does. Text stays text.
 */
import { z } from 'zod';
import { LIMITS } from '../domain/answers-constants';
import { labelLookupSchema, type Label, type LabelLookup } from '../domain/answers.schema';
import { requestJson, type LookupDeps, type LookupResult } from './lookup';

export const OPENFDA_ORIGIN = 'https://api.fda.gov';
export const OPENFDA_LABEL_ENDPOINT = `${OPENFDA_ORIGIN}/drug/label.json`;

/** At most this many labels are asked for (and kept: LIMITS.labels). */
export const LABELS_ASKED = 5;

/** A real answer with five whole labels is a few hundred kilobytes; anything past this is refused unread. */
export const MAX_LABEL_RESPONSE_CHARS = 10_000_000;

/** The name as it is sent: trimmed, without quotes or backslashes (they would break the quoted search), capped. */
export function labelQuery(name: string): string {
  return name.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, LIMITS.lookupQuery);
}

/**
 * The request of spec/lookups.md: the quoted, URL-encoded name as a generic or a brand name, at
 * most 5 labels: `?search=openfda.generic_name:"NAME"+OR+openfda.brand_name:"NAME"&limit=5`.
 */
export function labelSearchUrl(name: string): string {
  const quoted = encodeURIComponent(`"${labelQuery(name)}"`);
  return `${OPENFDA_LABEL_ENDPOINT}?search=openfda.generic_name:${quoted}+OR+openfda.brand_name:${quoted}&limit=${LABELS_ASKED}`;
}

/**
 * The second request, made only when the first finds nothing: the quoted name anywhere in the
 * label (`?search="NAME"&limit=5`). It finds labels whose `openfda` block is empty (the osimertinib
 * recording: TAGRISSO's label has no openFDA names), which the field search cannot see. Only the
 * drug name is sent, to the same service; the labels of other drugs it returns are left out.
 */
export function labelTextSearchUrl(name: string): string {
  return `${OPENFDA_LABEL_ENDPOINT}?search=${encodeURIComponent(`"${labelQuery(name)}"`)}&limit=${LABELS_ASKED}`;
}

/** DailyMed shows the whole label by its set id. */
export function dailyMedLabelUrl(setId: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${encodeURIComponent(setId)}`;
}

/** The same search on DailyMed's website: the way on when the lookup fails (spec/lookups.md). */
export function dailyMedSearchUrl(name: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(labelQuery(name))}`;
}

/**
 * Drugs licensed by the FDA's biologics centre (CBER: cell and gene therapies such as CAR-T) are
 * not in Drugs@FDA; when nothing is found, the page says so and links the FDA's Purple Book.
 */
export const PURPLE_BOOK_URL = 'https://purplebooksearch.fda.gov/';

const names = z.array(z.string().max(LIMITS.lookupText)).max(LIMITS.lookupList);
/** One label as openFDA sends it; only what is read is described, everything else is allowed and ignored. */
const labelRecordSchema = z.looseObject({
  set_id: z.string().trim().min(1).max(LIMITS.lookupId),
  effective_time: z.string().max(20).optional(),
  openfda: z
    .looseObject({
      brand_name: names.optional(),
      generic_name: names.optional(),
      substance_name: names.optional(),
      application_number: names.optional(),
    })
    .optional(),
  spl_product_data_elements: z.array(z.string().max(100_000)).max(20).optional(),
  indications_and_usage: z.array(z.string().max(400_000)).max(20).optional(),
});
type LabelRecord = z.output<typeof labelRecordSchema>;

const responseSchema = z.looseObject({ results: z.array(z.unknown()).max(100) });

/** Lower case, letters and digits only, single spaces: how names are compared. */
function normal(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether `text` holds the name as whole words ("keytruda" in "keytruda qlex", not "amivantamab" in "amivantamabx"). */
function holdsName(text: string, name: string): boolean {
  return name !== '' && ` ${normal(text)} `.includes(` ${name} `);
}

/** Whether a label belongs to the name searched for. */
export function labelBelongsTo(record: Pick<LabelRecord, 'openfda' | 'spl_product_data_elements' | 'indications_and_usage'>, query: string): boolean {
  const name = normal(query);
  const listed = [...(record.openfda?.brand_name ?? []), ...(record.openfda?.generic_name ?? []), ...(record.openfda?.substance_name ?? [])];
  if (listed.length > 0) return listed.some((n) => holdsName(n, name));
  const product = record.spl_product_data_elements ?? [];
  if (product.length > 0) return product.some((p) => holdsName(p.slice(0, 300), name));
  // No names at all: the opening of the text, where a label names its own drug.
  return holdsName((record.indications_and_usage ?? []).join(' ').slice(0, 200), name);
}

/**
 * Label text as plain text: escapes that arrive literally ("\u2022" as six characters) become the
 * character, control characters go, runs of spaces become one. Never markup: nothing is interpreted.
 */
export function plainLabelText(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\n/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' '))
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Cuts text to the contract's cap, at the last sentence end before it when there is one. */
function capIndications(text: string): string {
  const max = LIMITS.labelIndications;
  if (text.length <= max) return text;
  const marker = ' […]';
  const cut = text.slice(0, max - marker.length);
  const end = cut.lastIndexOf('. ');
  return `${end > max / 2 ? cut.slice(0, end + 1) : cut}${marker}`;
}

/** "20240925" -> "2024-09-25", only when it is a real day. */
function effectiveDateOf(time: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(time?.trim() ?? '');
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return z.iso.date().safeParse(iso).success ? iso : undefined;
}

const unique = (list: readonly string[] | undefined) => [...new Set((list ?? []).map((s) => plainLabelText(s)).filter((s) => s !== ''))];

function toLabel(record: LabelRecord): Label {
  const effectiveDate = effectiveDateOf(record.effective_time);
  return {
    setId: record.set_id.trim(),
    ...(effectiveDate === undefined ? {} : { effectiveDate }),
    brandNames: unique(record.openfda?.brand_name),
    genericNames: unique(record.openfda?.generic_name),
    applicationNumbers: unique(record.openfda?.application_number),
    indications: capIndications(plainLabelText((record.indications_and_usage ?? []).join('\n'))),
  };
}

/**
 * Reads an openFDA label answer: the labels that belong to `query`, newest first, at most 5.
 * A body without a `results` list, or whose records all have the wrong shape, is 'unreadable';
 * one whose readable records all belong to other drugs (or that has none) is 'not-found'.
 */
export function parseLabelResponse(json: unknown, query: string): LookupResult<Label[]> {
  const response = responseSchema.safeParse(json);
  if (!response.success) return { ok: false, failure: 'unreadable' };
  const records = response.data.results.flatMap((r) => {
    const parsed = labelRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  if (records.length === 0 && response.data.results.length > 0) return { ok: false, failure: 'unreadable' };
  const labels = records
    .filter((r) => labelBelongsTo(r, query))
    .map(toLabel)
    .sort((a, b) => (b.effectiveDate ?? '').localeCompare(a.effectiveDate ?? ''))
    .slice(0, LIMITS.labels);
  return labels.length === 0 ? { ok: false, failure: 'not-found' } : { ok: true, value: labels };
}

/** "No FDA label was found under this name", as the answers keep it when the person keeps that result. */
export function noLabelFound(query: string, today: string): LabelLookup {
  return { retrievedOn: today, query: labelQuery(query), labels: [] };
}

/**
 * Looks the drug's label up: the field search first, then (only if it finds nothing) the text
 * search. A failure of the first request other than "not found" is the answer (no second request).
 */
export async function lookUpLabel(name: string, deps: LookupDeps): Promise<LookupResult<LabelLookup>> {
  const query = labelQuery(name);
  if (query === '') return { ok: false, failure: 'not-found' };
  let labels: LookupResult<Label[]> = { ok: false, failure: 'not-found' };
  for (const url of [labelSearchUrl(query), labelTextSearchUrl(query)]) {
    const response = await requestJson(url, deps, { maxChars: MAX_LABEL_RESPONSE_CHARS });
    labels = response.ok ? parseLabelResponse(response.value, query) : response;
    if (labels.ok || labels.failure !== 'not-found') break;
  }
  if (!labels.ok) return labels;
  const lookup = labelLookupSchema.safeParse({ retrievedOn: deps.today, query, labels: labels.value });
  return lookup.success ? { ok: true, value: lookup.data } : { ok: false, failure: 'unreadable' };
}
