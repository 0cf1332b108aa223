import { plannedSessionDates, type ScheduledAssessment } from '../course';
import { addDays } from '../dates';

/**
 * Where a course's scheduled assessments stand. The schedule itself comes from the course's
 * template (`scheduleAssessments` in ../course); this adds what outcomes need to read it: whether a
 * point is a follow-up after the course, and whether it is due, overdue or done.
 */

/** Follow-ups come after the course, so a taper is judged against what the course achieved. */
export type AssessmentPhase = 'course' | 'follow_up';

interface CoursePlan {
  startDate: string;
  sessionCount: number | null;
  intervalDays: number;
}

/**
 * An assessment dated after the course's last planned session is a follow-up; the one on the day of
 * the last session is the end-of-course assessment. An open-ended course has no last session, so
 * every assessment is within it.
 */
export function assessmentPhase(course: CoursePlan, dueDate: string): AssessmentPhase {
  if (course.sessionCount === null) return 'course';
  const lastSession = plannedSessionDates(course).at(-1)!;
  return dueDate > lastSession ? 'follow_up' : 'course';
}

export type AssessmentStatus = 'done' | 'overdue' | 'due' | 'upcoming';

/**
 * An assessment is due from two weeks before its date, so that with weekly sessions it can be
 * prepared in the session before and taken in the one it falls on.
 */
export const DUE_WINDOW_DAYS = 14;

export function assessmentStatus(
  assessment: Pick<ScheduledAssessment, 'dueDate'>,
  today: string,
  done: boolean,
): AssessmentStatus {
  if (done) return 'done';
  if (assessment.dueDate < today) return 'overdue';
  if (assessment.dueDate <= addDays(today, DUE_WINDOW_DAYS)) return 'due';
  return 'upcoming';
}
