import { z } from 'zod';
import { RecordId, Timestamp } from '../common';
import { SessionStatus } from '../session';
import { FindingBody } from './findings';
import { ZoneRun } from './run';
import { FLAG_KINDS } from './safety';
import { Technique } from './techniques';
import { ZoneBody } from './zones';

/** A finding as kept: its body, the session it was made in, and what it was carried from. */
export const Finding = z.strictObject({
  id: RecordId,
  sessionId: RecordId,
  carriedFromId: RecordId.nullable(),
  body: FindingBody,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Finding = z.infer<typeof Finding>;

export const Zone = z.strictObject({
  id: RecordId,
  sessionId: RecordId,
  carriedFromId: RecordId.nullable(),
  position: z.int(),
  body: ZoneBody,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Zone = z.infer<typeof Zone>;

export const PlanFlagSchema = z.strictObject({
  key: z.string(),
  zoneId: RecordId,
  kind: z.enum(FLAG_KINDS),
  reason: z.string(),
});

/** The moment the therapist started the session, and the flags they acknowledged to do so. */
export const PlanStart = z.strictObject({
  startedAt: Timestamp,
  acknowledged: z.array(PlanFlagSchema),
});
export type PlanStart = z.infer<typeof PlanStart>;

/** Everything the session plan shows, in one call. */
export const SessionPlan = z.strictObject({
  session: z.strictObject({
    id: RecordId,
    clientId: RecordId,
    courseId: RecordId.nullable(),
    clientName: z.string(),
    startsAt: z.string(),
    plannedMinutes: z.int(),
    status: SessionStatus,
    /** A signed session's findings are locked like its note. */
    locked: z.boolean(),
  }),
  previousSessionId: RecordId.nullable(),
  findings: z.array(Finding),
  zones: z.array(Zone),
  flags: z.array(PlanFlagSchema),
  runs: z.array(ZoneRun),
  start: PlanStart.nullable(),
  techniques: z.array(Technique),
});
export type SessionPlan = z.infer<typeof SessionPlan>;
