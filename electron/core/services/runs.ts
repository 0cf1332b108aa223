import type { Handlers } from '../../../shared/api/handlers';
import { findZoneRun, saveZoneRun } from '../db/repositories/session-runs';
import { findZone } from '../db/repositories/zones';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { editableSession } from './session-lock';

/** Saves what was done in one zone; a field left out keeps what was saved before. */
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
        recordedAt: now().toISOString(),
      };
      saveZoneRun(db, saved);
      return saved;
    },
  } satisfies Pick<Handlers, 'runs.save'>;
}
