import type { ZoneRun } from '../../../../shared/domain/plan/run';
import type { ClinicDatabase } from '../open';

export function findPlanStart(db: ClinicDatabase, sessionId: string): { startedAt: string } | null {
  const startedAt = db
    .prepare('SELECT started_at FROM session_starts WHERE session_id = ?')
    .pluck()
    .get(sessionId) as string | undefined;
  return startedAt === undefined ? null : { startedAt };
}

/** Starting again (after a change to the plan) records the latest start. */
export function savePlanStart(db: ClinicDatabase, sessionId: string, startedAt: string): void {
  db.prepare(
    `INSERT INTO session_starts (session_id, started_at) VALUES (?, ?)
     ON CONFLICT (session_id) DO UPDATE SET started_at = excluded.started_at`,
  ).run(sessionId, startedAt);
}

interface RunRow {
  zone_id: string;
  hold_seconds: number | null;
  pressure_used: string | null;
  response: ZoneRun['response'];
  interrupted: 0 | 1;
  recorded_at: string;
}

const fromRow = (row: RunRow): ZoneRun => ({
  zoneId: row.zone_id,
  holdSeconds: row.hold_seconds,
  pressureUsed:
    row.pressure_used === null ? null : (JSON.parse(row.pressure_used) as ZoneRun['pressureUsed']),
  response: row.response,
  interrupted: row.interrupted === 1,
  recordedAt: row.recorded_at,
});

export function listZoneRuns(db: ClinicDatabase, sessionId: string): ZoneRun[] {
  const rows = db
    .prepare(
      `SELECT r.* FROM zone_runs r JOIN treatment_zones z ON z.id = r.zone_id
       WHERE z.session_id = ? AND z.deleted_at IS NULL ORDER BY z.position`,
    )
    .all(sessionId) as RunRow[];
  return rows.map(fromRow);
}

export function findZoneRun(db: ClinicDatabase, zoneId: string): ZoneRun | undefined {
  const row = db.prepare('SELECT * FROM zone_runs WHERE zone_id = ?').get(zoneId) as RunRow | undefined;
  return row && fromRow(row);
}

export function saveZoneRun(db: ClinicDatabase, run: ZoneRun): void {
  db.prepare(
    `INSERT INTO zone_runs (zone_id, hold_seconds, pressure_used, response, interrupted, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (zone_id) DO UPDATE SET hold_seconds = excluded.hold_seconds,
       pressure_used = excluded.pressure_used, response = excluded.response,
       interrupted = excluded.interrupted, recorded_at = excluded.recorded_at`,
  ).run(
    run.zoneId,
    run.holdSeconds,
    run.pressureUsed === null ? null : JSON.stringify(run.pressureUsed),
    run.response,
    run.interrupted ? 1 : 0,
    run.recordedAt,
  );
}
