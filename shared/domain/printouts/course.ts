import { z } from 'zod';
import { RecordId } from '../common';
import { BodyArea } from '../body-size';
import { CalendarDate, LocalDateTime } from '../dates';
import { PaintedRegion } from '../plan/region';
import { PrintClinic } from '../printout';

/**
 * What the two course printouts (the physician letter and the course report) are made of. Both are
 * anchored to a session and tell the story "as of this session": the course that session belongs
 * to, or the client's sessions outside a course. Main gathers them with every number decided by the
 * shared domain (trends, meaningful change, schedule); the pages only lay them out.
 */

/** Where a measure stands against its baseline, as `judgeChange` decided it. */
export const OUTCOME_VERDICTS = [
  'improved',
  'worsened',
  'within_threshold',
  'baseline_only',
  'no_threshold',
] as const;
export type OutcomeVerdict = (typeof OUTCOME_VERDICTS)[number];

const Reading = z.strictObject({ date: CalendarDate, label: z.string(), value: z.number() });

/** One measure across the course: a row of the outcome table and a chart with its meaningful-change line. */
export const PrintedOutcome = z.strictObject({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  lowerIsBetter: z.boolean(),
  min: z.number(),
  max: z.number(),
  baseline: Reading,
  latest: Reading,
  verdict: z.enum(OUTCOME_VERDICTS),
  /** The meaningful change from this baseline, in the measure's units; null when none applies. */
  threshold: z.number().nullable(),
  /** Where the threshold comes from, so the reader can weigh the verdict. */
  thresholdSource: z.string(),
  points: z.array(Reading),
});
export type PrintedOutcome = z.infer<typeof PrintedOutcome>;

/** The pain areas painted in one session, as they were painted: measured and drawn in the renderer. */
export const PrintedPainMap = z.strictObject({
  sessionId: RecordId,
  date: CalendarDate,
  /** "Session 3" in a course; the date's own words outside one are the page's to write. */
  sessionNumber: z.int().nullable(),
  regions: z.array(PaintedRegion),
});
export type PrintedPainMap = z.infer<typeof PrintedPainMap>;

/** The parts both course printouts share. */
const CourseStory = {
  clinic: PrintClinic,
  client: z.strictObject({ name: z.string(), dateOfBirth: CalendarDate, bodyArea: BodyArea }),
  /** The session the printout was asked from: the story goes up to its day. */
  asOf: z.strictObject({ sessionId: RecordId, startsAt: LocalDateTime }),
  /** The course's name; null for the client's sessions outside a course. */
  courseName: z.string().nullable(),
  /** Sessions that took place up to the anchor's day, and their minutes (actual, else planned). */
  sessionsGiven: z.strictObject({ count: z.int(), minutes: z.int() }),
  outcomes: z.array(PrintedOutcome),
  /** Every session with a pain map, oldest first: the first is the baseline, the last is now. */
  painMaps: z.array(PrintedPainMap),
};

/** The letter to the client's physician: measures, pain maps, the sessions given, and who wrote it. */
export const PhysicianLetter = z.strictObject(CourseStory);
export type PhysicianLetter = z.infer<typeof PhysicianLetter>;

/** Zones worked in one body region across the course. */
export const RegionDose = z.strictObject({
  region: z.string(),
  zones: z.int(),
  /** Minutes held in the region's zones: as timed, else as planned. */
  holdMinutes: z.number(),
});
export type RegionDose = z.infer<typeof RegionDose>;

/** A scheduled assessment not yet recorded, and whether it is overdue today. */
export const FollowUpDue = z.strictObject({
  label: z.string(),
  dueDate: CalendarDate,
  /** A follow-up after the course's last session, rather than an assessment within it. */
  afterCourse: z.boolean(),
  status: z.enum(['overdue', 'due', 'upcoming']),
});
export type FollowUpDue = z.infer<typeof FollowUpDue>;

/** The course's progress in one document: maps, extent and overlap, trends, dose and what is still due. */
export const CourseReport = z.strictObject({
  ...CourseStory,
  doseByRegion: z.array(RegionDose),
  followUpsDue: z.array(FollowUpDue),
});
export type CourseReport = z.infer<typeof CourseReport>;

/** Either course printout: the shared parts are all a shared section needs. */
export type CoursePrintout = PhysicianLetter | CourseReport;
