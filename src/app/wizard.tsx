import { useActorRef, useSelector } from '@xstate/react';
import { Suspense, lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Actor, Snapshot } from 'xstate';
import { routeEvent, submitEvent, type RouteTarget } from '../../flows/navigator.events';
import { navigatorMachine } from '../../flows/navigator.machine';
import { canGoBack, currentStepId, isQuestionStep, progress } from '../../flows/navigator.selectors';
import { unvisitedSections } from '../../flows/section-status';
import type { QuestionStepId, WizardStateId } from '../../flows/steps';
import { OutsideFieldsContext, useOutsideFieldsState } from '../components/outside-fields';
import { useContent } from '../content/content-context';
import type { Answers } from '../domain/answers.schema';
import type { AnswersPatch, StepDraft } from '../steps/step-props';
import { PageLoadBoundary } from './page-load-boundary';
import type { FirstInput } from './first-welcome';
import { afterFirstPaint } from './load-wizard';
import { useBrowserBack } from './use-browser-back';
import { CheckAnswersPage, STEP_COMPONENTS, loadLaterPages } from './step-components';
import { useFocusHeading } from './use-focus-heading';

// The rules and the pathway words are needed only on the results page: they load when it opens.
const Results = lazy(() => import('../steps/results').then((module) => ({ default: module.Results })));

export type NavigatorActor = Actor<typeof navigatorMachine>;

type WizardProps = {
  /** A session restored from this tab; the wizard starts at the welcome page without one. */
  snapshot?: Snapshot<unknown>;
  /** Called once with the actor (to save each change); returns its clean-up. */
  onActor?: (actor: NavigatorActor) => () => void;
  /** Extra controls for the results page (the checklist buttons). */
  resultsActions?: (answers: Answers) => ReactNode;
  /** Navigator mode: rules beside reasons on the results page, and a clinician summary in the PDF. */
  navigatorMode?: boolean;
  /** Drawn by the shell with this actor: beside the page (navigator mode) and under it (notes, the session panel). */
  aside?: (actor: NavigatorActor) => ReactNode;
  below?: (actor: NavigatorActor) => ReactNode;
  /** What the person did on the first welcome page before the wizard loaded (app.tsx): carried on here. */
  firstInput?: () => FirstInput;
};

const toStep = (to: RouteTarget) => to.slice(1) as QuestionStepId;

/**
 * The wizard: one actor of the navigator machine, and the page for the state it is in.
 * Pages only call back; every decision about what comes next is the machine's.
 */
