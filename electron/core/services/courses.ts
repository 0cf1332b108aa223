import type { Handlers } from '../../../shared/api/handlers';
import { ApiFailure } from '../../../shared/api/errors';
import { calendarDateOf } from '../../../shared/domain/dates';
import {
  assessmentRuleIssues,
  nextAssessment,
  plannedSessionDates,
  scheduleAssessments,
  type Course,
} from '../../../shared/domain/course';
import { findClient } from '../db/repositories/clients';
import {
  courseSessionCounts,
  findCourse,
  insertCourse,
  listCourses,
  purgeCourse,
  setCourseDeleted,
  type CourseRecord,
} from '../db/repositories/courses';
import { insertSession } from '../db/repositories/sessions';
import { findTemplate } from '../db/repositories/templates';
import { assertNotDeleted, assertPurgeable, found } from './lifecycle';
import type { ServicePorts } from './ports';
import { assertNoRuleIssues } from './validation';

type CoursesHandlers = Pick<
  Handlers,
  'courses.create' | 'courses.list' | 'courses.delete' | 'courses.restore' | 'courses.purge'
>;

export function coursesHandlers({ db, now, newId }: ServicePorts) {
  /** A stored course with its progress as of today. */
  function withProgress(record: CourseRecord): Course {
    const counts = courseSessionCounts(db, record.id);
    return {
      ...record,
      progress: {
        done: counts.done,
        total: record.sessionCount === null ? null : counts.total,
        nextAssessment: nextAssessment(record.assessments, calendarDateOf(now())),
      },
    };
  }
  const get = (id: string) => found(findCourse(db, id), 'course');

  function setDeleted(id: string, deleted: boolean): Course {
    get(id);
    const at = now().toISOString();
    setCourseDeleted(db, id, deleted ? at : null, at);
    return withProgress(get(id));
  }

  return {
    'courses.create': (input) => {
      const client = found(findClient(db, input.clientId), 'client');
      assertNotDeleted(client, 'client');
      if (input.templateId !== null) found(findTemplate(db, input.templateId), 'protocol template');
      assertNoRuleIssues(assessmentRuleIssues(input));
      const at = now().toISOString();
      const { sessionTime, ...fields } = input;
      const record: CourseRecord = {
        ...fields,
        id: newId(),
        assessments: scheduleAssessments(input, input.assessments),
        deletedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      // The course, its assessments and every planned session appear together or not at all.
      db.transaction(() => {
        insertCourse(db, record);
        for (const date of plannedSessionDates(input)) {
          insertSession(db, {
            id: newId(),
            clientId: input.clientId,
            courseId: record.id,
            startsAt: `${date}T${sessionTime}`,
            plannedMinutes: input.sessionMinutes,
            at,
          });
        }
      })();
      return withProgress(record);
    },
    'courses.list': ({ clientId }) => {
      found(findClient(db, clientId), 'client');
      return listCourses(db, clientId).map(withProgress);
    },
    'courses.delete': ({ id }) => setDeleted(id, true),
    'courses.restore': ({ id }) => setDeleted(id, false),
    'courses.purge': ({ id }) => {
      assertPurgeable(get(id), 'course');
      purgeCourse(db, id);
      return { purged: true as const };
    },
  } satisfies CoursesHandlers;
}

/** For services that accept a course id from the caller: it must be the client's and not deleted. */
export function courseOfClient(db: ServicePorts['db'], courseId: string, clientId: string): CourseRecord {
  const course = found(findCourse(db, courseId), 'course');
  if (course.clientId !== clientId) {
    throw new ApiFailure('VALIDATION', 'That course belongs to another client', {
      issues: [{ path: 'courseId', message: 'That course belongs to another client' }],
    });
  }
  assertNotDeleted(course, 'course');
  return course;
}
