import type { FindingBodyInput } from '../../../../shared/domain/plan/findings';
import type { Finding, Zone } from '../../../../shared/domain/plan/records';
import type { ZoneBodyInput } from '../../../../shared/domain/plan/zones';
import { call } from '../../api/client';
import type { Change } from './history';
import type { Selection } from './selection';

/** A change not yet made: `apply` makes it and returns what to undo and redo it with. */
export interface PendingChange {
  label: string;
  apply: () => Promise<{ change: Change; selectId?: Selection }>;
}

/** Findings and zones are deleted softly, so a delete is undone by a restore and the reverse. */
const lifecycle = {
  finding: {
    remove: (id: string) => call('findings.delete', { id }),
    restore: (id: string) => call('findings.restore', { id }),
  },
  zone: {
    remove: (id: string) => call('zones.delete', { id }),
    restore: (id: string) => call('zones.restore', { id }),
  },
};

function created(
  type: Selection['type'],
  label: string,
  create: () => Promise<{ id: string }>,
): PendingChange {
  return {
    label,
    apply: async () => {
      const { id } = await create();
      const { remove, restore } = lifecycle[type];
      return { change: { label, undo: () => remove(id), redo: () => restore(id) }, selectId: { type, id } };
    },
  };
}

function deleted(type: Selection['type'], id: string, label: string): PendingChange {
  const { remove, restore } = lifecycle[type];
  return {
    label,
    apply: async () => {
      await remove(id);
      return { change: { label, undo: () => restore(id), redo: () => remove(id) } };
    },
  };
}

/** An edit, undone by saving what was there before. */
function edited<Body>(
  label: string,
  save: (body: Body) => Promise<unknown>,
  before: Body,
  after: Body,
): PendingChange {
  return {
    label,
    apply: async () => {
      await save(after);
      return { change: { label, undo: () => save(before), redo: () => save(after) } };
    },
  };
}

export function createFinding(sessionId: string, body: FindingBodyInput, label: string): PendingChange {
  return created('finding', label, () => call('findings.create', { sessionId, body }));
}

export function updateFinding(before: Finding, body: FindingBodyInput, label: string): PendingChange {
  return edited<FindingBodyInput>(
    label,
    (next) => call('findings.update', { id: before.id, body: next }),
    before.body,
    body,
  );
}

export function deleteFinding(finding: Finding, label: string): PendingChange {
  return deleted('finding', finding.id, label);
}

export function createZone(sessionId: string, body: ZoneBodyInput, label: string): PendingChange {
  return created('zone', label, () => call('zones.create', { sessionId, body }));
}

export function updateZone(before: Zone, body: ZoneBodyInput, label: string): PendingChange {
  return edited<ZoneBodyInput>(
    label,
    (next) => call('zones.update', { id: before.id, body: next }),
    before.body,
    body,
  );
}

export function deleteZone(zone: Zone, label: string): PendingChange {
  return deleted('zone', zone.id, label);
}

export function reorderZones(sessionId: string, before: string[], after: string[]): PendingChange {
  return edited(
    'Reorder the plan',
    (zoneIds: string[]) => call('zones.reorder', { sessionId, zoneIds }),
    before,
    after,
  );
}
