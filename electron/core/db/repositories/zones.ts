import type { Zone } from '../../../../shared/domain/plan/records';
import type { ZoneBody } from '../../../../shared/domain/plan/zones';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

interface ZoneRow {
  id: string;
  session_id: string;
  position: number;
  body: string;
  carried_from_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function fromRow(row: ZoneRow): Zone & { deletedAt: string | null } {
  return {
    id: row.id,
    sessionId: row.session_id,
    carriedFromId: row.carried_from_id,
    position: row.position,
    body: JSON.parse(row.body) as ZoneBody,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** A new zone goes to the end of its session's plan. */
export function insertZone(
  db: ClinicDatabase,
  row: { id: string; sessionId: string; body: ZoneBody; carriedFromId: string | null; at: string },
): void {
  prepared(
    db,
    `INSERT INTO treatment_zones (id, session_id, position, body, carried_from_id, created_at, updated_at)
     VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM treatment_zones WHERE session_id = ?), ?, ?, ?, ?)`,
  ).run(row.id, row.sessionId, row.sessionId, JSON.stringify(row.body), row.carriedFromId, row.at, row.at);
}

export function findZone(db: ClinicDatabase, id: string) {
  const row = db.prepare('SELECT * FROM treatment_zones WHERE id = ?').get(id) as ZoneRow | undefined;
  return row && fromRow(row);
}

export function listZones(db: ClinicDatabase, sessionId: string): Zone[] {
  const rows = db
    .prepare(
      'SELECT * FROM treatment_zones WHERE session_id = ? AND deleted_at IS NULL ORDER BY position, rowid',
    )
    .all(sessionId) as ZoneRow[];
  return rows.map((row) => {
    const { deletedAt: _deleted, ...zone } = fromRow(row);
    return zone;
  });
}

export function updateZoneBody(db: ClinicDatabase, id: string, body: ZoneBody, at: string): void {
  db.prepare('UPDATE treatment_zones SET body = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(body),
    at,
    id,
  );
}

export function setZoneDeleted(db: ClinicDatabase, id: string, stamp: string | null, at: string): void {
  db.prepare('UPDATE treatment_zones SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, at, id);
}

export function setZonePosition(db: ClinicDatabase, id: string, position: number, at: string): void {
  db.prepare('UPDATE treatment_zones SET position = ?, updated_at = ? WHERE id = ?').run(position, at, id);
}