export function Wizard({ snapshot, onActor, resultsActions, navigatorMode = false, aside, below, firstInput }: WizardProps) {
  const { shell } = useContent();
  const actor = useActorRef(navigatorMachine, snapshot ? { snapshot } : undefined);
  const state = useSelector(actor, (current) => current);
  const stateId = currentStepId(state);
  const { answers } = state.context;
  const main = useRef<HTMLDivElement>(null);
  useFocusHeading(stateId, main);

  useEffect(() => onActor?.(actor), [actor, onActor]);
  // Fetch the next pages while the person reads the first one, when the browser is idle; a failure
  // here is retried on Continue.
  useEffect(() => {
    const later = () => void loadLaterPages().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') return afterFirstPaint(later);
    const idle = requestIdleCallback(later, { timeout: 3_000 });
    return () => cancelIdleCallback(idle);
  }, []);

  // What was typed on a page and left with Back, per page: shown again on return, never an answer
  // (not in the machine, not saved with the session, not evaluated) until Continue checks it.
  // The choice made on the first welcome page, before the wizard loaded, starts as its draft.
  const [drafts, setDrafts] = useState<Partial<Record<QuestionStepId, StepDraft>>>(() => {
    const first = firstInput?.().draft;
    return first ? { welcome: first } : {};
  });
  // Continue was pressed there before the wizard loaded: press it here, so the page's own checks
  // apply. A file opened there (and confirmed) is opened here, as the session panel would.
  const pressedForFirst = useRef(false);
  useEffect(() => {
    const first = firstInput?.();
    if (!first || pressedForFirst.current) return;
    if (first.imported) {
      pressedForFirst.current = true;
      actor.send({ type: 'answers.replace', answers: first.imported });
    } else if (first.submitted) {
      pressedForFirst.current = true;
      main.current?.querySelector('form')?.requestSubmit();
    }
  }, [firstInput, actor]);
  const setDraft = (id: QuestionStepId, draft: StepDraft | undefined) => setDrafts((current) => ({ ...current, [id]: draft }));
  // The pages seen in this wizard, so the check page can mark those a task-list jump went past.
  // Kept beside the machine (like drafts): it is about the screen, not the answers.
  const [visited, setVisited] = useState<ReadonlySet<WizardStateId>>(() => new Set([stateId]));
  if (!visited.has(stateId)) setVisited(new Set([...visited, stateId]));

  // Fields under the page that belong to its Continue (the navigator's note): a problem there stops it.
  const outside = useOutsideFieldsState();

  const back = () => actor.send({ type: 'nav.back' });
  const onBack = canGoBack(state) ? back : undefined;
  // The browser's Back keeps typing as the page's Back does: the page on show lends its form.
  const draftReaderRef = useRef<(() => StepDraft) | null>(null);
  useBrowserBack(canGoBack(state), () => {
    const draft = draftReaderRef.current?.();
    if (draft && isQuestionStep(stateId)) setDraft(stateId, draft);
    back();
    return canGoBack(actor.getSnapshot());
  });
  const route = (to: RouteTarget) => actor.send(routeEvent(toStep(to)));
  const step = progress(state);

  let page: ReactNode;
  if (isQuestionStep(stateId)) {
    const Step = STEP_COMPONENTS[stateId];
    page = (
      <Step
        key={stateId}
        answers={answers}
        draft={drafts[stateId]}
        draftReaderRef={draftReaderRef}
        onKeepLookup={(event) => actor.send(event)}
        onSubmit={(patch: AnswersPatch) => {
          // The page's error summary shows the outside problem; the answers wait until it is fixed.
          if (outside.problems.length > 0) return;
          setDraft(stateId, undefined);
          actor.send(submitEvent(stateId, patch));
        }}
        onBack={
          onBack &&
          ((draft: StepDraft) => {
            setDraft(stateId, draft);
            onBack();
          })
        }
      />
    );
  } else if (stateId === 'checkAnswers') {
    page = (
      <CheckAnswersPage
        answers={answers}
        onChange={route}
        onConfirm={() => actor.send({ type: 'answers.confirm' })}
        onBack={onBack}
        notVisited={unvisitedSections(answers, visited)}
        showNotes={navigatorMode}
      />
    );
  } else {
    page = (
        <Results
          answers={answers}
          onRoute={route}
          onBack={back}
          onKeepLookup={(event) => actor.send(event)}
          onRestart={() => {
            setDrafts({});
            setVisited(new Set());
            actor.send({ type: 'session.restart' });
          }}
          actions={resultsActions?.(answers)}
          navigatorMode={navigatorMode}
        />
    );
  }

  const wizard = (
    <OutsideFieldsContext.Provider value={outside}>
      <div ref={main}>
        {step && <p className="hint progress">{shell.layout.progress(step.step, step.of)}</p>}
        <PageLoadBoundary key={stateId} words={shell.layout}>
          <Suspense fallback={null}>{page}</Suspense>
        </PageLoadBoundary>
        {below?.(actor)}
      </div>
    </OutsideFieldsContext.Provider>
  );
  // The page comes first in reading order; the navigator's task list follows it (shown beside it on wide screens).
  return aside ? (
    <div className="navigator-layout">
      {wizard}
      <div className="navigator-layout__aside">{aside(actor)}</div>
    </div>
  ) : (
    wizard
  );
}
