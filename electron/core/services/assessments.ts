import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { addDays, calendarDateOf } from '../../../shared/domain/dates';
import { assessmentRuleIssues, scoresOf } from '../../../shared/domain/outcomes/assessment';
import { DUE_WINDOW_DAYS } from '../../../shared/domain/outcomes/schedule';
import { findClient } from '../db/repositories/clients';
import {
  deleteAssessment,
  findAssessment,
  findAssessmentAtPoint,
  insertAssessment,
  listClientAssessments,
  outstandingAssessments,
  replaceAssessment,
  setCourseBaseline,
} from '../db/repositories/outcomes';
import { courseOfClient } from './courses';
import { assertNotDeleted, found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type AssessmentsHandlers = Pick<
  Handlers,
  | 'assessments.record'
  | 'assessments.list'
  | 'assessments.due'
  | 'assessments.correct'
  | 'assessments.delete'
  | 'assessments.makeBaseline'
>;

export function assessmentsHandlers({ db, now, newId }: ServicePorts) {
  const today = () => calendarDateOf(now());

  /**
   * The course must be the client's, live, and still waiting for the scheduled point given (or
   * holding there the assessment being corrected).
   */
  function checkCoursePoint(
    input: { clientId: string; courseId: string | null; coursePosition: number | null },
    correcting: string | null = null,
  ) {
    if (input.courseId === null) return;
    const course = courseOfClient(db, input.courseId, input.clientId);
    if (input.coursePosition === null) return;
    const point = course.assessments[input.coursePosition];
    if (!point) {
      throw new ApiFailure('VALIDATION', 'The course has no such scheduled assessment', {
        issues: [{ path: 'coursePosition', message: 'The course has no such scheduled assessment' }],
      });
    }
    const there = findAssessmentAtPoint(db, course.id, input.coursePosition);
    if (there && there !== correcting) {
      throw new ApiFailure('CONFLICT', `The ${point.label} assessment of this course is already recorded`);
    }
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
    'assessments.correct': ({ id, reason: _reason, ...fields }) => {
      const stored = found(findAssessment(db, id), 'assessment');
      const client = found(findClient(db, stored.clientId), 'client');
      assertNotDeleted(client, 'client');
      const input = { clientId: stored.clientId, courseId: stored.courseId, ...fields };
      assertNoRuleIssues(assessmentRuleIssues(input, today()));
      checkCoursePoint(input, id);
      const { clientId: _client, courseId: _course, coursePosition, takenOn, ...entries } = input;
      replaceAssessment(db, {
        ...stored,
        coursePosition,
        takenOn,
        ...entries,
        measures: scoresOf(entries),
      });
      return found(findAssessment(db, id), 'assessment');
    },
    'assessments.delete': ({ id }) => {
      found(findAssessment(db, id), 'assessment');
      deleteAssessment(db, id);
      return { id, deleted: true as const };
    },
    'assessments.makeBaseline': ({ id }) => {
      const assessment = found(findAssessment(db, id), 'assessment');
      if (assessment.courseId === null) {
        throw new ApiFailure('VALIDATION', 'Only an assessment in a course can be its baseline');
      }
      courseOfClient(db, assessment.courseId, assessment.clientId);
      setCourseBaseline(db, assessment.courseId, id);
      return assessment;
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
  } satisfies AssessmentsHandlers;
}
