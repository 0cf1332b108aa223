import { useState } from 'react';
import { useCallQuery } from '../../api/queries';
import { CourseOutcomesPanel } from './CourseOutcomesPanel';
import { RecordedAssessments } from './RecordedAssessments';
import type { XAxisChoice } from './TrendChart';
import './outcomes.css';

/** The client chart's Outcomes section: every course's assessments and trends, newest course first. */
export function ClientOutcomes({ clientId }: { clientId: string }) {
  const courses = useCallQuery('courses.list', { clientId });
  const [xAxis, setXAxis] = useState<XAxisChoice>('sessions');
  const live = courses.state === 'ready' ? courses.value.filter((course) => course.deletedAt === null) : [];

  return (
    <section className="outcomes" aria-labelledby="outcomes-heading">
      <header className="outcomes__header">
        <h2 id="outcomes-heading">Outcomes</h2>
      </header>
      {courses.state === 'failed' && <p role="alert">Could not load courses: {courses.message}</p>}
      {courses.state === 'ready' && live.length === 0 && (
        <p>Start a course to schedule its assessments and follow its outcomes.</p>
      )}
      {live.length > 0 && (
        <fieldset className="outcomes__axis">
          <legend>Chart across</legend>
          {(['sessions', 'minutes'] as const).map((choice) => (
            <label key={choice} className="outcomes__axis-choice">
              <input
                type="radio"
                name="outcomes-x-axis"
                value={choice}
                checked={xAxis === choice}
                onChange={() => setXAxis(choice)}
              />
              {choice === 'sessions' ? 'Sessions' : 'Treatment minutes'}
            </label>
          ))}
        </fieldset>
      )}
      {live.map((course) => (
        <CourseOutcomesPanel key={course.id} clientId={clientId} courseId={course.id} xAxis={xAxis} />
      ))}
      {courses.state === 'ready' && <RecordedAssessments clientId={clientId} courses={courses.value} />}
    </section>
  );
}
