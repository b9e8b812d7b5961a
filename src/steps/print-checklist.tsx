import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useWholeContent } from '../content/content-context';
import type { Answers } from '../domain/answers.schema';
import type { Evaluation } from '../domain/evaluation.schema';
import { localIsoDate } from '../lib/download-file';
import { buildChecklist } from '../pdf/build-checklist';
import type { ChecklistBlock, ChecklistDocument } from '../pdf/checklist-document';

type PrintChecklistProps = {
  answers: Answers;
  evaluation: Evaluation;
  /** Navigator mode: the clinician summary follows the patient's pages, as in the PDF. */
  clinicianSummary?: boolean;
};

/** Text with its newlines kept. */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

function Heading({ level, children }: { level: 1 | 2 | 3 | 4; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag>{children}</Tag>;
}

/**
 * One block of the checklist document as HTML. `level` is the heading level of a heading block: the
 * PDF's one level below the title, never more than one below the heading before it (page 1's small
 * headings come straight under the title).
 */
function Block({ block, level }: { block: ChecklistBlock; level: 2 | 3 | 4 }) {
  switch (block.kind) {
    case 'title':
      return (
        <>
          <h1>{block.text}</h1>
          <p>{block.subtitle}</p>
        </>
      );
    case 'heading':
      return <Heading level={level}>{block.text}</Heading>;
    case 'paragraph':
      return <p>{block.emphasis ? <strong><Lines text={block.text} /></strong> : <Lines text={block.text} />}</p>;
    case 'write-in':
      return (
        <p className="print-checklist__write-in">
          {[{ label: block.label, value: block.value }, ...(block.beside ? [block.beside] : [])].map((field) => (
            <span key={field.label}>
              <strong>{field.label}</strong> <span className="print-checklist__line">{field.value ?? ''}</span>{' '}
            </span>
          ))}
        </p>
      );
    case 'facts':
      return (
        <table className="print-checklist__table">
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{row.label}</th>
                <td><Lines text={row.value} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table className="print-checklist__table">
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th key={i} scope="col">{cell}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}><Lines text={cell} /></td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}><Lines text={item} /></li>
          ))}
        </ul>
      );
    case 'checklist':
      return (
        <ul className={`print-checklist__ticks print-checklist__ticks--${block.columns ?? 1}`}>
          {block.items.map((item, i) => (
            <li key={i}><Lines text={item} /></li>
          ))}
        </ul>
      );
    case 'questions':
      return (
        <>
          {block.groups.map((group, i) => (
            <Fragment key={i}>
              {group.heading && <Heading level={level}>{group.heading}</Heading>}
              <ol className="print-checklist__questions">
                {group.questions.map((question, j) => (
                  <li key={j}>
                    <Lines text={question} />
                    {Array.from({ length: block.answerLines }, (_, k) => (
                      <span key={k} className="print-checklist__answer-line" aria-hidden="true" />
                    ))}
                  </li>
                ))}
              </ol>
            </Fragment>
          ))}
        </>
      );
    case 'contacts':
      return (
        <ul className="print-checklist__contacts">
          {block.items.map((contact, i) => (
            <li key={i}>
              <strong>{contact.name}</strong>
              {contact.lines.map((line, j) => (
                <Fragment key={j}>
                  <br />
                  {line.label} {line.link ? <a href={line.link}>{line.value}</a> : line.value}
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      );
    case 'glossary':
      return (
        <dl className="print-checklist__glossary">
          {block.entries.map((entry) => (
            <div key={entry.term}>
              <dt>{entry.term}</dt>
              <dd>{entry.definition}</dd>
            </div>
          ))}
        </dl>
      );
  }
}

/** Each block's HTML heading level (for a question group's heading, one below the heading before it). */
function headingLevels(blocks: ChecklistBlock[]): number[] {
  const levels: number[] = [];
  let last = 1;
  for (const block of blocks) {
    if (block.kind === 'title') last = 1;
    else if (block.kind === 'heading') last = Math.min(block.level + 1, last + 1);
    levels.push(block.kind === 'heading' ? last : Math.min(4, last + 1));
  }
  return levels;
}

/** The checklist document as HTML, block by block, then the PDF's footer lines once. */
export function ChecklistHtml({ checklist }: { checklist: ChecklistDocument }) {
  const levels = headingLevels(checklist.blocks);
  return (
    <>
      {checklist.blocks.map((block, i) => (
        <Block key={i} block={block} level={(levels[i] ?? 2) as 2 | 3 | 4} />
      ))}
      <p className="print-checklist__footer">
        {checklist.footer.identity}
        <br />
        {checklist.footer.reminder}
      </p>
    </>
  );
}

/**
 * The print view, which is the accessible checklist (issue 13, item 6): the same document the PDF is
 * drawn from (src/pdf/build-checklist.ts), so it has the PDF's content in the PDF's order. It is
 * made when the browser is about to print (beforeprint, or the print media query) and is all that
 * prints (src/styles/print.css); on screen it is not there, so the page does not say everything twice.
 */
export function PrintChecklist({ answers, evaluation, clinicianSummary = false }: PrintChecklistProps) {
  const content = useWholeContent();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser lays the page out for print right after beforeprint: the view must be in the DOM by then.
    const show = () => flushSync(() => setPrinting(true));
    const hide = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const onChange = (event: MediaQueryListEvent) => (event.matches ? show() : hide());
    window.addEventListener('beforeprint', show);
    window.addEventListener('afterprint', hide);
    media?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', show);
      window.removeEventListener('afterprint', hide);
      media?.removeEventListener('change', onChange);
    };
  }, []);
  const checklist = useMemo(
    () => (printing ? buildChecklist({ answers, evaluation, content, madeOn: localIsoDate(new Date()), clinicianSummary }) : undefined),
    [printing, answers, evaluation, content, clinicianSummary],
  );
  if (!checklist) return null;
  return (
    <div className="print-checklist" lang={checklist.lang}>
      <ChecklistHtml checklist={checklist} />
    </div>
  );
}
