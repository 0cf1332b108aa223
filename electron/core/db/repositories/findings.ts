import type { FindingBody } from '../../../../shared/domain/plan/findings';
import type { Finding } from '../../../../shared/domain/plan/records';
import type { ClinicDatabase } from '../open';
import { prepared } from '../statements';

interface FindingRow {
  id: string;
  session_id: string;
  body: string;
  carried_from_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

function fromRow(row: FindingRow): Finding & { deletedAt: string | null } {
  return {
    id: row.id,
    sessionId: row.session_id,
    carriedFromId: row.carried_from_id,
    body: JSON.parse(row.body) as FindingBody,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function insertFinding(
  db: ClinicDatabase,
  row: { id: string; sessionId: string; body: FindingBody; carriedFromId: string | null; at: string },
): void {
  prepared(
    db,
    `INSERT INTO findings (id, session_id, kind, body, carried_from_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.sessionId, row.body.kind, JSON.stringify(row.body), row.carriedFromId, row.at, row.at);
}

/** A finding whether deleted or not, so undo can restore it. */
export function findFinding(db: ClinicDatabase, id: string) {
  const row = db.prepare('SELECT * FROM findings WHERE id = ?').get(id) as FindingRow | undefined;
  return row && fromRow(row);
}

export function listFindings(db: ClinicDatabase, sessionId: string): Finding[] {
  const rows = db
    .prepare('SELECT * FROM findings WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid')
    .all(sessionId) as FindingRow[];
  return rows.map((row) => {
    const { deletedAt: _deleted, ...finding } = fromRow(row);
    return finding;
  });
}

export function updateFindingBody(db: ClinicDatabase, id: string, body: FindingBody, at: string): void {
  db.prepare('UPDATE findings SET kind = ?, body = ?, updated_at = ? WHERE id = ?').run(
    body.kind,
    JSON.stringify(body),
    at,
    id,
  );
}

export function setFindingDeleted(db: ClinicDatabase, id: string, stamp: string | null, at: string): void {
  db.prepare('UPDATE findings SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, at, id);
}
