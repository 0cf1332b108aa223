import { plainPlace, plainTechnique } from '../../../../shared/domain/plan/plain-words';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { zoneStructures } from '../../../../shared/domain/plan/zones';
import type { TakeHomeZone } from '../../../../shared/domain/printout';
import { inSessionOrder } from './zones';

/**
 * The zones in the client's words, numbered as the snapshots number them: where on the body and
 * what was done, by the technique's plain name (never the name the clinic gave it).
 */
export function takeHomeZones(plan: SessionPlan): TakeHomeZone[] {
  return inSessionOrder(plan).map((zone, index) => ({
    order: index + 1,
    place: plainPlace(zoneStructures(zone.body.target)),
    technique: plainTechnique(zone.body.techniqueId),
  }));
}
