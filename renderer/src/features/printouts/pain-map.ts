import {
  jaccardIndex,
  painExtent,
  unionMask,
  type PainExtent,
} from '../../../../shared/domain/plan/measures';
import type { PaintedRegion } from '../../../../shared/domain/plan/region';
import type { BodySurface } from '../../../../shared/domain/plan/surface';

/** What the summary prints of the pain map, measured on the model's skin. */
export interface PainMapMeasures {
  /** All pain areas together, overlaps counted once. */
  total: PainExtent;
  /** Each pain area on its own, in the order given. */
  areas: PainExtent[];
  /**
   * Jaccard overlap with the last session's map, as the plan's pain-map panel measures it; null
   * when there is no last session or either map is empty, where an overlap says nothing.
   */
  overlapWithLast: number | null;
}

export function measurePainMap(
  regions: readonly PaintedRegion[],
  previous: readonly PaintedRegion[] | null,
  surface: BodySurface,
  bodyAreaCm2: number,
): PainMapMeasures {
  const comparable = previous !== null && previous.length > 0 && regions.length > 0;
  return {
    total: painExtent(regions, surface, bodyAreaCm2),
    areas: regions.map((region) => painExtent([region], surface, bodyAreaCm2)),
    overlapWithLast: comparable
      ? jaccardIndex(unionMask(regions, surface), unionMask(previous, surface), surface)
      : null,
  };
}
