import type { SectionSummary } from '../../../flows/section-status';
import type { QuestionStepId } from '../../../flows/steps';
import { useContent } from '../../content/content-context';
import '../session/session.css';

type TaskListProps = {
  sections: readonly SectionSummary[];
  /** Whether the machine lets the person open this section now (asked with `state.can`). */
  canGo: (id: QuestionStepId) => boolean;
  onGo: (id: QuestionStepId) => void;
};

/** Navigator mode: every section with its status in words, each one a button that opens it. */
export function TaskList({ sections, canGo, onGo }: TaskListProps) {
  const { navigator } = useContent();
  const words = navigator.taskList;
  return (
    <nav className="task-list" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading" className="heading-s">
        {words.heading}
      </h2>
      <p className="hint">{words.hint}</p>
      <ol className="task-list__items">
        {sections.map(({ id, status, current }) => {
          const name = words.sections[id] ?? id;
          const statusId = `task-status-${id}`;
          const open = !current && status !== 'skipped' && canGo(id);
          return (
            <li key={id} className={`task-list__item task-list__item--${status}`}>
              {open ? (
                <button type="button" className="task-list__link" aria-describedby={statusId} onClick={() => onGo(id)}>
                  {name}
                </button>
              ) : (
                <span className="task-list__name" aria-current={current ? 'step' : undefined}>
                  {name}
                </span>
              )}
              <span id={statusId} className={`tag tag--${status}`}>
                {words.status[status]}
              </span>
              {current && <span className="task-list__current">{words.current}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
