import { z } from 'zod';
import { BodyArea } from '../body-size';
import { RecordId, Timestamp } from '../common';
import { SessionStatus } from '../session';
import { FindingBody } from './findings';
import { MyofascialLineId } from './line';
import { RunPosition, ZoneRun } from './run';
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

/**
 * A flag as the therapist acknowledged it: the flag as it read then, who (from the unlocked profile;
 * null for an acknowledgement carried over from before they were named) and when, on main's clock.
 */
export const FlagAcknowledgement = PlanFlagSchema.extend({
  acknowledgedBy: z.strictObject({ profileId: RecordId.nullable(), name: z.string() }),
  acknowledgedAt: Timestamp,
});
export type FlagAcknowledgement = z.infer<typeof FlagAcknowledgement>;

/** The moment the therapist started the session, and the acknowledgements of the flags it had. */
export const PlanStart = z.strictObject({
  startedAt: Timestamp,
  acknowledged: z.array(FlagAcknowledgement),
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
    /** The client's skin area, which a pain map's share of the body is measured against. */
    bodyArea: BodyArea,
    /** The myofascial line shown on this session's plan and printouts; null for none. */
    highlightedLineId: MyofascialLineId.nullable(),
  }),
  previousSessionId: RecordId.nullable(),
  findings: z.array(Finding),
  zones: z.array(Zone),
  flags: z.array(PlanFlagSchema),
  runs: z.array(ZoneRun),
  start: z.strictObject({ startedAt: Timestamp }).nullable(),
  /** Every acknowledgement made in this session, current flags' and earlier ones' alike. */
  acknowledgements: z.array(FlagAcknowledgement),
  /** The run screen's place and hold, kept in main so a lock cannot lose them. */
  runPosition: RunPosition.nullable(),
  techniques: z.array(Technique),
});
export type SessionPlan = z.infer<typeof SessionPlan>;
