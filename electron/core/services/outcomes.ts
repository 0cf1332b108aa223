import type { Handlers } from '../../../shared/api/handlers';
import type { ScheduledPoint } from '../../../shared/api/outcomes';
import { calendarDateOf } from '../../../shared/domain/dates';
import type { Assessment } from '../../../shared/domain/outcomes/assessment';
import { assessmentPhase, assessmentStatus } from '../../../shared/domain/outcomes/schedule';
import { courseTrends, fromBaseline } from '../../../shared/domain/outcomes/trends';
import { findCourse, type CourseRecord } from '../db/repositories/courses';
import { courseBaselineId, heldSessions, listCourseAssessments } from '../db/repositories/outcomes';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';

type OutcomesHandlers = Pick<Handlers, 'outcomes.course'>;

/** Where each of the course's scheduled assessments stands today: done (and by which record), or when due. */
export function courseSchedule(
  course: CourseRecord,
  assessments: readonly Pick<Assessment, 'id' | 'coursePosition'>[],
  today: string,
): ScheduledPoint[] {
  const done = new Map(
    assessments.flatMap((assessment) =>
      assessment.coursePosition === null ? [] : [[assessment.coursePosition, assessment.id] as const],
    ),
  );
  return course.assessments.map((point, position) => ({
    position,
    label: point.label,
    dueDate: point.dueDate,
    phase: assessmentPhase(course, point.dueDate),
    status: assessmentStatus(point, today, done.has(position)),
    assessmentId: done.get(position) ?? null,
  }));
}

export function outcomesHandlers({ db, now }: ServicePorts) {
  const today = () => calendarDateOf(now());

  return {
    'outcomes.course': ({ courseId }) => {
      const course = found(findCourse(db, courseId), 'course');
      const assessments = listCourseAssessments(db, courseId);
      const baselineId = courseBaselineId(db, courseId);
      return {
        courseId,
        courseName: course.name,
        baselineAssessmentId: fromBaseline(assessments, baselineId)[0]?.id ?? null,
        schedule: courseSchedule(course, assessments, today()),
        trends: courseTrends(course, heldSessions(db, courseId), assessments, baselineId),
      };
    },
  } satisfies OutcomesHandlers;
}
