import { coveredPatches } from './coverage';
import type { PaintedRegion } from './region';
import type { BodySurface } from './surface';

export interface PainExtent {
  areaCm2: number;
  /** Share of the body's surface, 0-100. */
  percentOfBody: number;
}

/** The union of several painted regions, as a mask over the surface's patches. */
export function unionMask(regions: readonly PaintedRegion[], surface: BodySurface): boolean[] {
  const mask = new Array<boolean>(surface.patches.length).fill(false);
  for (const region of regions) {
    coveredPatches(region, surface).forEach((covered, i) => {
      if (covered) mask[i] = true;
    });
  }
  return mask;
}

export function maskArea(mask: readonly boolean[], surface: BodySurface): number {
  return surface.patches.reduce((sum, patch, i) => (mask[i] ? sum + patch.areaCm2 : sum), 0);
}

/** Pain extent: the area of all pain regions together (overlaps counted once). */
export function painExtent(regions: readonly PaintedRegion[], surface: BodySurface): PainExtent {
  const areaCm2 = maskArea(unionMask(regions, surface), surface);
  return {
    areaCm2,
    percentOfBody: surface.totalAreaCm2 > 0 ? (100 * areaCm2) / surface.totalAreaCm2 : 0,
  };
}

/**
 * Overlap of two pain maps, |A ∩ B| / |A ∪ B| by area: 1 is the same map, 0 no shared area.
 * Two empty maps are taken as identical.
 */
export function jaccardIndex(a: readonly boolean[], b: readonly boolean[], surface: BodySurface): number {
  let intersection = 0;
  let union = 0;
  surface.patches.forEach((patch, i) => {
    if (a[i] && b[i]) intersection += patch.areaCm2;
    if (a[i] || b[i]) union += patch.areaCm2;
  });
  return union === 0 ? 1 : intersection / union;
}

/**
 * Painting an edge of a neighbouring area by a few millimetres should not tick its WPI box: an
 * area counts when at least this much of it is painted.
 */
export const MIN_WPI_AREA_CM2 = 4;

/** The WPI areas the pain map touches, for the therapist to confirm. */
export function wpiAreasTouched(mask: readonly boolean[], surface: BodySurface): string[] {
  const painted = new Map<string, number>();
  surface.patches.forEach((patch, i) => {
    if (mask[i] && patch.wpiArea)
      painted.set(patch.wpiArea, (painted.get(patch.wpiArea) ?? 0) + patch.areaCm2);
  });
  return [...painted]
    .filter(([, area]) => area >= MIN_WPI_AREA_CM2)
    .map(([area]) => area)
    .sort();
}
