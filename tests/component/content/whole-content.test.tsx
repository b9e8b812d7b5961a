import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ContentProvider, useWholeContent } from '../../../src/content/content-context';
import { en } from '../../../templates/en/bundle';
import { enFirst } from '../../../templates/en/first';
import { esFirst } from '../../../templates/es/first';
import { es } from '../../../templates/es/bundle';

function RoadTitle() {
  const content = useWholeContent();
  return <p>{content.pathways['off-label'].title}</p>;
}

async function renderWith(first: typeof enFirst | typeof esFirst) {
  // The later words arrive with a dynamic import; act waits for React to show them.
  await act(async () => {
    render(
    <ContentProvider content={first}>
      <Suspense fallback={<p role="status">Loading</p>}>
        <RoadTitle />
      </Suspense>
    </ContentProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('words for later pages', () => {
  it('are not in the first-screen words, and load when a later page asks', async () => {
    expect('pathways' in enFirst).toBe(false);
    await renderWith(enFirst);
    expect(await screen.findByText(en.pathways['off-label'].title, {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('come in the language on screen', async () => {
    await renderWith(esFirst);
    expect(await screen.findByText(es.pathways['off-label'].title, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(es.pathways['off-label'].title).not.toBe(en.pathways['off-label'].title);
  });
});
