import { useLayoutEffect, type ReactNode } from 'react';
import { useContent } from '../content/content-context';
import { UpdatePrompt } from './offline/update-prompt';

type LayoutProps = {
  /** Controls at the end of the header, e.g. the language switch. */
  headerEnd?: ReactNode;
  children: ReactNode;
};

/** Skip link, header with the product name, the main region, and the footer's reminder. */
export function Layout({ headerEnd, children }: LayoutProps) {
  const { lang, wizard, shell } = useContent();
  // The page's language follows the words on screen, whichever way they got there.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        {shell.layout.skipLink}
      </a>
      <header className="app-header" aria-label={shell.layout.headerLabel}>
        <div className="app-header__inner">
          <p className="app-header__name">{wizard.ui.serviceName}</p>
          {headerEnd}
        </div>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        <UpdatePrompt />
        {children}
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <p>{shell.layout.footer}</p>
        </div>
      </footer>
    </>
  );
}
