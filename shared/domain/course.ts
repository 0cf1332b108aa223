import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { RecordId, Timestamp, longText, requiredText } from './common';
import { addDays, addMonths, CalendarDate, TimeOfDay } from './dates';

/**
 * When an outcome assessment falls: so many months after the course starts, or after its last
 * session (the Castro-Sánchez trial assessed at baseline, after session 20, +1 and +6 months).
 */
export const AssessmentPoint = z.strictObject({
  label: requiredText('Assessment', 80),
  anchor: z.enum(['start', 'lastSession'], { message: 'Choose the start or the last session' }),
  months: z
    .int({ message: 'Months is a whole number' })
    .min(0, 'Months cannot be negative')
    .max(36, 'At most 36 months'),
});
export type AssessmentPoint = z.infer<typeof AssessmentPoint>;

const sessionCount = z
  .int({ message: 'Sessions is a whole number' })
  .min(1, 'A course has at least one session')
  .max(200, 'At most 200 sessions in a course')
  .nullable();
const intervalDays = z
  .int({ message: 'Days between sessions is a whole number' })
  .min(1, 'At least 1 day between sessions')
  .max(90, 'At most 90 days between sessions');
const sessionMinutes = z
  .int({ message: 'Minutes is a whole number' })
  .min(5, 'A session lasts at least 5 minutes')
  .max(240, 'A session lasts at most 240 minutes');

/** A protocol is data the clinic can edit: how many sessions, how often, how long, when to assess. */
export const ProtocolTemplateInput = z.strictObject({
  name: requiredText('Name', 120),
  description: longText('Description', 2000).default(''),
  sessionCount,
  intervalDays,
  sessionMinutes,
  assessments: z.array(AssessmentPoint).max(20).default([]),
});
export type ProtocolTemplateInput = z.input<typeof ProtocolTemplateInput>;

export const ProtocolTemplate = z.strictObject({
  ...ProtocolTemplateInput.shape,
  id: RecordId,
  description: z.string(),
  assessments: z.array(AssessmentPoint),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProtocolTemplate = z.infer<typeof ProtocolTemplate>;

/** An open-ended course has no last session to count from. */
export function assessmentRuleIssues(input: {
  sessionCount: number | null;
  assessments: readonly AssessmentPoint[];
}): FieldIssue[] {
  if (input.sessionCount !== null) return [];
  return input.assessments.flatMap((point, index) =>
    point.anchor === 'lastSession'
      ? [
          {
            path: `assessments.${index}.anchor`,
            message: 'An open-ended course has no last session: count this assessment from the start',
          },
        ]
      : [],
  );
}

/** Starting a course: the template's values, as the therapist adjusted them for this client. */
export const CourseInput = z.strictObject({
  clientId: RecordId,
  templateId: RecordId.nullable().default(null),
  name: requiredText('Course name', 120),
  startDate: CalendarDate,
  sessionTime: TimeOfDay,
  sessionCount,
  intervalDays,
  sessionMinutes,
  assessments: z.array(AssessmentPoint).max(20).default([]),
});
export type CourseInput = z.input<typeof CourseInput>;

export const ScheduledAssessment = z.strictObject({ label: z.string(), dueDate: CalendarDate });
export type ScheduledAssessment = z.infer<typeof ScheduledAssessment>;

export const CourseProgress = z.strictObject({
  /** Sessions completed or signed. */
  done: z.int(),
  /** Sessions in the course (planned ones included); null when open-ended. */
  total: z.int().nullable(),
  nextAssessment: ScheduledAssessment.nullable(),
});
export type CourseProgress = z.infer<typeof CourseProgress>;

export const Course = z.strictObject({
  id: RecordId,
  clientId: RecordId,
  templateId: RecordId.nullable(),
  name: z.string(),
  startDate: CalendarDate,
  sessionCount: z.int().nullable(),
  intervalDays: z.int(),
  sessionMinutes: z.int(),
  assessments: z.array(ScheduledAssessment),
  progress: CourseProgress,
  deletedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Course = z.infer<typeof Course>;

/** The dates of a course's sessions: the start, then every interval; an open-ended course plans its first. */
export function plannedSessionDates(course: {
  startDate: string;
  sessionCount: number | null;
  intervalDays: number;
}): string[] {
  const count = course.sessionCount ?? 1;
  return Array.from({ length: count }, (_, index) => addDays(course.startDate, index * course.intervalDays));
}

export function scheduleAssessments(
  course: { startDate: string; sessionCount: number | null; intervalDays: number },
  points: readonly AssessmentPoint[],
): ScheduledAssessment[] {
  const dates = plannedSessionDates(course);
  const lastSession = dates[dates.length - 1]!;
  return points
    .map((point) => ({
      label: point.label,
      dueDate: addMonths(point.anchor === 'start' ? course.startDate : lastSession, point.months),
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The first assessment due today or later: earlier ones are the outcomes issue's to mark done. */
export function nextAssessment(
  assessments: readonly ScheduledAssessment[],
  today: string,
): ScheduledAssessment | null {
  return assessments.find((assessment) => assessment.dueDate >= today) ?? null;
}
