import { Suspense, lazy, useMemo } from 'react';
import { ContentProvider } from '../content/content-context';
import { inNavigatorVoice } from '../content/navigator-voice';
import type { StartingLanguage } from '../content/start-language';
import { useLanguage } from '../content/use-language';
import { LanguageSwitch } from '../components/language-switch';
import { Layout } from './layout';
import { NavigatorToggle } from './navigator/navigator-toggle';
import type { SessionStart } from './session/prepare-session';
import { useNavigatorSession } from './session/use-navigator-session';
import { Wizard } from './wizard';
import '../styles/wizard.css';

// Loaded when first shown, to keep the first screen light (src/app/lazy-parts.ts): the session notices, the
// inactivity warning, navigator mode and the session panel under the page.
const NavigatorAside = lazy(() => import('./lazy-parts').then((module) => ({ default: module.NavigatorAside })));
const NavigatorNotes = lazy(() => import('./lazy-parts').then((module) => ({ default: module.NavigatorNotes })));
const SessionTimeout = lazy(() => import('./lazy-parts').then((module) => ({ default: module.SessionTimeout })));
const SessionNotices = lazy(() => import('./lazy-parts').then((module) => ({ default: module.SessionNotices })));
const SessionBelowPage = lazy(() => import('./lazy-parts').then((module) => ({ default: module.SessionBelowPage })));

/** The whole app: the language on screen, the page layout, and the wizard in it. */
export function App({ start, session: sessionStart }: { start: StartingLanguage; session: SessionStart }) {
  const language = useLanguage(start);
  const session = useNavigatorSession(sessionStart);
  const navigatorMode = session.prefs.navigatorMode;
  // In navigator mode the question pages speak of "the patient": the navigator reads them aloud.
  const wizardContent = useMemo(() => (navigatorMode ? inNavigatorVoice(language.content) : language.content), [navigatorMode, language.content]);
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
        <Suspense fallback={null}>
          <SessionNotices session={session} />
          <SessionTimeout session={session} />
        </Suspense>
        <ContentProvider content={wizardContent}>
          <Wizard
            key={session.actorKey}
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
        </ContentProvider>
      </Layout>
    </ContentProvider>
  );
}
