import { useLayoutEffect } from 'react';
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
  // Set in the same commit as the error summary, so the tab and the page never disagree.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
