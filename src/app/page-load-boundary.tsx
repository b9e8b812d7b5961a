import { Component, type ReactNode } from 'react';
import type { LayoutContent } from '../content/wizard-shell-content.types';

type PageLoadBoundaryProps = { words: LayoutContent; children: ReactNode };

/**
 * The pages after the first one load over the network. When that load fails (a dropped
 * connection), say so and offer to reload, instead of leaving a blank screen; the answers are
 * saved in this tab, so a reload comes back to the same page. Keyed by page, so it starts afresh
 * on each new page.
 */
export class PageLoadBoundary extends Component<PageLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    const { words, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div className="notice notice--warning" role="alert">
        <h1 className="heading-l" tabIndex={-1}>
          {words.pageLoadFailedHeading}
        </h1>
        <p>{words.pageLoadFailed}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {words.tryAgain}
        </button>
      </div>
    );
  }
}
