import { patchGrid } from './patch-grid';
import { stampRadiusCm, type BrushStroke, type PaintedRegion } from './region';
import type { BodySurface } from './surface';

/**
 * Which surface patches a painted region covers. Each patch takes the mode of the last stroke
 * that reaches its centre, so painting and erasing compose the way they look on screen.
 */
export function coveredPatches(region: PaintedRegion, surface: BodySurface): boolean[] {
  const covered = new Array<boolean>(surface.patches.length).fill(false);
  for (const index of coveredPatchIndices(region, surface)) covered[index] = true;
  return covered;
}

/**
 * The same as the indices of the covered patches, in ascending order. Strokes are laid in
 * order, each stamp looking only at the patches near it (`patchGrid`), so the work grows with
 * the stamps painted, not with the size of the body.
 */
export function coveredPatchIndices(region: PaintedRegion, surface: BodySurface): number[] {
  const covered = new Set<number>();
  for (const stroke of region.strokes) layStroke(stroke, surface, covered);
  return [...covered].sort((a, b) => a - b);
}

/** One stroke laid over what is already covered: paint adds the patches it reaches, erase removes them. */
function layStroke(stroke: BrushStroke, surface: BodySurface, covered: Set<number>): void {
  const grid = patchGrid(surface);
  stroke.stamps.forEach((stamp, i) => {
    grid.near(stamp, stampRadiusCm(stroke, i), (index) => {
      if (stroke.mode === 'paint') covered.add(index);
      else covered.delete(index);
    });
  });
}
