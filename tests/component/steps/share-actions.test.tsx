import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentProvider } from '../../../src/content/content-context';
import type { Answers } from '../../../src/domain/answers.schema';
import { parseAnswers } from '../../../src/domain/parse-answers';
import { buildLetters } from '../../../src/letters/build-letters';
import { letterText } from '../../../src/letters/letter-text';
import { evaluate } from '../../../src/rules/evaluate';
import { ShareActions } from '../../../src/steps/share-actions';
import { en } from '../../../templates/en/bundle';
import { letterWords } from '../../../templates/en/letter-words';
import { letters as bodies } from '../../../templates/en/letters';
import medicareScenario from '../../fixtures/scenarios/medicare-offlabel-denied.json';

// The checklist PDF needs the font files from the app's origin; here it is made by a stand-in, so
// the test is about sharing: when it is offered, what is shared, and what is said.
vi.mock('../../../src/pdf/make-checklist-pdf-web', () => ({
  makeChecklistPdf: () => Promise.resolve({ blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }), fileName: 'treatment-access-checklist-2026-11-30.pdf', replaced: [] }),
}));

vi.setConfig({ testTimeout: 20_000 });

const t = letterWords.share;
const parsed = parseAnswers(medicareScenario.answers);
if (!parsed.ok) throw new Error('fixture does not parse');
const answers: Answers = parsed.answers;
const evaluation = evaluate(answers, en);
const letters = buildLetters({ answers, evaluation, bodies, words: letterWords, lang: 'en', madeOn: '2026-11-30' }).map((letter) => ({
  letter,
  text: letterText(letter),
  edited: false,
}));

function renderShare(shareWith: (data: ShareData) => Promise<void>) {
  const share = vi.fn(shareWith);
  Object.assign(navigator, { canShare: () => true, share });
  const user = userEvent.setup();
  render(
    <ContentProvider content={en}>
      <ShareActions answers={answers} evaluation={evaluation} content={en} words={letterWords} letters={letters} clinicianSummary={false} madeOn="2026-11-30" />
    </ContentProvider>,
  );
  return { user, share };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'canShare');
  Reflect.deleteProperty(navigator, 'share');
});

describe('Share the checklist and letters', () => {
  it('shares the checklist PDF and each letter as .docx when pressed, and says so', async () => {
    const { user, share } = renderShare(() => Promise.resolve());
    await user.click(screen.getByRole('button', { name: t.button }));
    await screen.findByText(t.shared, {}, { timeout: 15_000 });
    const files = (share.mock.calls[0]![0]).files ?? [];
    expect(files.map((f) => f.name)).toEqual([
      'treatment-access-checklist-2026-11-30.pdf',
      'letter-insurance-appeal-2026-11-30.docx',
      'letter-medical-necessity-2026-11-30.docx',
    ]);
  });

  it('when making the files outlasted the press, keeps them and asks for one more press, which shares them', async () => {
    let calls = 0;
    const { user, share } = renderShare(() => (++calls === 1 ? Promise.reject(new DOMException('no activation', 'NotAllowedError')) : Promise.resolve()));
    const button = screen.getByRole('button', { name: t.button });
    await user.click(button);
    await screen.findByText(t.ready, {}, { timeout: 15_000 });
    await user.click(button);
    await screen.findByText(t.shared);
    expect(share).toHaveBeenCalledTimes(2);
    expect((share.mock.calls[1]![0]).files).toBe((share.mock.calls[0]![0]).files);
  });

  it('says nothing was shared when the person closes the share sheet, and says a failure out loud', async () => {
    const { user } = renderShare(() => Promise.reject(new DOMException('closed', 'AbortError')));
    await user.click(screen.getByRole('button', { name: t.button }));
    await screen.findByText(t.cancelled, {}, { timeout: 15_000 });
    Object.assign(navigator, { share: () => Promise.reject(new TypeError('broken')) });
    await user.click(screen.getByRole('button', { name: t.button }));
    await screen.findByText(t.failed, {}, { timeout: 15_000 });
    expect(screen.getByRole('alert')).toHaveTextContent(t.failed);
  });
});
