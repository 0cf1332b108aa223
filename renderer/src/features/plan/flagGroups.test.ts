import { describe, expect, it } from 'vitest';
import { zoneOn } from '../../../../shared/domain/plan/test-fixtures';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { flagsByZone } from './flagGroups';

const zone = (id: string, structureId: string, position: number): SessionPlan['zones'][number] => ({
  id,
  sessionId: 's',
  carriedFromId: null,
  position,
  body: zoneOn(structureId),
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
});
const flag = (zoneId: string, reason: string) => ({
  key: `${zoneId}|${reason}`,
  zoneId,
  kind: 'caution' as const,
  reason,
});

describe('flags grouped by zone', () => {
  it('puts each flag under its zone, zones in the plan’s order, and leaves out a zone with none', () => {
    const zones = [
      zone('a', 'trapezius_upper_L', 0),
      zone('b', 'deltoid_middle_L', 1),
      zone('c', 'infraspinatus_L', 2),
    ];
    const groups = flagsByZone([flag('c', 'scar'), flag('a', 'firm'), flag('c', 'bruise')], zones);
    expect(groups.map((group) => [group.heading, group.flags.map((item) => item.reason)])).toEqual([
      ["Zone 1, Upper trapezius (client's left)", ['firm']],
      ["Zone 3, Infraspinatus (client's left)", ['scar', 'bruise']],
    ]);
  });
});
