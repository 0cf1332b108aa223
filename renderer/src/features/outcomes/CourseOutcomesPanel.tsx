import { lazy, Suspense } from 'react';
import { useCallQuery } from '../../api/queries';
import { hrefFor } from '../../navigation/routes';
import { CoursePrintLinks } from '../printouts/course/CoursePrintLinks';
import { BaselineVsLatest } from './BaselineVsLatest';
import { ASSESSMENT_STATUS_LABELS } from './status';
import { TaperAlerts } from './TaperAlert';
import type { XAxisChoice } from './TrendChart';

// The charting library loads with the first chart drawn, not with the app.
const TrendChart = lazy(() => import('./TrendChart').then((module) => ({ default: module.TrendChart })));

interface CourseOutcomesPanelProps {
  clientId: string;
  courseId: string;
  xAxis: XAxisChoice;
}

/** One course: its assessment schedule, the taper alert, baseline against latest, and a chart per measure. */
export function CourseOutcomesPanel({ clientId, courseId, xAxis }: CourseOutcomesPanelProps) {
  const outcomes = useCallQuery('outcomes.course', { courseId });
  if (outcomes.state === 'loading') return <p>Loading outcomes…</p>;
  if (outcomes.state === 'failed') return <p role="alert">Could not load outcomes: {outcomes.message}</p>;
  const { courseName, schedule, trends } = outcomes.value;
  return (
    <section className="course-outcomes" aria-labelledby={`course-outcomes-${courseId}`}>
      <header className="course-outcomes__header">
        <h3 id={`course-outcomes-${courseId}`}>{courseName}</h3>
        <CoursePrintLinks clientId={clientId} courseId={courseId} />
        <a className="button" href={hrefFor({ place: 'new-assessment', clientId, courseId, position: null })}>
          Record an extra assessment
        </a>
      </header>
      <TaperAlerts trends={trends} />
      {schedule.length > 0 && (
        <table className="outcomes-table">
          <caption>Assessment schedule</caption>
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((point) => (
              <tr key={point.position}>
                <th scope="row">{point.label}</th>
                <td>{point.dueDate}</td>
                <td>
                  <span className={`status status--${point.status}`}>
                    {ASSESSMENT_STATUS_LABELS[point.status]}
                  </span>
                </td>
                <td>
                  {point.status !== 'done' && (
                    <a
                      href={hrefFor({
                        place: 'new-assessment',
                        clientId,
                        courseId,
                        position: point.position,
                      })}
                      aria-label={`Record the ${point.label} assessment`}
                    >
                      Record
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {trends.length === 0 ? (
        <p className="course-outcomes__empty">No assessment recorded in this course yet.</p>
      ) : (
        <>
          <BaselineVsLatest trends={trends} />
          <Suspense fallback={<p role="status">Drawing the charts…</p>}>
            <div className="course-outcomes__charts">
              {trends.map((trend) => (
                <TrendChart key={trend.key} trend={trend} xAxis={xAxis} />
              ))}
            </div>
          </Suspense>
        </>
      )}
    </section>
  );
}
