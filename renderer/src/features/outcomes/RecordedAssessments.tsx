import type { Course } from '../../../../shared/domain/course';
import { useCallQuery } from '../../api/queries';
import { AssessmentActions } from './AssessmentActions';
import { AssessmentDetails } from './AssessmentDetails';

/** Every assessment recorded for the client, newest first, each opening onto what was entered and what can be put right. */
export function RecordedAssessments({ clientId, courses }: { clientId: string; courses: readonly Course[] }) {
  const assessments = useCallQuery('assessments.list', { clientId });
  if (assessments.state === 'failed')
    return <p role="alert">Could not load assessments: {assessments.message}</p>;
  if (assessments.state !== 'ready' || assessments.value.length === 0) return null;
  const pointLabel = (courseId: string | null, position: number | null) => {
    const course = courses.find((item) => item.id === courseId);
    const point = position === null ? undefined : course?.assessments[position];
    return [course?.name, point?.label ?? 'extra assessment'].filter(Boolean).join(', ');
  };
  return (
    <section className="recorded" aria-labelledby="recorded-heading">
      <h3 id="recorded-heading">Recorded assessments</h3>
      {[...assessments.value].reverse().map((assessment) => (
        <details key={assessment.id} className="recorded__item">
          <summary>
            {assessment.takenOn}: {pointLabel(assessment.courseId, assessment.coursePosition)}
          </summary>
          <AssessmentDetails assessment={assessment} />
          <AssessmentActions assessment={assessment} />
        </details>
      ))}
    </section>
  );
}
