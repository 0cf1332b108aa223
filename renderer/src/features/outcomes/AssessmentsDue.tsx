import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { ASSESSMENT_STATUS_LABELS } from './status';
import './outcomes.css';

/**
 * The home screen's list of scheduled assessments not yet recorded, overdue or due in the next two
 * weeks, oldest first. Self-contained so any screen can show it.
 */
export function AssessmentsDue() {
  const due = useCallQuery('assessments.due', {});
  return (
    <section className="panel" aria-labelledby="assessments-due-heading">
      <h2 id="assessments-due-heading">Assessments due</h2>
      {due.state === 'loading' && <p>Loading…</p>}
      {due.state === 'failed' && <p role="alert">Could not load assessments: {due.message}</p>}
      {due.state === 'ready' && due.value.length === 0 && (
        <p className="empty">No assessment is overdue or due in the next two weeks.</p>
      )}
      {due.state === 'ready' && due.value.length > 0 && (
        <ul className="assessments-due__list" aria-label="Assessments due">
          {due.value.map((item) => (
            <li key={`${item.courseId}-${item.position}`} className="assessments-due__item">
              <span className={`status status--${item.status}`}>{ASSESSMENT_STATUS_LABELS[item.status]}</span>
              <span className="assessments-due__what">
                <a href={hrefFor({ place: 'client', clientId: item.clientId })}>{item.clientName}</a>:{' '}
                {item.label}{' '}
                <span className="assessments-due__meta">
                  ({item.courseName}, due {item.dueDate})
                </span>
              </span>
              <a
                className="button"
                href={hrefFor({
                  place: 'new-assessment',
                  clientId: item.clientId,
                  courseId: item.courseId,
                  position: item.position,
                })}
                aria-label={`Record the ${item.label} assessment for ${item.clientName}`}
              >
                Record
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
