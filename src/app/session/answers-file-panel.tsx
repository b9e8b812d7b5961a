import { useLayoutEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { describedBy, ErrorMessage } from '../../components/error-message';
import { useContent } from '../../content/content-context';
import { formatDate } from '../../content/format';
import { loadLaterContent } from '../../content/load-content';
import type { Content, FirstContent } from '../../content/types';
import type { Answers } from '../../domain/answers.schema';
import type { CheckedAnswers } from '../../domain/parse-answers';
import type { ImportResult } from '../../lib/answers-file';
import { MAX_EXPORT_LABEL, MAX_IMPORT_MEGABYTES, answersFileInfo, answersToFile, exportLabel } from '../../lib/answers-file-basics';
import { downloadFile } from '../../lib/download-file';

type AnswersFilePanelProps = {
  answers: Answers;
  /** Replaces the answers on screen; called only after the person confirms. */
  onImport: (answers: CheckedAnswers, fileName: string) => void;
  /** Show the save button (there is nothing to save on the welcome page of a new session). */
  canExport?: boolean;
};

type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; fileName: string; messages: string[] }
  | { kind: 'confirm'; fileName: string; answers: CheckedAnswers; label: string | undefined; isoDate: string };

/**
 * Checks a chosen file. The check (zod and the answers' schema) and the words for its refusals are
 * loaded now, when a file is chosen, not with the panel: under the first welcome page the panel
 * is drawn before the wizard and without them (docs/decisions/0011-first-screen.md).
 */
async function checkFile(file: File, content: FirstContent): Promise<ImportResult> {
  const [{ readAnswersFile }, problems] = await Promise.all([
    import('../../lib/answers-file'),
    'problems' in content ? (content as FirstContent & Pick<Content, 'problems'>).problems : loadLaterContent(content.lang).then((later) => later.problems),
  ]);
  return readAnswersFile(file, { import: content.session.import, problems });
}

/**
 * Save the answers to a JSON file, and open such a file later. A file is checked in full before
 * anything changes; a refused file leaves the answers on screen exactly as they were.
 */
export function AnswersFilePanel({ answers, onImport, canExport = true }: AnswersFilePanelProps) {
  const content = useContent();
  const words = content.session;
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  // The export label lives only here, on screen: not in the answers, not in storage, never sent.
  const [label, setLabel] = useState('');
  const [labelRefused, setLabelRefused] = useState(false);
  const labelId = `${inputId}-label`;
  const focusTarget = useRef<HTMLHeadingElement>(null);

  // At commit, not after paint: the person (and a test) never sees the panel before focus is on it.
  useLayoutEffect(() => {
    if (state.kind !== 'idle') focusTarget.current?.focus();
  }, [state]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file) return;
    // The check could not be fetched (offline before it was kept): said so, and the file can be chosen again.
    const result = await checkFile(file, content).catch((): ImportResult => ({ ok: false, messages: [content.shell.layout.pageLoadFailed] }));
    setState(
      result.ok
        ? { kind: 'confirm', fileName: file.name, answers: result.answers, ...answersFileInfo(file.name, file.lastModified) }
        : { kind: 'refused', fileName: file.name, messages: result.messages },
    );
  };

  return (
    <div className="answers-file">
      {canExport && (
        <div className="answers-file__export">
          <p className="hint">{words.export.hint}</p>
          <div className={labelRefused ? 'field field--error' : 'field'}>
            <label className="label" htmlFor={labelId}>
              {words.export.labelLabel}
            </label>
            <p className="hint" id={`${labelId}-hint`}>
              {words.export.labelHint(MAX_EXPORT_LABEL)}
            </p>
            <ErrorMessage id={`${labelId}-error`} text={labelRefused ? words.export.labelInvalid(MAX_EXPORT_LABEL) : undefined} />
            <input
              id={labelId}
              className="input input--medium"
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={label}
              aria-describedby={describedBy(`${labelId}-hint`, labelRefused && `${labelId}-error`)}
              aria-invalid={labelRefused || undefined}
              onChange={(event) => setLabel(event.currentTarget.value)}
            />
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const checked = exportLabel(label);
              setLabelRefused(!checked.ok);
              if (!checked.ok) {
                document.getElementById(labelId)?.focus();
                return;
              }
              const file = answersToFile(answers, new Date(), words.export, checked.label);
              downloadFile(file.fileName, file.text, 'application/json');
            }}
          >
            {words.export.button}
          </button>
        </div>
      )}

      <div className="answers-file__import">
        <label className="label" htmlFor={inputId}>
          {words.import.label}
        </label>
        <p className="hint" id={`${inputId}-hint`}>
          {words.import.hint(MAX_IMPORT_MEGABYTES)}
        </p>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="file-input"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void onFile(event)}
        />
      </div>

      {state.kind === 'refused' && (
        <div className="error-summary" role="alert" aria-labelledby={`${inputId}-refused`}>
          <h3 id={`${inputId}-refused`} className="heading-s" tabIndex={-1} ref={focusTarget}>
            {words.import.errorHeading}
          </h3>
          <p>{state.fileName}</p>
          {state.messages.length > 1 && <p>{words.import.problemsIntro}</p>}
          <ul>
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      {state.kind === 'confirm' && (
        <section className="notice" aria-labelledby={`${inputId}-confirm`}>
          <h3 id={`${inputId}-confirm`} className="heading-s" tabIndex={-1} ref={focusTarget}>
            {words.import.confirmHeading}
          </h3>
          <p>{words.import.confirmBody(state.fileName)}</p>
          <ul className="list">
            <li>{state.label === undefined ? words.import.noFileLabel : words.import.fileLabel(state.label)}</li>
            <li>{words.import.fileDate(formatDate(state.isoDate, content.lang))}</li>
          </ul>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                setState({ kind: 'idle' });
                onImport(state.answers, state.fileName);
              }}
            >
              {words.import.confirmReplace}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setState({ kind: 'idle' })}>
              {words.import.confirmKeep}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
