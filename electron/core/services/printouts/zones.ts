import { structureById } from '../../../../shared/anatomy';
import type { AlgometerUnit } from '../../../../shared/domain/algometer-units';
import type { Client } from '../../../../shared/domain/client';
import { describePlannedPressure, exceedsTolerance } from '../../../../shared/domain/plan/planned-pressure';
import { acknowledgementOf } from '../../../../shared/domain/plan/acknowledgements';
import type { SessionPlan } from '../../../../shared/domain/plan/records';
import { CLIENT_RESPONSES } from '../../../../shared/domain/plan/run';
import { toleranceFor, toleranceRegionOf } from '../../../../shared/domain/plan/tolerance-regions';
import { zoneName, zoneStructures } from '../../../../shared/domain/plan/zones';
import { describePressure } from '../../../../shared/domain/pressure';
import type { PrintFlag, PrintMark, PrintZone } from '../../../../shared/domain/printout';
import { frontOrBack, zoneCentre } from './marks';

/** The zones as the session ran them; a zone's row number is its place here. */
export function inSessionOrder(plan: SessionPlan) {
  return [...plan.zones].sort((a, b) => a.position - b.position);
}

const RESPONSE_LABELS = new Map<string, string>(
  CLIENT_RESPONSES.map((response) => [response.id, response.label]),
);

/**
 * The zones table: each zone in session order with what was planned, what was done, and the
 * client's tolerance where it lies. A zone is marked above tolerance when the plan raised that flag
 * or the pressure actually used went past the tolerance.
 */
export function zoneRows(plan: SessionPlan, client: Client, unit: AlgometerUnit): PrintZone[] {
  const techniques = new Map(plan.techniques.map((technique) => [technique.id, technique.name]));
  const runs = new Map(plan.runs.map((run) => [run.zoneId, run]));
  return inSessionOrder(plan).map((zone, index) => {
    const run = runs.get(zone.id);
    const [first] = zoneStructures(zone.body.target);
    const tolerance = toleranceFor(client, first && structureById(first) ? toleranceRegionOf(first) : null);
    const flagged = plan.flags.some((flag) => flag.zoneId === zone.id && flag.kind === 'tolerance');
    const usedAbove = Boolean(
      run?.pressureUsed && tolerance && exceedsTolerance(run.pressureUsed, tolerance.level),
    );
    return {
      order: index + 1,
      structure: zoneName(zone.body),
      technique: techniques.get(zone.body.techniqueId) ?? zone.body.techniqueId,
      pressurePlanned: describePlannedPressure(zone.body.pressure, unit),
      pressureUsed: run?.pressureUsed ? describePlannedPressure(run.pressureUsed, unit) : null,
      tolerance: tolerance ? describePressure(tolerance.level, unit) : null,
      aboveTolerance: flagged || usedAbove,
      holdPlannedMinutes: zone.body.holdMinutes,
      holdActualMinutes: run?.holdSeconds == null ? null : Math.round(run.holdSeconds / 6) / 10,
      holdInterrupted: run?.interrupted ?? false,
      response: run?.response ? (RESPONSE_LABELS.get(run.response) ?? run.response) : '',
    };
  });
}

/** A numbered square for each zone, at the middle of what it covers. */
export function zoneMarks(plan: SessionPlan): PrintMark[] {
  return inSessionOrder(plan).flatMap((zone, index) => {
    const point = zoneCentre(zone.body.target);
    return point
      ? [
          {
            kind: 'zone' as const,
            point,
            normal: frontOrBack(point),
            label: String(index + 1),
            direction: null,
          },
        ]
      : [];
  });
}

/**
 * The safety record: each flag the plan raises, named by its zone's row, with who acknowledged it
 * and when, or nothing where nobody has (the sheet then says it was not reviewed).
 */
export function safetyRecord(plan: SessionPlan, rows: readonly PrintZone[]): PrintFlag[] {
  const ordered = inSessionOrder(plan);
  return plan.flags.map((flag) => {
    const row = rows[ordered.findIndex((zone) => zone.id === flag.zoneId)];
    const ack = acknowledgementOf(flag, plan.acknowledgements);
    return {
      message: row ? `Zone ${row.order}, ${row.structure}: ${flag.reason}` : flag.reason,
      acknowledged: ack ? { by: ack.acknowledgedBy.name, at: ack.acknowledgedAt } : null,
    };
  });
}
