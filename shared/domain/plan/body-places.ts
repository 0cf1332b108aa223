import { z } from 'zod';
import { structureById } from '../../anatomy';
import { shortText } from '../common';
import { TOLERANCE_REGIONS, toleranceRegionLabel, toleranceRegionOf } from './tolerance-regions';
import { zoneStructures, type ZoneTarget } from './zones';

const REGION_IDS = TOLERANCE_REGIONS.map((region) => region.id) as [string, ...string[]];

/** One of the body regions the intake and the note name places by (the tolerance regions). */
export const BodyRegionId = z.enum(REGION_IDS, { message: 'Choose a body region from the list' });

/** Where something is on the body, as regions picked at intake or in the note. */
export const BodyRegions = z.array(BodyRegionId).max(REGION_IDS.length).default([]);

/** A place on the body the plan is checked against: its regions, and what it is in words. */
export const BodyPlace = z.strictObject({
  regions: BodyRegions,
  note: shortText('Note', 500).default(''),
});
export type BodyPlace = z.output<typeof BodyPlace>;

/** "Lower back, Abdomen" (or "no region given"), for reasons and summaries. */
export function describeRegions(regions: readonly string[]): string {
  return regions.length === 0 ? 'no region given' : regions.map(toleranceRegionLabel).join(', ');
}

/**
 * The regions a structure counts for when placing: a midline structure of a paired region (the
 * sacrum) lies on both sides of it, so it counts for both.
 */
function placeRegionsOf(structureId: string): string[] {
  const own = toleranceRegionOf(structureId);
  if (own) return [own];
  const structure = structureById(structureId);
  if (!structure || structure.region === 'whole_body') return [];
  return [`${structure.region}_L`, `${structure.region}_R`];
}

/**
 * The regions a zone lies in, from its structures (a painted zone's footprint is the structures
 * its stamps cover). The whole-body envelope under every painted zone places it nowhere; picked as
 * a zone of its own, it covers every region.
 */
export function zoneRegions(target: ZoneTarget): ReadonlySet<string> {
  if (target.kind === 'structure' && structureById(target.structureId)?.region === 'whole_body') {
    return new Set(REGION_IDS);
  }
  return new Set(zoneStructures(target).flatMap(placeRegionsOf));
}

/** The regions a painted area (a caution zone) covers, from its footprint. */
export function footprintRegions(footprint: readonly string[]): ReadonlySet<string> {
  return new Set(footprint.flatMap(placeRegionsOf));
}

export function overlaps(regions: ReadonlySet<string>, place: readonly string[]): boolean {
  return place.some((region) => regions.has(region));
}
