import { ApiFailure } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/handlers';
import { clearRunPosition, findRunPosition, saveRunPosition } from '../db/repositories/run-positions';
import { findZoneRun, saveZoneRun } from '../db/repositories/session-runs';
import { findZone } from '../db/repositories/zones';
import type { ClinicDatabase } from '../db/open';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { heldMsAt, logHold, runPositionAt } from './run-holds';
import { editableSession } from './session-lock';

type RunsHandlers = Pick<Handlers, 'runs.save' | 'runs.show' | 'runs.hold' | 'runs.logHold'>;

/** The run screen's position in a session that may still change; refused when it shows no zone. */
function shownPosition(db: ClinicDatabase, sessionId: string) {
  editableSession(db, sessionId);
  const position = findRunPosition(db, sessionId);
  if (!position) throw new ApiFailure('CONFLICT', 'The run screen is not showing a zone of this session');
  return position;
}

/**
 * What was done in each zone, saved as the therapist works: the taps (`runs.save`, a field left out
 * keeps what was saved before) and the hold, timed on main's clock so that a lock cannot lose it.
 */
export function runsHandlers({ db, now }: ServicePorts) {
  return {
    'runs.save': ({ zoneId, ...run }) => {
      const zone = found(findZone(db, zoneId), 'zone');
      editableSession(db, zone.sessionId);
      const kept = findZoneRun(db, zoneId);
      const saved = {
        zoneId,
        holdSeconds: run.holdSeconds !== undefined ? run.holdSeconds : (kept?.holdSeconds ?? null),
        pressureUsed: run.pressureUsed !== undefined ? run.pressureUsed : (kept?.pressureUsed ?? null),
        response: run.response !== undefined ? run.response : (kept?.response ?? null),
        // A hold entered by hand is the therapist's own figure, not one the lock cut short.
        interrupted: run.holdSeconds !== undefined ? false : (kept?.interrupted ?? false),
        recordedAt: now().toISOString(),
      };
      saveZoneRun(db, saved);
      return saved;
    },
    /** Moving to another zone drops the hold not yet logged, as the screen's timer resets. */
    'runs.show': ({ sessionId, zoneId }) => {
      editableSession(db, sessionId);
      if (zoneId === null) {
        clearRunPosition(db, sessionId);
        return null;
      }
      const zone = found(findZone(db, zoneId), 'zone');
      if (zone.sessionId !== sessionId || zone.deletedAt !== null)
        throw new ApiFailure('NOT_FOUND', 'That zone is not on this session’s plan');
      const kept = findRunPosition(db, sessionId);
      const position = kept?.zoneId === zoneId ? kept : { sessionId, zoneId, heldMs: 0, runningSince: null };
      saveRunPosition(db, position);
      return runPositionAt(position, now());
    },
    'runs.hold': ({ sessionId, running }) => {
      const position = shownPosition(db, sessionId);
      const at = now();
      const next =
        running === (position.runningSince !== null)
          ? position
          : running
            ? { ...position, runningSince: at.toISOString() }
            : { ...position, heldMs: heldMsAt(position, at), runningSince: null };
      saveRunPosition(db, next);
      return runPositionAt(next, at);
    },
    'runs.logHold': ({ sessionId }) => {
      const at = now();
      return runPositionAt(logHold(db, shownPosition(db, sessionId), at, { interrupted: false }), at);
    },
  } satisfies RunsHandlers;
}
