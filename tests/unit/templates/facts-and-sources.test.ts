import { describe, expect, it } from 'vitest';
import type { ContactContent, FactSource, GlossaryEntry, Sentence, Text } from '../../../src/content/pathway-content.types';
import { PATHWAY_IDS } from '../../../src/domain/evaluation.schema';
import { en } from '../../../templates/en/bundle';
import { PHONES, SRC } from '../../../templates/en/sources';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HTTPS = /^https:\/\/[^\s]+$/;
// US phone numbers as the templates write them: 240-402-0004, 1-800-422-6237.
const PHONE = /\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g;
const CHECK = 'check current details';
const SAMPLE = { drug: 'the drug', findings: 'BRAF V600E', povertyPercent: '176', appealBy: 'November 28, 2026' };

function render(text: Text): string {
  return typeof text === 'string' ? text : text(SAMPLE);
}

/** Every sentence of the pathway engine's templates, with its sources. */
function sentences(): { where: string; text: string; sources: readonly FactSource[] }[] {
  const out: { where: string; text: string; sources: readonly FactSource[] }[] = [];
  for (const id of PATHWAY_IDS) {
    const pw = en.pathways[id];
    out.push({ where: `${id}.summary`, text: pw.summary, sources: [] });
    for (const [group, record] of [['reasons', pw.reasons], ['steps', pw.steps]] as const) {
      for (const [key, sentence] of Object.entries(record as Record<string, Sentence>)) {
        out.push({ where: `${id}.${group}.${key}`, text: render(sentence.text), sources: sentence.sources ?? [] });
      }
    }
    for (const [key, question] of Object.entries(pw.questions as Record<string, Text>)) {
      out.push({ where: `${id}.questions.${key}`, text: render(question), sources: [] });
    }
  }
  for (const [key, sentence] of Object.entries(en.firstSteps as Record<string, Sentence>)) {
    out.push({ where: `firstSteps.${key}`, text: render(sentence.text), sources: sentence.sources ?? [] });
  }
  for (const [key, entry] of Object.entries(en.glossary as Record<string, GlossaryEntry>)) {
    out.push({ where: `glossary.${key}`, text: `${entry.term}: ${entry.definition}`, sources: entry.sources ?? [] });
  }
  return out;
}

function contacts(): { where: string; contact: ContactContent }[] {
  return PATHWAY_IDS.flatMap((id) =>
    Object.entries(en.pathways[id].contacts as Record<string, ContactContent>).map(([key, contact]) => ({ where: `${id}.contacts.${key}`, contact })),
  );
}

/** Every string anywhere in the English bundle (functions are skipped). */
function bundleStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(bundleStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(bundleStrings);
  return [];
}

describe('facts in the English templates', () => {
  it('every fact source is an https page with a reviewed date', () => {
    for (const { where, sources } of sentences()) {
      for (const source of sources) {
        expect(source.url, where).toMatch(HTTPS);
        expect(source.reviewed, where).toMatch(DATE);
      }
    }
    for (const [key, source] of Object.entries(SRC)) {
      expect(source.url, key).toMatch(HTTPS);
      expect(source.reviewed, key).toMatch(DATE);
    }
  });

  it('every contact has an https source, a reviewed date and an https address', () => {
    const all = contacts();
    expect(all.length).toBeGreaterThan(10);
    for (const { where, contact } of all) {
      expect(contact.source, where).toMatch(HTTPS);
      expect(contact.reviewed, where).toMatch(DATE);
      if (contact.url !== undefined) expect(contact.url, where).toMatch(HTTPS);
      expect(contact.phone ?? contact.url, `${where} has a way to reach it`).toBeDefined();
    }
  });

  it('every phone number shown is in the facts registry, from the same source as its contact', () => {
    const registry = new Map<string, { source: string }>(PHONES.map((p) => [p.number, p]));
    for (const { where, contact } of contacts()) {
      for (const number of contact.phone?.match(PHONE) ?? []) {
        expect(registry.get(number)?.source, `${where}: ${number}`).toBe(contact.source);
      }
    }
    const shown = [...sentences().map((s) => s.text), ...bundleStrings(en)].flatMap((s) => s.match(PHONE) ?? []);
    expect(shown.length).toBeGreaterThan(0);
    for (const number of shown) expect(registry.has(number), number).toBe(true);
    for (const phone of PHONES) {
      expect(phone.source).toMatch(HTTPS);
      expect(phone.reviewed).toMatch(DATE);
    }
  });

  it('facts that need re-checking say "check current details" beside them', () => {
    for (const { where, text, sources } of sentences()) {
      if (sources.some((s) => s.reverify)) expect(text, where).toContain(CHECK);
    }
    for (const { where, contact } of contacts()) {
      const registered = PHONES.find((p) => contact.phone?.includes(p.number));
      if (registered && 'reverify' in registered) expect(contact.reverify, where).toBe(true);
      if (contact.reverify) expect(en.pathways.checkCurrentDetails(contact.name), where).toContain(CHECK);
    }
  });

  it('shows nothing that facts.md lists as not confirmed', () => {
    const everything = [...sentences().map((s) => s.text), ...bundleStrings(en)].join('\n');
    expect(everything).not.toMatch(/Good Days|2027|rate limit|CORS/i);
  });

  it('never tells a person to take a drug, and sends every decision to the care team', () => {
    for (const { where, text } of sentences()) {
      expect(text, where).not.toMatch(/\byou should (take|start|use)\b|\btake (this|the) drug\b|\bstart taking\b/i);
    }
    expect(render(en.firstSteps.careTeamDecides.text)).toMatch(/not medical advice.*decide together/);
  });

  it('explains in the glossary the jargon the pathway words use', () => {
    const terms = Object.values(en.glossary as Record<string, GlossaryEntry>).map((g) => g.term.toLowerCase()).join(' | ');
    const jargon = ['off-label', 'compendium', 'expanded access', 'irb', 'investigational', 'biomarker', 'prior authorization', 'appeal', 'external review', 'co-pay', 'phase 1', 'ind (investigational new drug', 'extra help', 'federal poverty level', 'tumor board', 'routine care costs', 'part d', 'part b'];
    for (const word of jargon) expect(terms, word).toContain(word);
  });
});
