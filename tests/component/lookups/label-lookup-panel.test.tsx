import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import type { LabelLookupContent } from '../../../src/content/label-lookup-content.types';
import type { Content } from '../../../src/content/types';
import type { LabelLookup } from '../../../src/domain/answers.schema';
import type { CancerTypeId } from '../../../src/domain/cancer-types';
import LabelLookupPanel from '../../../src/steps/label-lookup-panel';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { gefitinibWithMarkup, recordingFetch } from './openfda-recordings';

const TODAY = '2026-11-30';
const words: LabelLookupContent = en.labelLookup;

function renderPanel({
  name = 'gefitinib',
  kept,
  cancerType = 'lung-nsclc',
  fetchFn = recordingFetch().fetchFn,
  content = en,
}: { name?: string; kept?: LabelLookup; cancerType?: CancerTypeId; fetchFn?: typeof fetch; content?: Content } = {}) {
  const onKeep = vi.fn<(lookup: LabelLookup) => void>();
  const user = userEvent.setup();
  const view = render(
    <ContentProvider content={content}>
      <LabelLookupPanel name={name} kept={kept} diagnosis={{ cancerType, stage: 'metastatic' }} onKeep={onKeep} fetchFn={fetchFn} today={() => TODAY} />
    </ContentProvider>,
  );
  return { user, onKeep, view };
}

const lookUpButton = (name: string) => screen.getByRole('button', { name: words.lookUp(name) });

