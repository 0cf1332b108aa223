import { z } from 'zod';
import { structureById, structureLabel } from '../../anatomy';
import { longText, shortText } from '../common';
import { StructureId } from './anchor';
import { Footprint } from './findings';
import { PlannedPressure } from './planned-pressure';
import { PaintedRegion } from './region';
import { TechniqueId } from './techniques';

/** What a zone covers: an area painted on the skin, or a whole structure picked on the model. */
export const ZoneTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), region: PaintedRegion, footprint: Footprint }),
  z.strictObject({ kind: z.literal('structure'), structureId: StructureId }),
]);
export type ZoneTarget = z.output<typeof ZoneTarget>;

const holdMessage = 'A hold is from 0.5 to 60 minutes';

/** One place the therapist plans to work, how, how firmly and for how long. */
export const ZoneBody = z.strictObject({
  label: shortText('Name', 80).default(''),
  target: ZoneTarget,
  techniqueId: TechniqueId,
  pressure: PlannedPressure,
  holdMinutes: z.number().min(0.5, holdMessage).max(60, holdMessage),
  notes: longText('Notes', 4000).default(''),
});
export type ZoneBody = z.output<typeof ZoneBody>;
export type ZoneBodyInput = z.input<typeof ZoneBody>;

/** The structures a zone lies over. */
export function zoneStructures(target: ZoneTarget): readonly string[] {
  return target.kind === 'structure' ? [target.structureId] : target.footprint;
}

/** The zone's name in the plan: the therapist's, else the structure or the first one painted over. */
export function zoneName(zone: Pick<ZoneBody, 'label' | 'target'>): string {
  if (zone.label) return zone.label;
  const first = zoneStructures(zone.target)[0];
  const structure = first ? structureById(first) : undefined;
  if (!structure) return 'Painted zone';
  const more = zone.target.kind === 'region' ? zone.target.footprint.length - 1 : 0;
  return structureLabel(structure) + (more > 0 ? ` and ${more} more` : '');
}

export interface PlanTime {
  plannedHoldMinutes: number;
  sessionMinutes: number;
  /** Minutes left for everything else (greeting, positioning, notes); negative when over. */
  spareMinutes: number;
}

export function planTime(zones: readonly Pick<ZoneBody, 'holdMinutes'>[], sessionMinutes: number): PlanTime {
  const plannedHoldMinutes = zones.reduce((sum, zone) => sum + zone.holdMinutes, 0);
  return { plannedHoldMinutes, sessionMinutes, spareMinutes: sessionMinutes - plannedHoldMinutes };
}
