import { coveredPatches } from './coverage';
import type { PaintedRegion } from './region';
import type { BodySurface } from './surface';

export interface PainExtent {
  /** On the client's own skin: their share of the body times their body surface area. */
  areaCm2: number;
  /** Share of the body's surface, 0-100, measured on the model. */
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

/**
 * Pain extent: the area of all pain regions together (overlaps counted once). The model gives the
 * share of the body they cover; the client's body surface area turns it into square centimetres,
 * as a burn chart's percentage is turned into an area.
 */
export function painExtent(
  regions: readonly PaintedRegion[],
  surface: BodySurface,
  bodyAreaCm2: number,
): PainExtent {
  const onModel = maskArea(unionMask(regions, surface), surface);
  const percentOfBody = surface.totalAreaCm2 > 0 ? (100 * onModel) / surface.totalAreaCm2 : 0;
  return { areaCm2: (percentOfBody / 100) * bodyAreaCm2, percentOfBody };
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
