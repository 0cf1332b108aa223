import { z } from 'zod';
import { addDays, addMonths } from './calendar';

/**
 * When a course's template asks for an assessment. The trial template (Castro-Sánchez et al. 2011)
 * uses baseline, end of course, and one and six months after; an open-ended weekly course uses a
 * baseline and a repeating point.
 */
export const AssessmentPoint = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('baseline') }),
  z.strictObject({ kind: z.literal('end_of_course') }),
  z.strictObject({ kind: z.literal('after_course'), months: z.int().min(1).max(36) }),
  z.strictObject({ kind: z.literal('every_weeks'), weeks: z.int().min(1).max(52) }),
]);
export type AssessmentPoint = z.infer<typeof AssessmentPoint>;

export const TRIAL_ASSESSMENT_POINTS: readonly AssessmentPoint[] = [
  { kind: 'baseline' },
  { kind: 'end_of_course' },
  { kind: 'after_course', months: 1 },
  { kind: 'after_course', months: 6 },
];

/** What the schedule needs to know of a course and the sessions held so far. */
export interface CourseTimeline {
  /** The day of the first session, planned or held. */
  startsOn: string;
  /** `null` for an open-ended course, which has no end and so no follow-ups until it is closed. */
  plannedSessions: number | null;
  sessionIntervalDays: number;
  /** Dates of the sessions held, oldest first. */
  heldSessionDates: readonly string[];
  /** Set when the course was closed, perhaps before its planned end. */
  endedOn: string | null;
}

/** Follow-ups come after the course, so a taper is judged against what the course achieved. */
export type AssessmentPhase = 'course' | 'follow_up';

export interface ScheduledAssessment {
  /** Stable within the course, so a recorded assessment stays matched to its point. */
  key: string;
  label: string;
  phase: AssessmentPhase;
  dueOn: string;
  /** For a repeating point: when the next occurrence is due, after which this one is simply missed. */
  supersededOn: string | null;
}

/** The day of the course's last session: held, planned from the sessions so far, or when it was closed. */
export function courseEndsOn(course: CourseTimeline): string | null {
  if (course.endedOn) return course.endedOn;
  const planned = course.plannedSessions;
  if (planned === null) return null;
  const held = course.heldSessionDates;
  if (held.length >= planned) return held[planned - 1]!;
  const last = held.at(-1);
  return last
    ? addDays(last, (planned - held.length) * course.sessionIntervalDays)
    : addDays(course.startsOn, (planned - 1) * course.sessionIntervalDays);
}

/**
 * The dated assessments a course's points ask for, oldest first. Repeating points are listed up to
 * `until` (and never past the course's end), since an open-ended course would otherwise go on forever.
 */
export function scheduleAssessments(
  points: readonly AssessmentPoint[],
  course: CourseTimeline,
  until: string,
): ScheduledAssessment[] {
  const endsOn = courseEndsOn(course);
  const scheduled: ScheduledAssessment[] = [];
  for (const point of points) {
    switch (point.kind) {
      case 'baseline':
        scheduled.push(single('baseline', 'Baseline', 'course', course.startsOn));
        break;
      case 'end_of_course':
        if (endsOn) scheduled.push(single('end_of_course', 'End of course', 'course', endsOn));
        break;
      case 'after_course':
        if (endsOn) {
          const label = point.months === 1 ? '1 month after' : `${point.months} months after`;
          scheduled.push(
            single(`after_${point.months}m`, label, 'follow_up', addMonths(endsOn, point.months)),
          );
        }
        break;
      case 'every_weeks':
        scheduled.push(...repeating(point.weeks, course.startsOn, endsOn, until));
        break;
    }
  }
  return scheduled.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
}

function single(key: string, label: string, phase: AssessmentPhase, dueOn: string): ScheduledAssessment {
  return { key, label, phase, dueOn, supersededOn: null };
}

function repeating(
  weeks: number,
  startsOn: string,
  endsOn: string | null,
  until: string,
): ScheduledAssessment[] {
  const last = endsOn !== null && endsOn < until ? endsOn : until;
  const step = weeks * 7;
  const occurrences: ScheduledAssessment[] = [];
  // Occurrence 0 would fall on the start, which the baseline already covers.
  for (let n = 1; addDays(startsOn, n * step) <= last; n += 1) {
    occurrences.push({
      key: `every_${weeks}w_${n}`,
      label: weeks === 1 ? `Week ${n}` : `Week ${n * weeks}`,
      phase: 'course',
      dueOn: addDays(startsOn, n * step),
      supersededOn: addDays(startsOn, (n + 1) * step),
    });
  }
  return occurrences;
}

export type AssessmentStatus = 'done' | 'overdue' | 'due' | 'upcoming' | 'missed';

/** An assessment is "due" from a week before its date, so it can be planned into that week's session. */
export const DUE_WINDOW_DAYS = 7;

export function assessmentStatus(
  assessment: ScheduledAssessment,
  today: string,
  done: boolean,
): AssessmentStatus {
  if (done) return 'done';
  if (assessment.supersededOn !== null && assessment.supersededOn <= today) return 'missed';
  if (assessment.dueOn < today) return 'overdue';
  if (assessment.dueOn <= addDays(today, DUE_WINDOW_DAYS)) return 'due';
  return 'upcoming';
}
