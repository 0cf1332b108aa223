import { clientDisplayName } from '../../../../shared/domain/client';
import { calendarDateOf, dateOf } from '../../../../shared/domain/dates';
import type { MeasureKind } from '../../../../shared/domain/outcomes/measures';
import { courseTrends, type MeasureTrend, type TrendCourse } from '../../../../shared/domain/outcomes/trends';
import type { FindingBody } from '../../../../shared/domain/plan/findings';
import type {
  CourseReport,
  FollowUpDue,
  PhysicianLetter,
  PrintedOutcome,
  PrintedPainMap,
} from '../../../../shared/domain/printouts/course';
import type { Session } from '../../../../shared/domain/session';
import { bodyAreaOf } from '../../../../shared/domain/body-size';
import { findClient } from '../../db/repositories/clients';
import { findCourse, type CourseRecord } from '../../db/repositories/courses';
import { listFindings } from '../../db/repositories/findings';
import {
  courseBaselineId,
  heldSessions,
  heldSessionsOutsideCourses,
  listClientAssessments,
  listCourseAssessments,
} from '../../db/repositories/outcomes';
import type { ClinicDatabase } from '../../db/open';
import { listClientSessions } from '../../db/repositories/sessions';
import { readSettings } from '../../db/repositories/settings';
import { found } from '../lifecycle';
import { courseSchedule } from '../outcomes';
import { sessionOf } from '../session-lock';
import { doseByRegion } from './dose';

/**
 * The measures the course printouts follow, in the order they are tabled: the fibromyalgia impact,
 * the ACR measures the physician weighs, sleep, and pain at assessments and before each session.
 */
const COURSE_MEASURES: readonly MeasureKind[] = [
  'fiqr',
  'wpi',
  'sss',
  'psqi',
  'pain_current',
  'session_pain_before',
];

/** A trend as a table row and chart: its baseline, where it is now, and the verdict the domain gave. */
function printedOutcome(trend: MeasureTrend): PrintedOutcome {
  const points = trend.points.map((point) => ({
    date: point.takenOn,
    label: point.label,
    value: point.value,
  }));
  const latest = trend.points.at(-1)!;
  return {
    key: trend.key,
    label: trend.label,
    unit: trend.unit,
    lowerIsBetter: trend.lowerIsBetter,
    min: trend.min,
    max: trend.max,
    baseline: points[0]!,
    latest: points.at(-1)!,
    verdict: trend.threshold === null ? 'no_threshold' : points.length < 2 ? 'baseline_only' : latest.change,
    threshold: trend.threshold,
    thresholdSource: trend.meaningfulChange.source,
    points,
  };
}

/**
 * The sessions and assessments a story is told from: the anchor's course, or outside a course the
 * client's sessions and assessments that belong to none (as an open-ended course, so every one of
 * them is within it).
 */
function storyScope(db: ClinicDatabase, anchor: Session, course: CourseRecord | null) {
  if (course) {
    return {
      trendCourse: course as TrendCourse,
      held: heldSessions(db, course.id),
      assessments: listCourseAssessments(db, course.id),
      baselineId: courseBaselineId(db, course.id),
    };
  }
  const held = heldSessionsOutsideCourses(db, anchor.clientId);
  return {
    trendCourse: {
      startDate: held[0]?.date ?? dateOf(anchor.startsAt),
      sessionCount: null,
      intervalDays: 7,
      assessments: [],
    },
    held,
    assessments: listClientAssessments(db, anchor.clientId).filter(
      (assessment) => assessment.courseId === null,
    ),
    baselineId: null,
  };
}

/** The parts both course printouts share, up to the anchor session's day. */
function gatherStory(db: ClinicDatabase, sessionId: string) {
  const anchor = sessionOf(db, sessionId);
  const client = found(findClient(db, anchor.clientId), 'client');
  const course = anchor.courseId ? (findCourse(db, anchor.courseId) ?? null) : null;
  const settings = readSettings(db);
  const asOfDay = dateOf(anchor.startsAt);
  const scope = storyScope(db, anchor, course);
  const held = scope.held.filter((session) => session.date <= asOfDay);
  const trends = courseTrends(
    scope.trendCourse,
    held,
    scope.assessments.filter((assessment) => assessment.takenOn <= asOfDay),
    scope.baselineId,
  );
  const sessions = listClientSessions(db, client.id).filter(
    (other) =>
      other.deletedAt === null && other.courseId === anchor.courseId && other.startsAt <= anchor.startsAt,
  );
  const painMaps = sessions.flatMap((session): PrintedPainMap[] => {
    const regions = listFindings(db, session.id)
      .map((finding) => finding.body)
      .filter((body): body is Extract<FindingBody, { kind: 'pain_area' }> => body.kind === 'pain_area')
      .map((body) => body.region);
    if (regions.length === 0) return [];
    return [
      { sessionId: session.id, date: dateOf(session.startsAt), sessionNumber: session.number, regions },
    ];
  });
  const heldIds = new Set(held.map((session) => session.id));
  return {
    story: {
      clinic: {
        clinicName: settings.clinicName,
        clinicPhone: settings.clinicPhone,
        // As on the summary: a signed note names its therapist; before that, the clinic's from Settings.
        therapistName: anchor.signedBy ?? settings.therapistName,
        paperSize: settings.paperSize,
      },
      client: {
        name: clientDisplayName(client),
        dateOfBirth: client.dateOfBirth,
        bodyArea: bodyAreaOf(client),
      },
      asOf: { sessionId: anchor.id, startsAt: anchor.startsAt },
      courseName: course?.name ?? null,
      sessionsGiven: {
        count: held.length,
        minutes: held.reduce((sum, session) => sum + session.minutes, 0),
      },
      outcomes: COURSE_MEASURES.flatMap((kind) => trends.filter((trend) => trend.kind === kind)).map(
        printedOutcome,
      ),
      painMaps,
    },
    course,
    assessments: scope.assessments,
    heldSessions: sessions.filter((session) => heldIds.has(session.id)),
  };
}

/** The physician letter of the course as of this session, read in one transaction. */
export function gatherPhysicianLetter(db: ClinicDatabase, sessionId: string): PhysicianLetter {
  return db.transaction(() => gatherStory(db, sessionId).story)();
}

/**
 * The course report as of this session, read in one transaction: the shared story, the dose by
 * region, and the scheduled assessments not yet recorded, judged against today.
 */
export function gatherCourseReport(db: ClinicDatabase, sessionId: string, at: Date): CourseReport {
  return db.transaction(() => {
    const { story, course, assessments, heldSessions: given } = gatherStory(db, sessionId);
    const followUpsDue = course
      ? courseSchedule(course, assessments, calendarDateOf(at)).flatMap((point): FollowUpDue[] =>
          point.status === 'done'
            ? []
            : [
                {
                  label: point.label,
                  dueDate: point.dueDate,
                  afterCourse: point.phase === 'follow_up',
                  status: point.status,
                },
              ],
        )
      : [];
    return { ...story, doseByRegion: doseByRegion(db, given), followUpsDue };
  })();
}
