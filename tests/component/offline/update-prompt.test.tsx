import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { ContentProvider } from '../../../src/content/content-context';
import { UpdatePrompt } from '../../../src/app/offline/update-prompt';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import type { Content } from '../../../src/content/types';

// The service worker's registration, as vite-plugin-pwa's virtual module hands it over: the test
// plays the browser's part (a new version installed, then taking over).
const registered: { options: RegisterSWOptions; update: ReturnType<typeof vi.fn> }[] = [];
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    const update = vi.fn(() => Promise.resolve());
    registered.push({ options, update });
    return update;
  },
}));

function renderPrompt(content: Content = en) {
  return render(
    <ContentProvider content={content}>
      <main>
        <UpdatePrompt />
        <h1>A page</h1>
      </main>
    </ContentProvider>,
  );
}

beforeEach(() => {
  registered.length = 0;
  vi.resetModules();
});

/** A fresh module state each time: the waiting version is per page load. */
async function load() {
  const { registerServiceWorker } = await import('../../../src/app/offline/register-service-worker');
  const { UpdatePrompt: Prompt } = await import('../../../src/app/offline/update-prompt');
  const { ContentProvider: Provider } = await import('../../../src/content/content-context');
  return { registerServiceWorker, Prompt, Provider };
}

describe('a new version of the app', () => {
  it('is offered in a polite, labelled status message, and nothing reloads until the person presses the button', async () => {
    const { registerServiceWorker, Prompt, Provider } = await load();
    const reload = vi.fn();
    registerServiceWorker(reload);
    render(
      <Provider content={en}>
        <Prompt />
      </Provider>,
    );
    const status = screen.getByRole('status', { name: en.shell.layout.updateLabel });
    expect(status).toBeEmptyDOMElement();

    const { options, update } = registered[0]!;
    expect(options.immediate).toBe(true);
    options.onNeedRefresh?.();
    await within(status).findByText(en.shell.layout.updateReady);
    expect(update).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    await userEvent.setup().click(within(status).getByRole('button', { name: en.shell.layout.updateReload }));
    expect(update).toHaveBeenCalledTimes(1);
    // The new version takes over; only now, in the tab where it was chosen, does the page reload.
    options.onNeedReload?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('taking over from another tab never reloads this one: the message stays, and its button reloads', async () => {
    const { registerServiceWorker, Prompt, Provider } = await load();
    const reload = vi.fn();
    registerServiceWorker(reload);
    render(
      <Provider content={es}>
        <Prompt />
      </Provider>,
    );
    const { options, update } = registered[0]!;
    options.onNeedRefresh?.();
    options.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();
    const status = screen.getByRole('status', { name: es.shell.layout.updateLabel });
    await within(status).findByText(es.shell.layout.updateReady);
    await userEvent.setup().click(within(status).getByRole('button', { name: es.shell.layout.updateReload }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(update).not.toHaveBeenCalled();
  });

  it('says nothing while no new version waits', () => {
    renderPrompt();
    expect(screen.getByRole('status', { name: en.shell.layout.updateLabel })).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
