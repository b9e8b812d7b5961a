import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import { UpdatePrompt } from '../../../src/app/offline/update-prompt';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import type { Content } from '../../../src/content/types';

// The browser's part, played by the test: navigator.serviceWorker (a container), the registration
// it hands back, and workers that install, wait and take over, with the events a browser fires.
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** Whether the page listens for new versions yet (it has the registration in hand). */
  listening = false;
  readonly update = vi.fn(() => Promise.resolve());
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    if (args[0] === 'updatefound') this.listening = true;
    super.addEventListener(...args);
  }
}

class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(() => Promise.resolve(this.registration));
  /** Registered on an earlier visit, or not yet. */
  readonly getRegistration = vi.fn(() => Promise.resolve(this.registeredBefore ? this.registration : undefined));
  constructor(
    public controller: FakeWorker | null,
    private readonly registeredBefore = controller !== null,
  ) {
    super();
  }
  /** A new version installs and, since a worker already runs the page, waits. */
  install(): FakeWorker {
    const worker = new FakeWorker();
    this.registration.installing = worker;
    this.registration.dispatchEvent(new Event('updatefound'));
    this.registration.installing = null;
    this.registration.waiting = this.controller ? worker : null;
    act(() => worker.become('installed'));
    return worker;
  }
  /** A worker takes over the page (after SKIP_WAITING here or in another tab, or the first visit's claim). */
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.registration.waiting = null;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

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
  vi.resetModules();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A fresh module state each time: the waiting version is per page load. */
async function load() {
  const { registerServiceWorker, SKIP_WAITING, UPDATE_CHECK_MS } = await import('../../../src/app/offline/register-service-worker');
  const { UpdatePrompt: Prompt } = await import('../../../src/app/offline/update-prompt');
  const { ContentProvider: Provider } = await import('../../../src/content/content-context');
  return { registerServiceWorker, SKIP_WAITING, UPDATE_CHECK_MS, Prompt, Provider };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** Draws the prompt from this load's modules, in these words; returns its status message (empty or not). */
function showPrompt({ Prompt, Provider }: Loaded, content: Content = en): HTMLElement {
  render(
    <Provider content={content}>
      <Prompt />
    </Provider>,
  );
  return screen.getByRole('status', { name: content.shell.layout.updateLabel });
}

/** Registers with a fake container, and waits until the registration is in hand. */
async function register(registerServiceWorker: (reload: () => void, container: ServiceWorkerContainer) => void, container: FakeContainer) {
  const reload = vi.fn();
  registerServiceWorker(reload, container as unknown as ServiceWorkerContainer);
  // The registration arrives in a few promise steps, no timer: let them run (fake timers or not).
  await act(async () => {
    for (let step = 0; step < 20 && !container.registration.listening; step += 1) await Promise.resolve();
  });
  expect(container.registration.listening).toBe(true);
  return reload;
}

describe('a new version of the app', () => {
  it('is offered in a polite, labelled status message, and nothing reloads until the person presses the button', async () => {
    const loaded = await load();
    const { registerServiceWorker, SKIP_WAITING } = loaded;
    const container = new FakeContainer(new FakeWorker());
    const reload = await register(registerServiceWorker, container);
    // Registered on an earlier visit: not registered again.
    expect(container.register).not.toHaveBeenCalled();
    const status = showPrompt(loaded);
    expect(status).toBeEmptyDOMElement();

    const next = container.install();
    await within(status).findByText(en.shell.layout.updateReady);
    expect(next.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    await userEvent.setup().click(within(status).getByRole('button', { name: en.shell.layout.updateReload }));
    expect(next.postMessage).toHaveBeenCalledExactlyOnceWith(SKIP_WAITING);
    expect(reload).not.toHaveBeenCalled();
    // The new version takes over; only now, in the tab where it was chosen, does the page reload.
    act(() => container.takeOver(next));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('taking over from another tab never reloads this one: the message stays, and its button reloads', async () => {
    const loaded = await load();
    const container = new FakeContainer(new FakeWorker());
    const reload = await register(loaded.registerServiceWorker, container);
    const status = showPrompt(loaded, es);
    const next = container.install();
    act(() => container.takeOver(next));
    expect(reload).not.toHaveBeenCalled();
    await within(status).findByText(es.shell.layout.updateReady);
    await userEvent.setup().click(within(status).getByRole('button', { name: es.shell.layout.updateReload }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(next.postMessage).not.toHaveBeenCalled();
  });

  it('is offered at once when it already waited from an earlier visit', async () => {
    const loaded = await load();
    const container = new FakeContainer(new FakeWorker());
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    container.registration.waiting = waiting;
    const status = showPrompt(loaded);
    await register(loaded.registerServiceWorker, container);
    await userEvent.setup().click(await within(status).findByRole('button', { name: en.shell.layout.updateReload }));
    expect(waiting.postMessage).toHaveBeenCalledExactlyOnceWith(loaded.SKIP_WAITING);
  });

  it('is offered when it was already installing as the page got its registration', async () => {
    const loaded = await load();
    const container = new FakeContainer(new FakeWorker());
    const installing = new FakeWorker();
    container.registration.installing = installing;
    const status = showPrompt(loaded);
    await register(loaded.registerServiceWorker, container);
    expect(status).toBeEmptyDOMElement();
    act(() => installing.become('installed'));
    await within(status).findByText(en.shell.layout.updateReady);
  });

  it('on the first visit, the worker that installs and takes the page is no update: no message, no reload', async () => {
    const loaded = await load();
    const container = new FakeContainer(null);
    const reload = await register(loaded.registerServiceWorker, container);
    expect(container.register).toHaveBeenCalledExactlyOnceWith('/sw.js', { scope: '/' });
    const status = showPrompt(loaded);
    const first = container.install();
    act(() => container.takeOver(first));
    expect(status).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
    // Its next version, though, is one.
    container.install();
    await within(status).findByText(en.shell.layout.updateReady);
  });

  it('is looked for once an hour while the tab stays open, and not while the device is offline', async () => {
    const { registerServiceWorker, UPDATE_CHECK_MS } = await load();
    vi.useFakeTimers();
    const container = new FakeContainer(new FakeWorker());
    await register(registerServiceWorker, container);
    const { update } = container.registration;
    vi.advanceTimersByTime(UPDATE_CHECK_MS - 1);
    expect(update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(update).toHaveBeenCalledTimes(1);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(1);
    online.mockRestore();
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('says nothing while no new version waits', () => {
    renderPrompt();
    expect(screen.getByRole('status', { name: en.shell.layout.updateLabel })).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
