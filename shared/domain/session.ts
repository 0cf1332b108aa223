import { z } from 'zod';
import type { FieldIssue } from '../api/errors';
import { RecordId, Timestamp, longText } from './common';
import { LocalDateTime, dateOf } from './dates';
import { BodyRegions } from './plan/body-places';

export const SESSION_STATUSES = ['planned', 'in_progress', 'completed', 'signed'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;
/** Signing is its own call: an update can move a session along the first three only. */
export const EditableStatus = z.enum(['planned', 'in_progress', 'completed'], { message: 'Choose a status' });

export const STATUS_LABELS: Record<SessionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
  signed: 'Signed',
};

export const SORENESS_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;

const painMessage = 'Pain is a whole number from 0 (none) to 10 (worst imaginable)';
/** Pain on the 0-10 numeric rating scale; null when not asked. */
export const PainNrs = z.int({ message: painMessage }).min(0, painMessage).max(10, painMessage).nullable();

const minutes = (label: string) =>
  z
    .int({ message: `${label} is a whole number of minutes` })
    .min(1, `${label} is at least 1 minute`)
    .max(480, `${label} is at most 480 minutes`);

/** The note itself: SOAP, pain, response, soreness since last time and home care. */
export const SessionNote = z.strictObject({
  subjective: longText('Subjective').default(''),
  objective: longText('Objective').default(''),
  assessment: longText('Assessment').default(''),
  plan: longText('Plan').default(''),
  painBefore: PainNrs.default(null),
  painAfter: PainNrs.default(null),
  response: longText('Response', 4000).default(''),
  soreness: z
    .enum(SORENESS_LEVELS, { message: 'Choose none, mild, moderate or severe' })
    .nullable()
    .default(null),
  flare: z.boolean().default(false),
  /** Where the soreness or flare is, so the next plan can go lighter there. */
  sorenessRegions: BodyRegions,
  homeCare: longText('Home care', 4000).default(''),
});
export type SessionNote = z.output<typeof SessionNote>;

export const SessionCreateInput = z.strictObject({
  clientId: RecordId,
  courseId: RecordId.nullable().default(null),
  startsAt: LocalDateTime,
  plannedMinutes: minutes('Planned duration'),
});
export type SessionCreateInput = z.input<typeof SessionCreateInput>;

export const SessionUpdateInput = z.strictObject({
  ...SessionNote.shape,
  id: RecordId,
  startsAt: LocalDateTime,
  plannedMinutes: minutes('Planned duration'),
  actualMinutes: minutes('Actual duration').nullable().default(null),
  status: EditableStatus,
});
export type SessionUpdateInput = z.input<typeof SessionUpdateInput>;

/** A correction to a signed note: the note stays as signed, the addendum is shown under it. */
export const Addendum = z.strictObject({
  id: RecordId,
  body: z.string(),
  author: z.string(),
  createdAt: Timestamp,
});
export type Addendum = z.infer<typeof Addendum>;

/**
 * What the editor holds while the therapist types: raw text, valid or not, so nothing typed is
 * refused before it is safe on disk.
 */
export const SessionDraft = z
  .record(z.string().max(40), z.string().max(20_000))
  .refine((value) => Object.keys(value).length <= 40, {
    message: 'A draft has at most 40 fields',
  });
export type SessionDraft = z.infer<typeof SessionDraft>;

export const Session = z.strictObject({
  ...SessionNote.shape,
  id: RecordId,
  clientId: RecordId,
  courseId: RecordId.nullable(),
  startsAt: LocalDateTime,
  plannedMinutes: z.int(),
  actualMinutes: z.int().nullable(),
  status: SessionStatus,
  subjective: z.string(),
  objective: z.string(),
  assessment: z.string(),
  plan: z.string(),
  painBefore: z.int().nullable(),
  painAfter: z.int().nullable(),
  response: z.string(),
  soreness: z.enum(SORENESS_LEVELS).nullable(),
  flare: z.boolean(),
  sorenessRegions: z.array(z.string()),
  homeCare: z.string(),
  /** Position in its course by date ("session n of N"); null outside a course. */
  number: z.int().nullable(),
  courseTotal: z.int().nullable(),
  signedAt: Timestamp.nullable(),
  signedBy: z.string().nullable(),
  addenda: z.array(Addendum),
  draft: SessionDraft.nullable(),
  draftSavedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Session = z.infer<typeof Session>;

export interface SessionContext {
  /** The clinic's local date-time now. */
  now: string;
  /** The course's first day, when the session belongs to one. */
  courseStart: string | null;
}

/** Rules that compare a session with the clock and its course; the form and main both run them. */
export function sessionRuleIssues(
  input: { startsAt: string; status?: string; actualMinutes?: number | null },
  context: SessionContext,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const day = dateOf(input.startsAt);
  if (context.courseStart && day < context.courseStart) {
    issues.push({
      path: 'startsAt',
      message: `This session is before its course starts (${context.courseStart})`,
    });
  }
  // Compared by local day, not by minute: a client who arrives early for a session booked later
  // today is treated now, and the note is charted while it is fresh.
  const happened = input.status === 'completed' || input.status === 'in_progress';
  if (happened && day > dateOf(context.now)) {
    const state = input.status === 'completed' ? 'completed' : 'in progress';
    issues.push({
      path: 'startsAt',
      message: `A session ${state} cannot be on a future day: change the date or keep it planned`,
    });
  }
  if (input.status === 'completed' && (input.actualMinutes ?? null) === null) {
    issues.push({ path: 'actualMinutes', message: 'Enter how long the completed session actually lasted' });
  }
  return issues;
}

/** What must hold before a note is locked for good. */
/** Signatures and addenda carry the name of the therapist who unlocked FasciaMap. */
export const UNLOCK_TO_SIGN = 'Unlock FasciaMap as the therapist signing: a signature needs an author';

export function signingIssues(
  session: Pick<Session, 'status' | 'subjective' | 'objective' | 'assessment' | 'plan'>,
  signer: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (session.status !== 'completed') {
    issues.push({ path: 'status', message: 'Mark the session completed before signing its note' });
  }
  if (
    ![session.subjective, session.objective, session.assessment, session.plan].some((part) => part.trim())
  ) {
    issues.push({ path: 'subjective', message: 'Write at least one part of the SOAP note before signing' });
  }
  if (!signer.trim()) {
    issues.push({
      path: 'signer',
      message: UNLOCK_TO_SIGN,
    });
  }
  return issues;
}
