import type { NavigatorContent, SessionContent } from './session-content.types';
import type { LanguageContent } from './language-content.types';
import type { Lang } from './languages';
import type { WizardContent } from './wizard-content.types';
import type { WizardShellContent } from './wizard-shell-content.types';
import type { ChecklistContent } from './checklist-content.types';
import type { DocumentsContent, FirstStepsContent, GlossaryContent, PathwaysContent, ProblemsContent } from './pathway-content.types';
import type { LabelLookupContent } from './label-lookup-content.types';
import type { TrialSearchContent } from './trial-search-content.types';

/**
 * The shape of one language's content. Each part is typed in its own file so that the wizard,
 * the pathway rules and the checklist can grow their words independently; templates/<lang>/bundle.ts
 * puts the parts together and is checked with `satisfies Content`.
 */
export type Content = {
  wizard: WizardContent;
  shell: WizardShellContent;
  session: SessionContent;
  navigator: NavigatorContent;
  language: LanguageContent;
  pathways: PathwaysContent;
  firstSteps: FirstStepsContent;
  documents: DocumentsContent;
  glossary: GlossaryContent;
  problems: ProblemsContent;
  checklist: ChecklistContent;
  /** The FDA label lookup (drug page and results page), loaded with the later words. */
  labelLookup: LabelLookupContent;
  /** The ClinicalTrials.gov trial search and expanded-access lookup (issue 11), loaded with the later words. */
  trialSearch: TrialSearchContent;
  /** BCP 47 language tag of this bundle, e.g. "en". */
  lang: Lang;
};

/** The words only later pages need (results, the checklist, refusals of an imported file). */
export type LaterContent = Pick<Content, 'pathways' | 'firstSteps' | 'documents' | 'glossary' | 'problems' | 'checklist' | 'labelLookup' | 'trialSearch'>;

/**
 * The words the first screen and the question pages need. The browser loads these before the
 * first render and the LaterContent when a later page asks (src/content/load-content.ts).
 */
export type FirstContent = Omit<Content, keyof LaterContent>;
