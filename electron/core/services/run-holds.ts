import type { RunPosition, ZoneRun } from '../../../shared/domain/plan/run';
import type { ClinicDatabase } from '../db/open';
import { listOpenHolds, saveRunPosition, type StoredRunPosition } from '../db/repositories/run-positions';
import { findZoneRun, saveZoneRun } from '../db/repositories/session-runs';

/** Time held up to `at`: the runs before a pause and the one going on, never less than nothing. */
export function heldMsAt(position: StoredRunPosition, at: Date): number {
  const current = position.runningSince === null ? 0 : at.getTime() - Date.parse(position.runningSince);
  return position.heldMs + Math.max(0, current);
}

export function runPositionAt(position: StoredRunPosition, at: Date): RunPosition {
  return {
    zoneId: position.zoneId,
    heldSeconds: heldMsAt(position, at) / 1000,
    running: position.runningSince !== null,
  };
}

/**
 * Logs the hold on the position's zone as held up to `at` (a hold of no whole second logs nothing)
 * and leaves the zone with no hold on it. The pressure and response already tapped are kept.
 */
export function logHold(
  db: ClinicDatabase,
  position: StoredRunPosition,
  at: Date,
  how: { interrupted: boolean },
): StoredRunPosition {
  const seconds = Math.round(heldMsAt(position, at) / 1000);
  if (seconds > 0) {
    const kept = findZoneRun(db, position.zoneId);
    const run: ZoneRun = {
      zoneId: position.zoneId,
      holdSeconds: seconds,
      pressureUsed: kept?.pressureUsed ?? null,
      response: kept?.response ?? null,
      interrupted: how.interrupted,
      recordedAt: at.toISOString(),
    };
    saveZoneRun(db, run);
  }
  const cleared = { ...position, heldMs: 0, runningSince: null };
  saveRunPosition(db, cleared);
  return cleared;
}

/**
 * The app locked at `at`: every hold with time on it is logged as interrupted, held until then. The
 * run screen keeps its zone, so unlocking brings it back where it was.
 */
export function interruptHolds(db: ClinicDatabase, at: Date): void {
  db.transaction(() => {
    for (const position of listOpenHolds(db)) logHold(db, position, at, { interrupted: true });
  })();
}
