import { ApiFailure } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/handlers';
import {
  findZone,
  insertZone,
  listZones,
  setZoneDeleted,
  setZonePosition,
  updateZoneBody,
} from '../db/repositories/zones';
import { findTechnique } from '../db/repositories/techniques';
import type { ClinicDatabase } from '../db/open';
import { found } from './lifecycle';
import type { ServicePorts } from './ports';
import { editableSession } from './session-lock';

type ZoneHandlers = Pick<
  Handlers,
  'zones.create' | 'zones.update' | 'zones.delete' | 'zones.restore' | 'zones.reorder'
>;

function assertTechnique(db: ClinicDatabase, techniqueId: string): void {
  if (!findTechnique(db, techniqueId)) {
    throw new ApiFailure('VALIDATION', 'Choose a technique from the catalogue', {
      issues: [{ path: 'body.techniqueId', message: 'Choose a technique from the catalogue' }],
    });
  }
}

export function zonesHandlers({ db, now, newId }: ServicePorts) {
  const get = (id: string) => {
    const { deletedAt: _deleted, ...zone } = found(findZone(db, id), 'zone');
    return zone;
  };
  const editable = (id: string) => {
    const zone = found(findZone(db, id), 'zone');
    editableSession(db, zone.sessionId);
    return zone;
  };

  return {
    'zones.create': ({ sessionId, body }) => {
      editableSession(db, sessionId);
      assertTechnique(db, body.techniqueId);
      const id = newId();
      insertZone(db, { id, sessionId, body, carriedFromId: null, at: now().toISOString() });
      return get(id);
    },
    'zones.update': ({ id, body }) => {
      editable(id);
      assertTechnique(db, body.techniqueId);
      updateZoneBody(db, id, body, now().toISOString());
      return get(id);
    },
    'zones.delete': ({ id }) => {
      editable(id);
      const at = now().toISOString();
      setZoneDeleted(db, id, at, at);
      return get(id);
    },
    'zones.restore': ({ id }) => {
      editable(id);
      setZoneDeleted(db, id, null, now().toISOString());
      return get(id);
    },
    /** The new order must name every zone of the plan once: nothing dropped by a stale screen. */
    'zones.reorder': ({ sessionId, zoneIds }) => {
      editableSession(db, sessionId);
      const current = listZones(db, sessionId).map((zone) => zone.id);
      const same =
        zoneIds.length === current.length &&
        new Set(zoneIds).size === zoneIds.length &&
        zoneIds.every((id) => current.includes(id));
      if (!same) throw new ApiFailure('CONFLICT', 'The plan changed meanwhile: reload it and reorder again');
      const at = now().toISOString();
      db.transaction(() => zoneIds.forEach((id, position) => setZonePosition(db, id, position, at)))();
      return listZones(db, sessionId);
    },
  } satisfies ZoneHandlers;
}
