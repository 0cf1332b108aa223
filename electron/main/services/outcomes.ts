import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import type { ScheduledPoint } from '../../../shared/api/outcomes';
import { calendarDateOf } from '../../../shared/domain/common';
import { addDays } from '../../../shared/domain/dates';
import { assessmentRuleIssues, scoresOf } from '../../../shared/domain/outcomes/assessment';
import { DUE_WINDOW_DAYS, assessmentPhase, assessmentStatus } from '../../../shared/domain/outcomes/schedule';
import { courseTrends } from '../../../shared/domain/outcomes/trends';
import { findClient } from '../db/repositories/clients';
import { findCourse, type CourseRecord } from '../db/repositories/courses';
import {
  findAssessment,
  findAssessmentAtPoint,
  heldSessions,
  insertAssessment,
  listClientAssessments,
  listCourseAssessments,
  outstandingAssessments,
} from '../db/repositories/outcomes';
import { courseOfClient } from './courses';
import { assertNotDeleted, found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type OutcomeHandlers = Pick<
  Handlers,
  'assessments.record' | 'assessments.list' | 'assessments.due' | 'outcomes.course'
>;

export function outcomeHandlers({ db, now, newId }: ServicePorts) {
  const today = () => calendarDateOf(now());

  /** The course must be the client's, live, and still waiting for the scheduled point given. */
  function checkCoursePoint(input: {
    clientId: string;
    courseId: string | null;
    coursePosition: number | null;
  }) {
    if (input.courseId === null) return;
    const course = courseOfClient(db, input.courseId, input.clientId);
    if (input.coursePosition === null) return;
    const point = course.assessments[input.coursePosition];
    if (!point) {
      throw new ApiFailure('VALIDATION', 'The course has no such scheduled assessment', {
        issues: [{ path: 'coursePosition', message: 'The course has no such scheduled assessment' }],
      });
    }
    if (findAssessmentAtPoint(db, course.id, input.coursePosition)) {
      throw new ApiFailure('CONFLICT', `The ${point.label} assessment of this course is already recorded`);
    }
  }

  function scheduleOf(course: CourseRecord, done: Map<number, string>): ScheduledPoint[] {
    return course.assessments.map((point, position) => ({
      position,
      label: point.label,
      dueDate: point.dueDate,
      phase: assessmentPhase(course, point.dueDate),
      status: assessmentStatus(point, today(), done.has(position)),
      assessmentId: done.get(position) ?? null,
    }));
  }

  return {
    'assessments.record': (input) => {
      assertNoRuleIssues(assessmentRuleIssues(input, today()));
      const client = found(findClient(db, input.clientId), 'client');
      assertNotDeleted(client, 'client');
      checkCoursePoint(input);
      const { clientId, courseId, coursePosition, takenOn, ...entries } = input;
      const assessment = {
        id: newId(),
        clientId,
        courseId,
        coursePosition,
        takenOn,
        ...entries,
        measures: scoresOf(entries),
        createdAt: now().toISOString(),
      };
      insertAssessment(db, assessment);
      return found(findAssessment(db, assessment.id), 'assessment');
    },
    'assessments.list': ({ clientId }) => {
      found(findClient(db, clientId), 'client');
      return listClientAssessments(db, clientId);
    },
    'assessments.due': () => {
      const date = today();
      return outstandingAssessments(db, addDays(date, DUE_WINDOW_DAYS)).map((row) => ({
        ...row,
        status: row.dueDate < date ? ('overdue' as const) : ('due' as const),
      }));
    },
    'outcomes.course': ({ courseId }) => {
      const course = found(findCourse(db, courseId), 'course');
      const assessments = listCourseAssessments(db, courseId);
      const done = new Map(
        assessments.flatMap((assessment) =>
          assessment.coursePosition === null ? [] : [[assessment.coursePosition, assessment.id] as const],
        ),
      );
      return {
        courseId,
        courseName: course.name,
        schedule: scheduleOf(course, done),
        trends: courseTrends(course, heldSessions(db, courseId), assessments),
      };
    },
  } satisfies OutcomeHandlers;
}