describe('the FDA label lookup panel', () => {
  it('says what is sent and to whom, and sends nothing before the button is pressed', () => {
    const { fetchFn, calls } = recordingFetch();
    renderPanel({ fetchFn });
    expect(lookUpButton('gefitinib')).toHaveTextContent(
      'Look up gefitinib on openFDA, the FDA’s public database. Only the drug name is sent.',
    );
    expect(calls).toEqual([]);
  });

  it('asks for a name first when none is typed', () => {
    renderPanel({ name: '  ' });
    expect(screen.getByText(words.typeNameFirst)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('after the press, sends one request to api.fda.gov carrying only the drug name', async () => {
    const { fetchFn, calls } = recordingFetch();
    const { user } = renderPanel({ fetchFn });
    await user.click(lookUpButton('gefitinib'));
    await screen.findByRole('heading', { name: words.foundHeading('gefitinib', 4) });
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0]!.url);
    expect(url.origin).toBe('https://api.fda.gov');
    expect(url.pathname).toBe('/drug/label.json');
    expect(url.searchParams.get('search')).toBe('openfda.generic_name:"gefitinib" OR openfda.brand_name:"gefitinib"');
    expect([...url.searchParams.keys()].sort()).toEqual(['limit', 'search']);
    expect(calls[0]!.init?.credentials).toBe('omit');
  });

  it('shows each label: names, date, the sentences naming the cancer first with their conditions, and a DailyMed link', async () => {
    const { user } = renderPanel();
    await user.click(lookUpButton('gefitinib'));
    const iressa = (await screen.findByRole('article', { name: 'IRESSA' }));
    expect(within(iressa).getByText('GEFITINIB')).toBeInTheDocument();
    expect(within(iressa).getByText('February 28, 2023')).toBeInTheDocument();
    expect(within(iressa).getByText('NDA206995')).toBeInTheDocument();
    expect(within(iressa).getByRole('heading', { name: words.matchedHeading(en.wizard.cancerTypes['lung-nsclc'].name) })).toBeInTheDocument();
    const first = within(iressa).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(/first-line treatment of patients with metastatic non-small cell lung cancer/i);
    expect(first).toHaveTextContent('a biomarker: EGFR');
    expect(first).toHaveTextContent('a change called an exon 19 deletion');
    expect(first).toHaveTextContent('use as a first treatment');
    // The whole section stays one click away, as the label writes it.
    expect(within(iressa).getByText('The whole Indications and Usage section')).toBeInTheDocument();
    expect(within(iressa).getByRole('link', { name: /Read the whole label for IRESSA on DailyMed/ })).toHaveAttribute(
      'href',
      'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=827d60e8-7e07-41b7-c28b-49ef1c4a5a41',
    );
  });

  it('keeps only the labels of the drug asked for: osimertinib gives TAGRISSO (empty openfda block), not the four other drugs', async () => {
    const { user, onKeep } = renderPanel({ name: 'osimertinib' });
    await user.click(lookUpButton('osimertinib'));
    await screen.findByRole('heading', { name: words.foundHeading('osimertinib', 1) });
    const links = screen.getAllByRole('link', { name: /Read the whole label/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=5e81b4a7-b971-45e1-9c31-29cea8c87ce7',
    ]);
    expect(screen.queryByText(/Rybrevant|DATROWAY|LAZCLUZE/i)).toBeNull();
    await user.click(screen.getByRole('button', { name: words.keep }));
    expect(onKeep).toHaveBeenCalledTimes(1);
    const kept = onKeep.mock.calls[0]![0];
    expect(kept.retrievedOn).toBe(TODAY);
    expect(kept.query).toBe('osimertinib');
    expect(kept.labels.map((label) => label.setId)).toEqual(['5e81b4a7-b971-45e1-9c31-29cea8c87ce7']);
    expect(screen.getByText(words.keptNote('November 30, 2026'))).toBeInTheDocument();
  });

  it('keytruda (a minimal record): no date, no application number and no text are said plainly', async () => {
    const { user } = renderPanel({ name: 'Keytruda', cancerType: 'melanoma' });
    await user.click(lookUpButton('Keytruda'));
    const card = await screen.findByRole('article', { name: 'KEYTRUDA' });
    expect(within(card).getByText(words.noIndications)).toBeInTheDocument();
    expect(within(card).getAllByText(words.notListed).length).toBeGreaterThan(0);
  });

  const failures = [
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), words.failures.offline('gefitinib')],
    ['a 404', () => Promise.resolve(new Response('{"error":{"code":"NOT_FOUND"}}', { status: 404 })), words.failures['not-found']('gefitinib')],
    ['a 429', () => Promise.resolve(new Response('{}', { status: 429 })), words.failures['rate-limited']('gefitinib')],
    ['a 500', () => Promise.resolve(new Response('oops', { status: 500 })), words.failures['server-error']('gefitinib')],
    ['garbage', () => Promise.resolve(new Response('<html>not json', { status: 200 })), words.failures.unreadable('gefitinib')],
    ['the wrong shape', () => Promise.resolve(new Response('{"results":"nope"}', { status: 200 })), words.failures.unreadable('gefitinib')],
  ] as const;

  it.each(failures)('on %s: says so, offers the same search on DailyMed, keeps nothing', async (_what, answer, message) => {
    const { user, onKeep } = renderPanel({ fetchFn: (() => answer()) });
    await user.click(lookUpButton('gefitinib'));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Search for gefitinib on DailyMed/ })).toHaveAttribute(
      'href',
      'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=gefitinib',
    );
    expect(onKeep).not.toHaveBeenCalled();
    // The way on: look again.
    expect(lookUpButton('gefitinib')).toBeInTheDocument();
  });

  it('"no label found" names the Purple Book, and can be kept: the rules then say so', async () => {
    const { user, onKeep } = renderPanel({ name: 'tisagenlecleucel', cancerType: 'leukemia-all' });
    await user.click(lookUpButton('tisagenlecleucel'));
    expect(await screen.findByText(words.failures['not-found']('tisagenlecleucel'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /purplebooksearch\.fda\.gov/ })).toHaveAttribute('href', 'https://purplebooksearch.fda.gov/');
    await user.click(screen.getByRole('button', { name: words.keepNothingFound }));
    expect(onKeep).toHaveBeenCalledWith({ retrievedOn: TODAY, query: 'tisagenlecleucel', labels: [] });
  });

  it('shows a label’s markup as text, never as HTML', async () => {
    const markup = '<img src=x onerror="alert(1)"><b>bold</b>';
    const fetchFn = recordingFetch(() => new Response(gefitinibWithMarkup(markup), { status: 200 })).fetchFn;
    const { user, view } = renderPanel({ fetchFn });
    await user.click(lookUpButton('gefitinib'));
    await screen.findByRole('heading', { name: words.foundHeading('gefitinib', 4) });
    expect(view.container.querySelector('img, b')).toBeNull();
    expect(view.container.textContent).toContain(markup);
  });

  it('a kept lookup shows with its date; older than 30 days it says so and offers to look again', () => {
    const kept: LabelLookup = {
      retrievedOn: '2026-10-01',
      query: 'gefitinib',
      labels: [{ setId: 'abc', brandNames: ['IRESSA'], genericNames: ['GEFITINIB'], applicationNumbers: [], indications: 'For NSCLC.' }],
    };
    renderPanel({ kept });
    expect(screen.getByText(words.keptNote('October 1, 2026'))).toBeInTheDocument();
    expect(screen.getByText(words.stale(60))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: words.lookAgain('gefitinib') })).toBeInTheDocument();
  });

  it('a kept lookup from this month does not warn', () => {
    renderPanel({ kept: { retrievedOn: '2026-11-20', query: 'gefitinib', labels: [] } });
    expect(screen.getByText(words.keptNothingFound('gefitinib', 'November 20, 2026'))).toBeInTheDocument();
    expect(screen.queryByText(/days ago/)).toBeNull();
  });

  it('in Spanish: says the label is in English, names the cancer in Spanish, explains the sentence in Spanish, keeps the label’s words', async () => {
    const { user } = renderPanel({ content: es });
    await user.click(screen.getByRole('button', { name: es.labelLookup.lookUp('gefitinib') }));
    const iressa = await screen.findByRole('article', { name: 'IRESSA' });
    expect(screen.getAllByText(es.labelLookup.labelLanguage).length).toBeGreaterThan(0);
    const heading = within(iressa).getByRole('heading', { name: es.labelLookup.matchedHeading(es.wizard.cancerTypes['lung-nsclc'].name) });
    expect(heading).toBeInTheDocument();
    const first = within(iressa).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('un biomarcador: EGFR');
    expect(first).toHaveTextContent('un cambio llamado deleción en el exón 19');
    expect(within(first).getByText(/first-line treatment/)).toHaveAttribute('lang', 'en');
  });
});
