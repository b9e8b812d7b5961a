import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { submitEvent } from '../../../flows/navigator.events';
import { QUESTION_STEP_IDS, type QuestionStepId } from '../../../flows/steps';
import { useSelector } from '@xstate/react';
import { routeEvent } from '../../../flows/navigator.events';
import { canRoute, currentStepId } from '../../../flows/navigator.selectors';
import { sectionSummaries } from '../../../flows/section-status';
import { NavigatorNotes } from '../../../src/app/navigator/navigator-chrome';
import { TaskList } from '../../../src/app/navigator/task-list';
import { Wizard, type NavigatorActor } from '../../../src/app/wizard';
import { ContentProvider } from '../../../src/content/content-context';
import { inNavigatorVoice } from '../../../src/content/navigator-voice';
import type { Content } from '../../../src/content/types';
import { en } from '../../../templates/en/bundle';
import { es } from '../../../templates/es/bundle';
import { FULL_PATCHES } from '../../unit/flows/sample-patches';
// Loaded up front so the lazily loaded pages resolve at once in tests.
import '../../../src/app/later-pages';

/**
 * In navigator mode a nurse navigator reads every page aloud to (or about) a patient: every word on
 * it must speak of "the patient", never "you" or "I". This walks every question page, with the
 * navigator's task list and notes beside and under it, and then the check page, in English and
 * Spanish, and lists each second- or first-person word with the text around it. (The session's own
 * controls, such as Finish and clear and the time-out, speak to whoever is at the computer.)
 */
const PERSON_WORDS: Record<'en' | 'es', RegExp> = {
  en: /(?<![\p{L}’'])(you|your|yours|yourself|you’re|you're|you’ll|you've|you’ve|I|I’m|I'm|me|my|mine|myself)(?![\p{L}])/giu,
  // "su" and "le" serve the third person too, so only the words that are second or first person alone.
  es: /(?<![\p{L}])(usted|ustedes|tú|tu|tus|te|ti|contigo|yo|mi|mis|me|conmigo|mío|mía)(?![\p{L}])/giu,
};

/** Every text a person can read on screen, hidden disclosures ("Why we ask") included. */
function textsOnScreen(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) texts.push(text);
  }
  for (const element of root.querySelectorAll('[aria-label]')) texts.push(element.getAttribute('aria-label') ?? '');
  return texts;
}

function slips(lang: 'en' | 'es', where: string, texts: string[]): string[] {
  return texts.flatMap((text) => [...text.matchAll(PERSON_WORDS[lang])].map((match) => `${where}: "${match[0]}" in "${text}"`));
}

/** The navigator's task list beside the page, as navigator mode shows it. */
function Sections({ actor }: { actor: NavigatorActor }) {
  const state = useSelector(actor, (snapshot) => snapshot);
  return (
    <TaskList
      sections={sectionSummaries(state.context.answers, currentStepId(state))}
      canGo={(id) => canRoute(state, id)}
      onGo={(id) => actor.send(routeEvent(id))}
    />
  );
}

function renderNavigatorMode(content: Content) {
  let actor: NavigatorActor | undefined;
  const view = render(
    <ContentProvider content={inNavigatorVoice(content)}>
      <Wizard
        navigatorMode
        onActor={(a) => {
          actor = a;
          return () => undefined;
        }}
        aside={(a) => <Sections actor={a} />}
        below={(a) => <NavigatorNotes actor={a} />}
      />
    </ContentProvider>,
  );
  return { view, actor: () => actor! };
}

describe.each([
  ['en', en],
  ['es', es],
] as const)('navigator mode speaks of the patient on every page (%s)', (lang, content) => {
  it('has no second- or first-person word on any question page, in the task list or notes, or on the check page', { timeout: 60_000 }, async () => {
    const { view, actor } = renderNavigatorMode(content);
    const user = userEvent.setup();
    const found: string[] = [];
    const seen: string[] = [];
    for (;;) {
      const state = actor().getSnapshot().value;
      await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
      seen.push(state);
      found.push(...slips(lang, state, textsOnScreen(view.container)));
      if (state === 'checkAnswers') break;
      // Continue with nothing answered first: the error messages are read too.
      await user.click(screen.getByRole('button', { name: content.wizard.ui.continue }));
      if (actor().getSnapshot().value !== state) continue;
      found.push(...slips(lang, `${state} (errors)`, textsOnScreen(view.container)));
      const step = state as QuestionStepId;
      act(() => actor().send(submitEvent(step, FULL_PATCHES[step])));
    }
    // Pages with nothing required moved on at the empty Continue; every page was still shown.
    expect(new Set(seen)).toEqual(new Set([...QUESTION_STEP_IDS, 'checkAnswers']));
    expect(found).toEqual([]);
  });
});
