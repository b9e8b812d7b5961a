import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RouteTarget } from '../../../flows/navigator.events';
import { ContentProvider } from '../../../src/content/content-context';
import type { LabelLookupContent } from '../../../src/content/label-lookup-content.types';
import type { Answers } from '../../../src/domain/answers.schema';
import { LabelLookupSummary } from '../../../src/steps/label-lookup-summary';
import { en } from '../../../templates/en/bundle';

const words: LabelLookupContent = en.labelLookup;

function renderSummary(drugOfInterest: Answers['drugOfInterest']) {
  const onRoute = vi.fn<(to: RouteTarget) => void>();
  render(
    <ContentProvider content={en}>
      <LabelLookupSummary answers={{ schemaVersion: 2, drugOfInterest }} onRoute={onRoute} today={() => '2026-11-30'} />
    </ContentProvider>,
  );
  return { onRoute, user: userEvent.setup() };
}

describe('the results page: the label lookup', () => {
  it('without a lookup, says so and leads to the lookup on the drug page; nothing is sent from here', async () => {
    const { onRoute, user } = renderSummary({ name: 'olaparib' });
    expect(screen.getByText(words.resultsNone('olaparib'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.resultsGoToLookup }));
    expect(onRoute).toHaveBeenCalledWith('#drugOfInterest');
  });

  it('a kept lookup older than 30 days says so', () => {
    renderSummary({ name: 'olaparib', label: { retrievedOn: '2026-10-20', query: 'olaparib', labels: [] } });
    expect(screen.getByText(words.resultsKept('olaparib', 'October 20, 2026'))).toBeInTheDocument();
    expect(screen.getByText(words.stale(41))).toBeInTheDocument();
  });

  it('a recent lookup does not warn', () => {
    renderSummary({ name: 'olaparib', label: { retrievedOn: '2026-11-29', query: 'olaparib', labels: [] } });
    expect(screen.queryByText(/days ago/)).toBeNull();
  });

  it('shows nothing without a drug name', () => {
    renderSummary({ approval: 'unsure' });
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
