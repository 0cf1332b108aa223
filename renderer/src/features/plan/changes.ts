import type { FindingBodyInput } from '../../../../shared/domain/map/findings';
import type { Finding, Zone } from '../../../../shared/domain/map/records';
import type { ZoneBodyInput } from '../../../../shared/domain/map/zones';
import { call } from '../../api/client';
import type { Change } from './history';

/** A change not yet made: `apply` makes it and returns what to undo and redo it with. */
export interface PendingChange {
  label: string;
  apply: () => Promise<{ change: Change; selectId?: { type: 'finding' | 'zone'; id: string } }>;
}

export function createFinding(sessionId: string, body: FindingBodyInput, label: string): PendingChange {
  return {
    label,
    apply: async () => {
      const { id } = await call('findings.create', { sessionId, body });
      return {
        change: {
          label,
          undo: () => call('findings.delete', { id }),
          redo: () => call('findings.restore', { id }),
        },
        selectId: { type: 'finding', id },
      };
    },
  };
}

export function updateFinding(before: Finding, body: FindingBodyInput, label: string): PendingChange {
  const { id } = before;
  return {
    label,
    apply: async () => {
      await call('findings.update', { id, body });
      return {
        change: {
          label,
          undo: () => call('findings.update', { id, body: before.body }),
          redo: () => call('findings.update', { id, body }),
        },
      };
    },
  };
}

export function deleteFinding(finding: Finding, label: string): PendingChange {
  const { id } = finding;
  return {
    label,
    apply: async () => {
      await call('findings.delete', { id });
      return {
        change: {
          label,
          undo: () => call('findings.restore', { id }),
          redo: () => call('findings.delete', { id }),
        },
      };
    },
  };
}

export function createZone(sessionId: string, body: ZoneBodyInput, label: string): PendingChange {
  return {
    label,
    apply: async () => {
      const { id } = await call('zones.create', { sessionId, body });
      return {
        change: {
          label,
          undo: () => call('zones.delete', { id }),
          redo: () => call('zones.restore', { id }),
        },
        selectId: { type: 'zone', id },
      };
    },
  };
}

export function updateZone(before: Zone, body: ZoneBodyInput, label: string): PendingChange {
  const { id } = before;
  return {
    label,
    apply: async () => {
      await call('zones.update', { id, body });
      return {
        change: {
          label,
          undo: () => call('zones.update', { id, body: before.body }),
          redo: () => call('zones.update', { id, body }),
        },
      };
    },
  };
}

export function deleteZone(zone: Zone, label: string): PendingChange {
  const { id } = zone;
  return {
    label,
    apply: async () => {
      await call('zones.delete', { id });
      return {
        change: {
          label,
          undo: () => call('zones.restore', { id }),
          redo: () => call('zones.delete', { id }),
        },
      };
    },
  };
}

export function reorderZones(sessionId: string, before: string[], after: string[]): PendingChange {
  const label = 'Reorder the plan';
  return {
    label,
    apply: async () => {
      await call('zones.reorder', { sessionId, zoneIds: after });
      return {
        change: {
          label,
          undo: () => call('zones.reorder', { sessionId, zoneIds: before }),
          redo: () => call('zones.reorder', { sessionId, zoneIds: after }),
        },
      };
    },
  };
}
