import type { ClinicDatabase } from '../open';

/** The run screen's place as main keeps it: a zone, and the hold on it measured on main's clock. */
export interface StoredRunPosition {
  sessionId: string;
  zoneId: string;
  /** Time held before the current run (the sum of runs ended by a pause), in milliseconds. */
  heldMs: number;
  /** When the current run began; null while the hold is paused or not begun. */
  runningSince: string | null;
}

interface PositionRow {
  session_id: string;
  zone_id: string;
  held_ms: number;
  running_since: string | null;
}

const fromRow = (row: PositionRow): StoredRunPosition => ({
  sessionId: row.session_id,
  zoneId: row.zone_id,
  heldMs: row.held_ms,
  runningSince: row.running_since,
});

export function findRunPosition(db: ClinicDatabase, sessionId: string): StoredRunPosition | null {
  const row = db.prepare('SELECT * FROM run_positions WHERE session_id = ?').get(sessionId) as
    PositionRow | undefined;
  return row ? fromRow(row) : null;
}

export function saveRunPosition(db: ClinicDatabase, position: StoredRunPosition): void {
  db.prepare(
    `INSERT INTO run_positions (session_id, zone_id, held_ms, running_since) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET zone_id = excluded.zone_id, held_ms = excluded.held_ms,
       running_since = excluded.running_since`,
  ).run(position.sessionId, position.zoneId, position.heldMs, position.runningSince);
}

export function clearRunPosition(db: ClinicDatabase, sessionId: string): void {
  db.prepare('DELETE FROM run_positions WHERE session_id = ?').run(sessionId);
}

/** Holds with time on them in sessions that may still change: what a lock would otherwise lose. */
export function listOpenHolds(db: ClinicDatabase): StoredRunPosition[] {
  const rows = db
    .prepare(
      `SELECT p.* FROM run_positions p JOIN sessions s ON s.id = p.session_id
       WHERE (p.held_ms > 0 OR p.running_since IS NOT NULL)
         AND s.status <> 'signed' AND s.deleted_at IS NULL`,
    )
    .all() as PositionRow[];
  return rows.map(fromRow);
}
