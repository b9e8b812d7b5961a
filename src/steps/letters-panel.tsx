import { use, useId, useMemo, useState } from 'react';
import { useContent, useWholeContent } from '../content/content-context';
import { loadLetterContent } from '../content/load-letter-content';
import type { LetterWords } from '../content/letters-content.types';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { buildLetters } from '../letters/build-letters';
import { letterText } from '../letters/letter-text';
import { localIsoDate } from '../lib/download-file';
import { saveBlob } from '../lib/save-blob';
import { letterDocxBlob, type LetterOnPage } from './letter-files';
import { ShareActions } from './share-actions';
import './letters.css';

type LettersPanelProps = {
  answers: Answers;
  evaluation: Evaluation;
  clinicianSummary?: boolean;
};

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function LetterCard({ onPage, words, onEdit }: { onPage: LetterOnPage; words: LetterWords; onEdit: (text: string) => void }) {
  const { letter, text } = onPage;
  const t = words.panel;
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'done', message: t.copied });
    } catch {
      setStatus({ kind: 'failed', message: t.copyFailed });
    }
  }

  async function download() {
    if (status.kind === 'working') return;
    setStatus({ kind: 'working' });
    try {
      saveBlob(await letterDocxBlob(onPage), letter.fileName);
      setStatus({ kind: 'done', message: t.downloaded(letter.fileName) });
    } catch {
      setStatus({ kind: 'failed', message: t.downloadFailed });
    }
  }

  const note = letter.note;
  return (
    <li>
      <article className="letter-card" aria-labelledby={`${id}-title`}>
        <h3 className="heading-s" id={`${id}-title`}>
          {letter.titleForPerson}
        </h3>
        <p className="letter-card__draft">{t.draft}</p>
        <dl className="letter-card__note">
          <dt>{t.whatLabel}</dt>
          <dd>{note.what}</dd>
          <dt>{t.whoSignsLabel}</dt>
          <dd>{note.whoSigns}</dd>
          <dt>{t.whereLabel}</dt>
          <dd>{note.whereItGoes}</dd>
          {note.deadline && (
            <>
              <dt>{t.deadlineLabel}</dt>
              <dd>
                <strong>{note.deadline}</strong>
              </dd>
            </>
          )}
        </dl>
        {note.inEnglish && <p>{note.inEnglish}</p>}
        <label className="label label--s" htmlFor={`${id}-text`}>
          {t.textLabel(letter.titleForPerson)}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t.editsStay}
        </p>
        <textarea
          className="textarea letter-card__text"
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          lang={letter.lang}
          rows={12}
          spellCheck
          value={text}
          onChange={(event) => onEdit(event.target.value)}
        />
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t.copy} <span className="visually-hidden">{t.copyHidden(letter.titleForPerson)}</span>
          </button>
          <button type="button" className="button button--secondary" aria-disabled={status.kind === 'working'} onClick={() => void download()}>
            {t.download} <span className="visually-hidden">{t.downloadHidden(letter.titleForPerson)}</span>
          </button>
        </div>
        <div role="status">
          {status.kind === 'working' && <p className="status-message">{t.downloading}</p>}
          {status.kind === 'done' && <p className="status-message">{status.message}</p>}
        </div>
        <div role="alert">{status.kind === 'failed' && <p className="notice notice--warning">{status.message}</p>}</div>
      </article>
    </li>
  );
}

/**
 * The letters that fit the answers, each with a note on what it is, who signs it and where it
 * goes, its text to edit, copy or download as .docx; then sharing and the calendar file. Nothing
 * is sent by the app: every file leaves only through a button the person presses.
 */
export default function LettersPanel({ answers, evaluation, clinicianSummary = false }: LettersPanelProps) {
  const lang = useContent().lang;
  const content = useWholeContent();
  const { words, bodies } = use(loadLetterContent(lang));
  const t = words.panel;
  const [madeOn] = useState(() => localIsoDate(new Date()));
  const letters = useMemo(
    () => buildLetters({ answers, evaluation, bodies, words, lang, madeOn }),
    [answers, evaluation, bodies, words, lang, madeOn],
  );
  // Edits are kept against the text they started from: when the answers change the draft, the new draft shows.
  const [edits, setEdits] = useState<Record<string, { base: string; text: string }>>({});
  const onPage: LetterOnPage[] = letters.map((letter) => {
    const base = letterText(letter);
    const edit = edits[letter.id];
    const text = edit && edit.base === base ? edit.text : base;
    return { letter, text, edited: text !== base };
  });

  return (
    <>
      <section className="letters" aria-labelledby="letters-heading">
        <h2 className="heading-m" id="letters-heading">
          {t.heading}
        </h2>
        {letters.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <>
            <p>{t.intro}</p>
            <ul className="letter-list">
              {onPage.map((item) => (
                <LetterCard
                  key={item.letter.id}
                  onPage={item}
                  words={words}
                  onEdit={(text) => setEdits((all) => ({ ...all, [item.letter.id]: { base: letterText(item.letter), text } }))}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <ShareActions answers={answers} evaluation={evaluation} content={content} words={words} letters={onPage} clinicianSummary={clinicianSummary} madeOn={madeOn} />
    </>
  );
}
