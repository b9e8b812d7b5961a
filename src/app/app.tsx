import { ContentProvider } from '../content/content-context';
import type { StartingLanguage } from '../content/start-language';
import { useLanguage } from '../content/use-language';
import { LanguageSwitch } from '../components/language-switch';
import { Layout } from './layout';
import { useNavigatorSession } from './session/use-navigator-session';
import { Wizard } from './wizard';
import '../styles/wizard.css';

/** The whole app: the language on screen, the page layout, and the wizard in it. */
export function App({ start }: { start: StartingLanguage }) {
  const language = useLanguage(start);
  const session = useNavigatorSession();
  return (
    <ContentProvider content={language.content}>
      <Layout
        headerEnd={<LanguageSwitch lang={language.lang} onChange={language.switchTo} pending={language.pending} failed={language.failed} />}
      >
        <Wizard key={session.actorKey} snapshot={session.snapshot} onActor={session.persist} />
      </Layout>
    </ContentProvider>
  );
}
