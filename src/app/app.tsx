import { Suspense, lazy, startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ContentProvider } from '../content/content-context';
import { inNavigatorVoice } from '../content/navigator-voice';
import type { StartingLanguage } from '../content/start-language';
import { useLanguage } from '../content/use-language';
import { LanguageSwitch } from '../components/language-switch';
import { FirstWelcome, restoreFocus, type FirstInput } from './first-welcome';
import { Layout } from './layout';
import { afterFirstPaint, loadWizard, loadedWizard, nextTask, prefetchWizard, whenIdle, type WizardModule } from './load-wizard';
import { NavigatorToggle } from './navigator/navigator-toggle';
import { SessionPanel } from './session/session-panel';
import { SCHEMA_VERSION } from '../domain/answers-constants';
import type { Answers } from '../domain/answers.schema';
import type { StepDraft } from '../steps/step-props';
import type * as LazyParts from './lazy-parts';
import type { SessionStart } from './session/prepare-session';
import { useNavigatorSession } from './session/use-navigator-session';
import '../styles/wizard.css';

// Loaded when first shown, to keep the first screen light (src/app/lazy-parts.ts): the session notices, the
// inactivity warning, navigator mode and the session panel under the page.
let lazyParts: Promise<typeof LazyParts> | null = null;
/**
 * The session parts, after their heaviest dependencies one per task (zod with the cancer types'
 * schemas, then the answers' schema and parser): evaluated in one go they were a long task right
 * after the wizard took over (docs/decisions/0011-first-screen.md). A failed fetch is forgotten.
 */
function loadLazyParts(): Promise<typeof LazyParts> {
  lazyParts ??= (async () => {
    await import('../domain/cancer-types');
    await nextTask();
    await import('../domain/parse-answers');
    await nextTask();
    return import('./lazy-parts');
  })().catch((error: unknown) => {
    lazyParts = null;
    throw error;
  });
  return lazyParts;
}
const NavigatorAside = lazy(() => loadLazyParts().then((module) => ({ default: module.NavigatorAside })));
const NavigatorNotes = lazy(() => loadLazyParts().then((module) => ({ default: module.NavigatorNotes })));
const SessionTimeout = lazy(() => loadLazyParts().then((module) => ({ default: module.SessionTimeout })));
const SessionNotices = lazy(() => loadLazyParts().then((module) => ({ default: module.SessionNotices })));
const SessionBelowPage = lazy(() => loadLazyParts().then((module) => ({ default: module.SessionBelowPage })));
const BLANK_ANSWERS: Answers = { schemaVersion: SCHEMA_VERSION };

