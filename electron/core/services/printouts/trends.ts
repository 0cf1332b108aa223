import type { CourseRecord } from '../../db/repositories/courses';
import type { MeasureKind } from '../../../../shared/domain/outcomes/measures';
import { roundScore } from '../../../../shared/domain/outcomes/rounding';
import { courseTrends } from '../../../../shared/domain/outcomes/trends';
import type { PrintTrend } from '../../../../shared/domain/printout';
import type { Session } from '../../../../shared/domain/session';
import { courseBaselineId, heldSessions, listCourseAssessments } from '../../db/repositories/outcomes';
import type { ClinicDatabase } from '../../db/open';

/** The main measures, in the order a small chart shows them; others stay on the outcomes screen. */
const MAIN_MEASURES: readonly MeasureKind[] = [
  'fiqr',
  'pain_current',
  'sleep_quality',
  'fibromyalgia_severity',
];

/**
 * The course's main outcome measures up to this session, and the pain the client reported before
 * each of the sessions given (the course's, or all the client's outside a course): the one measure
 * every session has.
 */
export function printedTrends(
  db: ClinicDatabase,
  course: CourseRecord | null,
  sessions: readonly Session[],
  upTo: string,
): PrintTrend[] {
  const sessionPain: PrintTrend = {
    label: 'Pain before each session (NRS)',
    unit: '0–10',
    min: 0,
    max: 10,
    forPhysician: false,
    points: sessions
      .filter((session) => session.painBefore !== null && session.startsAt <= upTo)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((session) => ({ date: session.startsAt.slice(0, 10), value: session.painBefore! })),
  };
  if (!course) return [sessionPain];
  const trends = courseTrends(
    course,
    heldSessions(db, course.id),
    listCourseAssessments(db, course.id),
    courseBaselineId(db, course.id),
  );
  const main = MAIN_MEASURES.flatMap((kind) => trends.filter((trend) => trend.kind === kind)).map(
    (trend) => ({
      label: trend.label,
      unit: trend.unit,
      min: trend.min,
      max: trend.max,
      forPhysician: trend.forPhysician,
      points: trend.points
        .filter((point) => point.takenOn <= upTo.slice(0, 10))
        // As the outcomes screen shows it: a score stored before the rounding rule (61.16666666666667)
        // would otherwise reach the page unrounded.
        .map((point) => ({ date: point.takenOn, value: roundScore(point.value) })),
    }),
  );
  return [...main, sessionPain];
}
