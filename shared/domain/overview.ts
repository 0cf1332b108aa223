import { z } from 'zod';
import { RecordId, Timestamp } from './common';
import { ClientAlerts } from './client';
import { CalendarDate, LocalDateTime } from './dates';
import { SessionStatus } from './session';

/** A client as a list row shows them: enough to find, sort and warn. */
export const ClientSummary = z.strictObject({
  id: RecordId,
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: CalendarDate,
  absoluteContraindications: z.array(z.string()),
  nextSessionAt: LocalDateTime.nullable(),
  lastSessionAt: LocalDateTime.nullable(),
  archivedAt: Timestamp.nullable(),
  deletedAt: Timestamp.nullable(),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

export const CLIENT_SORTS = ['name', 'nextSession', 'lastSession'] as const;
export const CLIENT_SHOWS = ['active', 'archived', 'deleted'] as const;

/** A session as lists outside the chart show it, with its client's name and alerts. */
export const SessionSummary = z.strictObject({
  id: RecordId,
  clientId: RecordId,
  clientName: z.string(),
  courseName: z.string().nullable(),
  startsAt: LocalDateTime,
  plannedMinutes: z.int(),
  status: SessionStatus,
  alerts: ClientAlerts,
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const TodayOverview = z.strictObject({
  date: CalendarDate,
  sessions: z.array(SessionSummary),
  unsigned: z.array(SessionSummary),
});
export type TodayOverview = z.infer<typeof TodayOverview>;
