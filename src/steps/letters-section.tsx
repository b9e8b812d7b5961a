import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';

// The letters, sharing and the calendar file load in their own chunk, after the results show:
// never on the first screen. `docx` and jsPDF load later still, when a button asks for them.
const LettersPanel = lazy(() => import('./letters-panel'));

type LettersSectionProps = {
  answers: Answers;
  evaluation: Evaluation;
  /** Navigator mode: the shared checklist carries the clinician summary, as the downloaded one does. */
  clinicianSummary?: boolean;
};

/**
 * If the letters' chunk cannot load (offline, a new version deployed), the results stay: the
 * letters are left out rather than taking the page down with them.
 */
class LeaveOutOnError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The results page's letters for the care team, and the ways to keep the checklist on a phone. */
export function LettersSection(props: LettersSectionProps) {
  return (
    <LeaveOutOnError>
      <Suspense fallback={null}>
        <LettersPanel {...props} />
      </Suspense>
    </LeaveOutOnError>
  );
}
