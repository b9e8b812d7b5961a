import { useState } from 'react';
import { useWholeContent } from '../content/content-context';
import { loadContent, loadLaterContent } from '../content/load-content';
import type { Content } from '../content/types';
import { evaluate } from '../rules/evaluate';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { localIsoDate } from '../lib/download-file';
import type { ReplacedCharacter } from '../pdf/checklist-document';
import '../styles/print.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string; replaced: ReplacedCharacter[] }
  | { kind: 'failed' };

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type ChecklistActionsProps = {
  answers: Answers;
  evaluation: Evaluation;
  /** Navigator mode: add the one-page clinician summary after the patient's pages. */
  clinicianSummary?: boolean;
};

/** "Download checklist (PDF)" and "Print" for the results page; the PDF code loads only on click. */
export function ChecklistActions({ answers, evaluation, clinicianSummary = false }: ChecklistActionsProps) {
  const content = useWholeContent();
  const t = content.checklist.actions;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const working = status.kind === 'working';
  // Navigator mode in Spanish: the clinician page may be in English while the patient's pages stay Spanish.
  const offerEnglish = clinicianSummary && content.lang !== 'en';
  const [clinicianInEnglish, setClinicianInEnglish] = useState(false);

  /** The English words and the evaluation made with them, fetched only when the navigator asks for it. */
  async function englishClinician(): Promise<{ content: Content; evaluation: Evaluation }> {
    const [first, later] = await Promise.all([loadContent('en'), loadLaterContent('en')]);
    const english: Content = { ...first, ...later };
    return { content: english, evaluation: evaluate(answers, english) };
  }

  async function download() {
    if (working) return;
    setStatus({ kind: 'working' });
    try {
      const { makeChecklistPdf } = await import('../pdf/make-checklist-pdf-web');
      const clinician = offerEnglish && clinicianInEnglish ? await englishClinician() : undefined;
      const made = await makeChecklistPdf(
        { answers, evaluation, content, madeOn: localIsoDate(new Date()), clinicianSummary, ...(clinician ? { clinician } : {}) },
        import.meta.env.BASE_URL,
      );
      save(made.blob, made.fileName);
      setStatus({ kind: 'done', fileName: made.fileName, replaced: made.replaced });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  return (
    <section className="checklist-actions" aria-labelledby="checklist-actions-heading">
      <h2 className="heading-m" id="checklist-actions-heading">
        {t.heading}
      </h2>
      {offerEnglish && (
        <div className="checkbox">
          <input
            type="checkbox"
            id="clinician-in-english"
            className="checkbox__input"
            checked={clinicianInEnglish}
            onChange={(event) => setClinicianInEnglish(event.target.checked)}
          />
          <label htmlFor="clinician-in-english" className="checkbox__label">
            {t.clinicianInEnglish}
          </label>
        </div>
      )}
      <div className="button-group">
        <button type="button" className="button" aria-disabled={working} onClick={() => void download()}>
          {t.download}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.printAccessible}
        </button>
      </div>
      <div role="status">
        {working && <p className="status-message">{t.downloading}</p>}
        {status.kind === 'done' && <p className="status-message">{t.downloaded(status.fileName)}</p>}
        {status.kind === 'done' && status.replaced.length > 0 && (
          <p className="notice">
            {t.replacedNotice(
              content.checklist.replacementMarker,
              status.replaced.map((r) => `${r.character} (${r.codePoints})`).join(', '),
            )}
          </p>
        )}
      </div>
      <div role="alert">{status.kind === 'failed' && <p className="notice notice--warning">{t.failed}</p>}</div>
    </section>
  );
}
