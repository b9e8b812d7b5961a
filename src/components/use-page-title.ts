import { useEffect } from 'react';
import { useContent } from '../content/content-context';
import type { UiContent } from '../content/wizard-content.types';

/** The browser tab's title for a page: "Error: " first while errors show, then the page, then the service. */
export function composePageTitle(ui: UiContent, pageTitle: string, hasErrors = false): string {
  return `${hasErrors ? ui.errorTitlePrefix : ''}${pageTitle}${ui.titleSeparator}${ui.serviceName}`;
}

/** Keeps `document.title` in step with the page on screen and whether it shows errors. */
export function usePageTitle(pageTitle: string, hasErrors = false): void {
  const { wizard } = useContent();
  const title = composePageTitle(wizard.ui, pageTitle, hasErrors);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
