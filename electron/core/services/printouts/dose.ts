import {
  toleranceRegionLabel,
  toleranceRegionOf,
  TOLERANCE_REGIONS,
} from '../../../../shared/domain/plan/tolerance-regions';
import { zoneStructures } from '../../../../shared/domain/plan/zones';
import type { RegionDose } from '../../../../shared/domain/printouts/course';
import type { Session } from '../../../../shared/domain/session';
import type { ClinicDatabase } from '../../db/open';
import { listZoneRuns } from '../../db/repositories/session-runs';
import { listZones } from '../../db/repositories/zones';

/** Zones over the midline of a paired region or over the whole body belong to no one region. */
const NO_ONE_REGION = 'Midline or whole body';

/**
 * The treatment given across the sessions, by body region: the regions a client's tolerance is
 * recorded for, a zone placed by its first structure as the zones table places its tolerance. A
 * zone's hold counts as timed, else as planned; regions come in the tolerance form's order.
 */
export function doseByRegion(db: ClinicDatabase, sessions: readonly Session[]): RegionDose[] {
  const dose = new Map<string | null, { zones: number; holdMinutes: number }>();
  for (const session of sessions) {
    const runs = new Map(listZoneRuns(db, session.id).map((run) => [run.zoneId, run]));
    for (const zone of listZones(db, session.id)) {
      const [first] = zoneStructures(zone.body.target);
      const region = first ? toleranceRegionOf(first) : null;
      const seconds = runs.get(zone.id)?.holdSeconds ?? null;
      const entry = dose.get(region) ?? { zones: 0, holdMinutes: 0 };
      entry.zones += 1;
      entry.holdMinutes += seconds === null ? zone.body.holdMinutes : seconds / 60;
      dose.set(region, entry);
    }
  }
  const order = [...TOLERANCE_REGIONS.map((region) => region.id), null];
  return order.flatMap((region) => {
    const entry = dose.get(region);
    if (!entry) return [];
    return [{ region: region === null ? NO_ONE_REGION : toleranceRegionLabel(region), ...entry }];
  });
}
