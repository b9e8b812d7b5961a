import { useEffect, useRef } from 'react';
import { useContent } from '../../content/content-context';
import { downloadFile, localIsoDate } from '../../lib/download-file';

type SetAsideNoticeProps = {
  /** The stored text exactly as it was found. */
  raw: string;
  /** False when the text could not be kept in storage (too big): it lives only on this screen. */
  stored?: boolean;
  onDiscard: () => void;
};

/** A stored session that could not be opened: say so plainly, offer it as a file, or discard it. */
export function SetAsideNotice({ raw, stored = true, onDiscard }: SetAsideNoticeProps) {
  const { session } = useContent();
  const words = session.setAside;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice notice--warning" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading" className="heading-m" tabIndex={-1} ref={heading}>
        {words.heading}
      </h2>
      {words.body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {!stored && <p>{words.notStored}</p>}
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(words.fileName(localIsoDate(new Date())), raw, 'text/plain')}
        >
          {words.download}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard}>
          {words.discard}
        </button>
      </div>
    </section>
  );
}
