import type { SessionStatus } from '../../../../shared/domain/session';
import type { ClinicDatabase } from '../open';

export interface SessionListRow {
  id: string;
  clientId: string;
  clientName: string;
  courseName: string | null;
  startsAt: string;
  plannedMinutes: number;
  status: SessionStatus;
}

/** Live sessions of live clients; a session of a deleted course is as good as deleted. */
const LIVE = `s.deleted_at IS NULL AND c.deleted_at IS NULL AND (k.id IS NULL OR k.deleted_at IS NULL)`;
const SELECT = `
  SELECT s.id, s.client_id AS clientId, c.given_name || ' ' || c.family_name AS clientName,
    k.name AS courseName, s.starts_at AS startsAt, s.planned_minutes AS plannedMinutes, s.status
  FROM sessions s JOIN clients c ON c.id = s.client_id LEFT JOIN courses k ON k.id = s.course_id`;

export function sessionsBetween(db: ClinicDatabase, from: string, to: string): SessionListRow[] {
  return db
    .prepare(`${SELECT} WHERE ${LIVE} AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at`)
    .all(from, to) as SessionListRow[];
}

/** Sessions that happened (in progress or completed) and still wait for a signature. */
export function unsignedSessions(db: ClinicDatabase): SessionListRow[] {
  return db
    .prepare(`${SELECT} WHERE ${LIVE} AND s.status IN ('in_progress', 'completed') ORDER BY s.starts_at`)
    .all() as SessionListRow[];
}
