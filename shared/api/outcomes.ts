import { z } from 'zod';
import { RecordId } from '../domain/common';
import { CalendarDate } from '../domain/dates';
import { MEASURE_KINDS } from '../domain/outcomes/measures';
import { defineCall, VIEWS } from './define';

const Phase = z.enum(['course', 'follow_up']);

const BandSpan = z.strictObject({ id: z.string(), label: z.string(), from: z.number(), to: z.number() });

const MeaningfulChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('points'), points: z.number(), source: z.string() }),
  z.strictObject({ kind: z.literal('percent_of_baseline'), percent: z.number(), source: z.string() }),
  z.strictObject({
    kind: z.literal('points_or_percent'),
    points: z.number(),
    percent: z.number(),
    source: z.string(),
  }),
  z.strictObject({ kind: z.literal('none'), source: z.string() }),
]);

const TrendPoint = z.strictObject({
  recordId: RecordId,
  takenOn: CalendarDate,
  label: z.string(),
  phase: Phase,
  value: z.number(),
  sessions: z.int(),
  minutes: z.int(),
  change: z.enum(['improved', 'worsened', 'within_threshold']),
});

const Taper = z.strictObject({
  baseline: z.number(),
  endOfCourse: z.number(),
  followUp: z.number(),
  followUpLabel: z.string(),
  improvement: z.number(),
  lost: z.number(),
  lostShare: z.number(),
});

export const MeasureTrend = z.strictObject({
  key: z.string(),
  kind: z.enum(MEASURE_KINDS),
  label: z.string(),
  unit: z.string(),
  lowerIsBetter: z.boolean(),
  forPhysician: z.boolean(),
  min: z.number(),
  max: z.number(),
  bands: z.array(BandSpan),
  meaningfulChange: MeaningfulChange,
  threshold: z.number().nullable(),
  points: z.array(TrendPoint),
  firstMeaningful: TrendPoint.nullable(),
  taper: Taper.nullable(),
});
export type MeasureTrend = z.infer<typeof MeasureTrend>;

/** One of the course's scheduled assessments and where it stands today. */
export const ScheduledPoint = z.strictObject({
  position: z.int(),
  label: z.string(),
  dueDate: CalendarDate,
  phase: Phase,
  status: z.enum(['done', 'overdue', 'due', 'upcoming']),
  assessmentId: RecordId.nullable(),
});
export type ScheduledPoint = z.infer<typeof ScheduledPoint>;

export const CourseOutcomes = z.strictObject({
  courseId: RecordId,
  courseName: z.string(),
  /** The assessment the trends start from: the one named baseline, else the first by date; null before any. */
  baselineAssessmentId: RecordId.nullable(),
  schedule: z.array(ScheduledPoint),
  trends: z.array(MeasureTrend),
});

export const outcomesCalls = {
  'outcomes.course': defineCall(z.strictObject({ courseId: RecordId }), CourseOutcomes, VIEWS),
};
