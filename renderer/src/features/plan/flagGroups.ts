import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { zoneName } from '../../../../shared/domain/plan/zones';

type Flag = SessionPlan['flags'][number];

export interface ZoneFlags {
  zoneId: string;
  /** "Zone 2, Upper trapezius (client's left)": the zone as the plan list numbers it. */
  heading: string;
  flags: Flag[];
}

/** The flags under the zone they belong to, zones in the plan's order; a zone with none is left out. */
export function flagsByZone(flags: readonly Flag[], zones: SessionPlan['zones']): ZoneFlags[] {
  return zones.flatMap((zone, index) => {
    const own = flags.filter((flag) => flag.zoneId === zone.id);
    return own.length === 0
      ? []
      : [{ zoneId: zone.id, heading: `Zone ${index + 1}, ${zoneName(zone.body)}`, flags: own }];
  });
}