/** The whole app: the language on screen, the page layout, and the wizard in it. */
export function App({ start, session: sessionStart }: { start: StartingLanguage; session: SessionStart }) {
  const language = useLanguage(start);
  const session = useNavigatorSession(sessionStart);
  const navigatorMode = session.prefs.navigatorMode;
  // In navigator mode the question pages speak of "the patient": the navigator reads them aloud.
  const wizardContent = useMemo(() => (navigatorMode ? inNavigatorVoice(language.content) : language.content), [navigatorMode, language.content]);

  // On a fresh visit the wizard takes over when the person presses Continue (load-wizard.ts); main.tsx
  // loads it before the first render when the first page needs it. Until then the welcome page is
  // drawn without it, and is never drawn anew while someone reads it.
  const [wizardModule, setWizardModule] = useState(loadedWizard);
  const [loadFailed, setLoadFailed] = useState(false);
  // The choice is state, so that a choice made while the wizard renders restarts that render with it.
  const [firstDraft, setFirstDraft] = useState<StepDraft | undefined>(undefined);
  const firstInput = useRef<Omit<FirstInput, 'draft'>>({ submitted: false, focusIndex: null });
  // The name of a file opened from the first session panel, said on the check page it opens.
  const importedName = useRef<string | null>(null);
  // The wizard arrives as a transition: React renders it in slices that leave the page responsive
  // (no long task for a phone's slow CPU), and restarts if the person acts meanwhile.
  const takeWizard = (module: WizardModule) => startTransition(() => setWizardModule(module));
  /** The person did something only the wizard can do: it loads (at once, in parallel) and takes over. */
  const handOver = () => {
    setLoadFailed(false);
    loadWizard().then(takeWizard, () => setLoadFailed(true));
  };
  // After the first paint, when the browser is idle: the wizard's files fetched into the cache (not
  // run), so that Continue is quick on a slow connection.
  useEffect(() => {
    if (wizardModule) return;
    let cancelIdle = () => undefined as void;
    const cancelPaint = afterFirstPaint(() => {
      cancelIdle = whenIdle(() => void prefetchWizard(), 3_000);
    });
    return () => {
      cancelPaint();
      cancelIdle();
    };
  }, [wizardModule]);
  // Navigator mode turned on from the header: its task list is part of every page, so the wizard comes now.
  useEffect(() => {
    if (!navigatorMode || wizardModule) return;
    loadWizard().then(
      (module) => startTransition(() => setWizardModule(module)),
      () => setLoadFailed(true),
    );
  }, [navigatorMode, wizardModule]);
  // The wizard draws the welcome page anew with the same markup: the focus goes back where it was.
  useLayoutEffect(() => {
    if (!wizardModule) return;
    if (document.activeElement === null || document.activeElement === document.body) restoreFocus(firstInput.current.focusIndex);
    firstInput.current.focusIndex = null;
  }, [wizardModule]);
  // A file opened before the wizard came: the wizard has opened it (its effects run first); say which.
  const { noteImported } = session;
  useEffect(() => {
    if (!wizardModule || importedName.current === null) return;
    noteImported(importedName.current);
    importedName.current = null;
  }, [wizardModule, noteImported]);
  const Wizard = wizardModule?.Wizard;
  return (
    <ContentProvider content={language.content}>
      <Layout
        headerEnd={
          <>
            <NavigatorToggle on={navigatorMode} onChange={session.setNavigatorMode} />
            <LanguageSwitch lang={language.lang} onChange={language.switchTo} pending={language.pending} failed={language.failed} />
          </>
        }
      >
        {(Wizard || session.cleared !== null || session.saveFailed) && (
          <Suspense fallback={null}>
            <SessionNotices session={session} />
            <SessionTimeout session={session} />
          </Suspense>
        )}
        <ContentProvider content={wizardContent}>
          {!Wizard ? (
            !session.snapshot && (
              <>
                <FirstWelcome
                  failed={loadFailed}
                  onDraft={setFirstDraft}
                  onFocusIndex={(index) => {
                    firstInput.current.focusIndex = index;
                  }}
                  onContinue={() => {
                    firstInput.current.submitted = true;
                    handOver();
                  }}
                />
                {!loadFailed && (
                  <SessionPanel
                    answers={BLANK_ANSWERS}
                    canExport={false}
                    onImport={(imported, fileName) => {
                      // The person confirmed: the wizard opens the answers on the check page, as after it.
                      firstInput.current.imported = imported;
                      importedName.current = fileName;
                      handOver();
                    }}
                    kept={session.kept}
                    onKeepChange={session.parked ? undefined : (keep) => session.setKept(keep, null)}
                    timeout={navigatorMode ? undefined : { minutes: session.prefs.timeoutMinutes, onChange: session.setTimeoutMinutes }}
                  />
                )}
              </>
            )
          ) : (
            <Wizard
              key={session.actorKey}
              firstInput={session.actorKey === 0 ? () => ({ ...firstInput.current, draft: firstDraft }) : undefined}
              snapshot={session.snapshot}
              onActor={session.persist}
              navigatorMode={navigatorMode}
              aside={
                navigatorMode
                  ? (actor) => (
                      <Suspense fallback={null}>
                        <NavigatorAside
                          actor={actor}
                          timeoutMinutes={session.prefs.timeoutMinutes}
                          onTimeoutChange={session.setTimeoutMinutes}
                          onClear={() => session.clear('finished')}
                        />
                      </Suspense>
                    )
                  : undefined
              }
              below={(actor) => (
                <Suspense fallback={null}>
                  {navigatorMode && <NavigatorNotes actor={actor} />}
                  <SessionBelowPage actor={actor} session={session} />
                </Suspense>
              )}
            />
          )}
        </ContentProvider>
      </Layout>
    </ContentProvider>
  );
}
