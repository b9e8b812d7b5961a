import { useState } from 'react';
import type { LetterWords } from '../content/letters-content.types';
import type { Content } from '../content/types';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { downloadFile } from '../lib/download-file';
import { calendarFile } from '../lib/ics';
import { letterDocxBlob, type LetterOnPage } from './letter-files';

type ShareActionsProps = {
  answers: Answers;
  evaluation: Evaluation;
  content: Content;
  words: LetterWords;
  letters: LetterOnPage[];
  clinicianSummary: boolean;
  madeOn: string;
};

type ShareStatus =
  | { kind: 'idle' }
  | { kind: 'preparing' }
  | { kind: 'ready'; files: File[] }
  | { kind: 'shared' }
  | { kind: 'cancelled' }
  | { kind: 'failed' };

/** True where the browser has a share sheet that takes files (navigator.canShare says so for a PDF). */
function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function' || typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([new Uint8Array(0)], 'checklist.pdf', { type: 'application/pdf' })] });
  } catch {
    return false;
  }
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : undefined;
}

/**
 * "Share the checklist and letters" through the system's share sheet, shown only where the browser
 * can share files; and "Add the appointment to a calendar", shown when the appointment has a date.
 * Nothing leaves the device until the person picks where to send it in the share sheet.
 */
export function ShareActions({ answers, evaluation, content, words, letters, clinicianSummary, madeOn }: ShareActionsProps) {
  const t = words.share;
  const [shareable] = useState(canShareFiles);
  const [status, setStatus] = useState<ShareStatus>({ kind: 'idle' });
  const [calendar, setCalendar] = useState<{ kind: 'idle' } | { kind: 'done'; fileName: string } | { kind: 'failed' }>({ kind: 'idle' });
  const date = answers.appointment?.date;

  async function files(): Promise<File[]> {
    const { makeChecklistPdf } = await import('../pdf/make-checklist-pdf-web');
    const checklist = await makeChecklistPdf({ answers, evaluation, content, madeOn, clinicianSummary }, import.meta.env.BASE_URL);
    const out = [new File([checklist.blob], checklist.fileName, { type: 'application/pdf' })];
    for (const onPage of letters) {
      const blob = await letterDocxBlob(onPage);
      out.push(new File([blob], onPage.letter.fileName, { type: blob.type }));
    }
    return out;
  }

  async function share() {
    if (status.kind === 'preparing') return;
    let ready: File[];
    if (status.kind === 'ready') {
      ready = status.files;
    } else {
      setStatus({ kind: 'preparing' });
      try {
        ready = await files();
      } catch {
        setStatus({ kind: 'failed' });
        return;
      }
    }
    try {
      if (!navigator.canShare({ files: ready })) throw new Error('cannot share these files');
      await navigator.share({ files: ready, title: content.checklist.properties.title });
      setStatus({ kind: 'shared' });
    } catch (error) {
      const name = errorName(error);
      // Making the files can outlast the press that allows a share: keep them, and ask for one more press.
      if (name === 'NotAllowedError' && status.kind !== 'ready') setStatus({ kind: 'ready', files: ready });
      else if (name === 'AbortError') setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed' });
    }
  }

  function addToCalendar() {
    if (!date) return;
    try {
      const clinician = answers.appointment?.clinician?.trim() || undefined;
      const text = calendarFile({
        date,
        title: t.eventTitle(clinician),
        description: t.eventDescription,
        uid: `${crypto.randomUUID()}@treatment-access-navigator`,
        stamp: new Date(),
        productId: `-//${content.checklist.productName}//${content.lang.toUpperCase()}`,
      });
      const fileName = t.calendarFileName(date);
      downloadFile(fileName, text, 'text/calendar;charset=utf-8');
      setCalendar({ kind: 'done', fileName });
    } catch {
      setCalendar({ kind: 'failed' });
    }
  }

  if (!shareable && !date) return null;
  return (
    <section className="share-actions" aria-labelledby="share-heading">
      <h2 className="heading-m" id="share-heading">
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      <div className="button-group">
        {shareable && (
          <button type="button" className="button" aria-disabled={status.kind === 'preparing'} onClick={() => void share()}>
            {t.button}
          </button>
        )}
        {date && (
          <button type="button" className="button button--secondary" onClick={addToCalendar}>
            {t.calendarButton}
          </button>
        )}
      </div>
      <div role="status">
        {status.kind === 'preparing' && <p className="status-message">{t.preparing}</p>}
        {status.kind === 'ready' && <p className="status-message">{t.ready}</p>}
        {status.kind === 'shared' && <p className="status-message">{t.shared}</p>}
        {status.kind === 'cancelled' && <p className="status-message">{t.cancelled}</p>}
        {calendar.kind === 'done' && <p className="status-message">{t.calendarDone(calendar.fileName)}</p>}
      </div>
      <div role="alert">
        {status.kind === 'failed' && <p className="notice notice--warning">{t.failed}</p>}
        {calendar.kind === 'failed' && <p className="notice notice--warning">{t.calendarFailed}</p>}
      </div>
    </section>
  );
}
