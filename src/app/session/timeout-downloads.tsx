import { useState } from 'react';
import { useContent } from '../../content/content-context';
import { loadLaterContent } from '../../content/load-content';
import type { Content, FirstContent } from '../../content/types';
import type { Answers } from '../../domain/answers.schema';
import { answersToFile } from '../../lib/answers-file-basics';
import { downloadFile, localIsoDate } from '../../lib/download-file';

type TimeoutDownloadsProps = {
  /** Something has been answered. */
  hasAnswers: boolean;
  /** The answers on screen when the button is pressed; null when there are none. */
  answers: () => Answers | null;
  /** The raw text of a session set aside as damaged, which the time-out clears too. */
  setAside: string | null;
  /** Navigator mode: the checklist gets its clinician page, as on the results page. */
  navigatorMode: boolean;
};

type ChecklistStatus = 'idle' | 'working' | 'failed';

async function wholeContent(first: FirstContent): Promise<Content> {
  if ('pathways' in first && 'checklist' in first) return first as Content;
  return { ...first, ...(await loadLaterContent(first.lang)) };
}

/**
 * In the time-out warning: save what matters before the session closes. The answers as a file,
 * the checklist as a PDF (its code loads only on the click), or the set-aside data.
 */
export function TimeoutDownloads({ hasAnswers, answers, setAside, navigatorMode }: TimeoutDownloadsProps) {
  const content = useContent();
  const words = content.session.timeout;
  const [checklist, setChecklist] = useState<ChecklistStatus>('idle');
  if (!hasAnswers && setAside === null) return null;

  const downloadChecklist = async () => {
    const now = answers();
    if (!now || checklist === 'working') return;
    setChecklist('working');
    try {
      const [whole, { evaluate }, { makeChecklistPdf }] = await Promise.all([
        wholeContent(content),
        import('../../rules/evaluate'),
        import('../../pdf/make-checklist-pdf-web'),
      ]);
      const made = await makeChecklistPdf(
        { answers: now, evaluation: evaluate(now, whole), content: whole, madeOn: localIsoDate(new Date()), clinicianSummary: navigatorMode },
        import.meta.env.BASE_URL,
      );
      const url = URL.createObjectURL(made.blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = made.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      setChecklist('idle');
    } catch {
      setChecklist('failed');
    }
  };

  return (
    <div className="timeout-downloads">
      <p>{words.saveFirst}</p>
      <div className="button-group">
        {hasAnswers && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const now = answers();
              if (!now) return;
              const file = answersToFile(now, new Date(), content.session.export);
              downloadFile(file.fileName, file.text, 'application/json');
            }}
          >
            {words.downloadAnswers}
          </button>
        )}
        {hasAnswers && (
          <button type="button" className="button button--secondary" aria-disabled={checklist === 'working'} onClick={() => void downloadChecklist()}>
            {words.downloadChecklist}
          </button>
        )}
        {setAside !== null && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadFile(content.session.setAside.fileName(localIsoDate(new Date())), setAside, 'text/plain')}
          >
            {words.downloadSetAside}
          </button>
        )}
      </div>
      <p role="status" className="status-message">
        {checklist === 'working' ? words.downloadingChecklist : checklist === 'failed' ? words.checklistFailed : ''}
      </p>
    </div>
  );
}
