import { jaccardIndex, painExtent, unionMask, type PainExtent } from '../plan/measures';
import type { PaintedRegion } from '../plan/region';
import type { BodySurface } from '../plan/surface';

/** One pain map of a course, measured: its extent, and how much of it is where the others were. */
export interface MeasuredPainMap {
  extent: PainExtent;
  /** Jaccard overlap with the map before it; null for the first. */
  overlapWithPrevious: number | null;
  /** Jaccard overlap with the first map, the course's baseline; null for the first. */
  overlapWithBaseline: number | null;
}

/**
 * A course's pain maps measured in order on the model's skin, as the summary measures one: the
 * extent on the client's own body surface area, and the overlap (Jaccard index, the published way
 * to compare two pain maps) with the previous map and with the baseline.
 */
export function measurePainCourse(
  maps: readonly (readonly PaintedRegion[])[],
  surface: BodySurface,
  bodyAreaCm2: number,
): MeasuredPainMap[] {
  const masks = maps.map((regions) => unionMask(regions, surface));
  return maps.map((regions, index) => ({
    extent: painExtent(regions, surface, bodyAreaCm2),
    overlapWithPrevious: index === 0 ? null : jaccardIndex(masks[index - 1]!, masks[index]!, surface),
    overlapWithBaseline: index === 0 ? null : jaccardIndex(masks[0]!, masks[index]!, surface),
  }));
}
