import type { ToleranceChange } from '../../../../shared/domain/client';
import { ORDINAL_PRESSURES, type PressureLevel } from '../../../../shared/domain/pressure';
import type { ClinicDatabase } from '../open';

interface ToleranceRow {
  id: string;
  region: string | null;
  scale: PressureLevel['scale'];
  value: number;
  measured_on: string;
  recorded_at: string;
  superseded_at: string | null;
}

/** Ordinal levels are stored as 1 (light) to 4 (deep) so the column stays numeric. */
function toLevel(row: ToleranceRow): PressureLevel {
  if (row.scale === 'ordinal') {
    return { scale: 'ordinal', value: ORDINAL_PRESSURES[row.value - 1]!, measuredOn: row.measured_on };
  }
  return { scale: row.scale, value: row.value, measuredOn: row.measured_on };
}

function storedValue(level: PressureLevel): number {
  return level.scale === 'ordinal' ? ORDINAL_PRESSURES.indexOf(level.value) + 1 : level.value;
}

function rows(db: ClinicDatabase, clientId: string, onlyCurrent: boolean): ToleranceRow[] {
  return db
    .prepare(
      `SELECT * FROM pressure_tolerances WHERE client_id = ? ${onlyCurrent ? 'AND superseded_at IS NULL' : ''}
       ORDER BY recorded_at DESC, rowid DESC`,
    )
    .all(clientId) as ToleranceRow[];
}

export function currentTolerances(db: ClinicDatabase, clientId: string) {
  const current = rows(db, clientId, true);
  const byDefault = current.find((row) => row.region === null);
  return {
    toleranceDefault: byDefault ? toLevel(byDefault) : null,
    toleranceByRegion: current
      .filter((row) => row.region !== null)
      .sort((a, b) => a.region!.localeCompare(b.region!))
      .map((row) => ({ region: row.region!, level: toLevel(row) })),
  };
}

/** Every tolerance recorded for the client, newest first. */
export function toleranceHistory(db: ClinicDatabase, clientId: string): ToleranceChange[] {
  return rows(db, clientId, false).map((row) => ({
    region: row.region,
    level: toLevel(row),
    recordedAt: row.recorded_at,
    supersededAt: row.superseded_at,
  }));
}

/** Marks the current tolerance of a region (null: the default) as replaced at `at`. */
export function supersedeTolerance(
  db: ClinicDatabase,
  clientId: string,
  region: string | null,
  at: string,
): void {
  db.prepare(
    `UPDATE pressure_tolerances SET superseded_at = ?
     WHERE client_id = ? AND region IS ? AND superseded_at IS NULL`,
  ).run(at, clientId, region);
}

export function insertTolerance(
  db: ClinicDatabase,
  row: { id: string; clientId: string; region: string | null; level: PressureLevel; at: string },
): void {
  db.prepare(
    `INSERT INTO pressure_tolerances (id, client_id, region, scale, value, measured_on, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.clientId,
    row.region,
    row.level.scale,
    storedValue(row.level),
    row.level.measuredOn,
    row.at,
  );
}
