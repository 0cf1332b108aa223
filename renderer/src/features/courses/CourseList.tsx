import type { Client } from '../../../../shared/domain/client';
import type { Course } from '../../../../shared/domain/course';
import { call } from '../../api/client';
import { hrefFor } from '../../navigation/routes';
import { PurgeButton } from '../../ui/PurgeButton';

/** "6 of 20 sessions done", or for an open-ended course just the count done. */
export function progressText(course: Course): string {
  const { done, total } = course.progress;
  return total === null ? `${done} sessions done (open-ended)` : `${done} of ${total} sessions done`;
}

function CourseCard({ course }: { course: Course }) {
  const next = course.progress.nextAssessment;
  return (
    <li className="card">
      <div className="card__header">
        <h3>{course.name}</h3>
        {course.deletedAt ? (
          <span className="card__actions">
            <button
              type="button"
              className="button"
              onClick={() => void call('courses.restore', { id: course.id })}
            >
              Restore course
            </button>
            <PurgeButton
              what="course and its sessions"
              onPurge={() => call('courses.purge', { id: course.id })}
            />
          </span>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void call('courses.delete', { id: course.id })}
          >
            Delete course
          </button>
        )}
      </div>
      <p className="card__meta">
        From {course.startDate} · every {course.intervalDays} days · {course.sessionMinutes} minutes ·{' '}
        <strong>{progressText(course)}</strong>
      </p>
      <p>{next ? `Next assessment: ${next.label} on ${next.dueDate}` : 'No assessment due'}</p>
      {course.assessments.length > 0 && (
        <table className="table">
          <caption>Assessments of {course.name}</caption>
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {course.assessments.map((assessment) => (
              <tr key={assessment.label}>
                <td>{assessment.label}</td>
                <td>{assessment.dueDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

export function CourseList({ client, courses }: { client: Client; courses: Course[] }) {
  const live = courses.filter((course) => !course.deletedAt);
  const deleted = courses.filter((course) => course.deletedAt);
  return (
    <section className="panel" aria-labelledby="courses-heading">
      <div className="panel__header">
        <h2 id="courses-heading">Treatment courses</h2>
        {!client.deletedAt && (
          <a className="button" href={hrefFor({ place: 'new-course', clientId: client.id })}>
            Start a course
          </a>
        )}
      </div>
      {live.length === 0 ? (
        <p className="empty">
          No course yet. Start one from a protocol such as the 20-week trial, or plan single sessions below.
        </p>
      ) : (
        <ul className="cards">
          {live.map((course) => (
            <CourseCard key={course.id} course={course} />
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <details>
          <summary>Deleted courses ({deleted.length})</summary>
          <ul className="cards">
            {deleted.map((course) => (
              <CourseCard key={course.id} course={course} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
