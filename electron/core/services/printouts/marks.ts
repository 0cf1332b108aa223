import { structureById, type Structure } from '../../../../shared/anatomy';
import type { ModelPoint } from '../../../../shared/domain/plan/region';
import type { ZoneTarget } from '../../../../shared/domain/plan/zones';

/**
 * Where to draw a mark that has no surface normal of its own (a tender-point site, a zone): facing
 * the front when it lies in front of the body's coronal plane (z = 0), else the back.
 */
export function frontOrBack(point: ModelPoint): ModelPoint {
  return point[2] >= 0 ? [0, 0, 1] : [0, 0, -1];
}

function mean(points: readonly (readonly number[])[]): ModelPoint | null {
  if (points.length === 0) return null;
  const sum = [0, 0, 0];
  for (const point of points) for (let axis = 0; axis < 3; axis++) sum[axis]! += point[axis]!;
  return sum.map((value) => value / points.length) as ModelPoint;
}

/** The middle of a structure as the atlas draws it: its path, its middle guide, or its blobs. */
function structureCentre(structure: Structure): ModelPoint | null {
  const { shape } = structure;
  switch (shape.kind) {
    case 'spindle':
      return mean(shape.path);
    case 'sheet':
      return mean(shape.guides[Math.floor(shape.guides.length / 2)] ?? []);
    case 'solid':
      return mean(shape.blobs.map((blob) => blob.center));
    case 'envelope':
      return null;
  }
}

/** Where a zone's number goes on the snapshots: the middle of what was painted, or of the structure. */
export function zoneCentre(target: ZoneTarget): ModelPoint | null {
  if (target.kind === 'region') {
    return mean(
      target.region.strokes.filter((stroke) => stroke.mode === 'paint').flatMap((stroke) => stroke.stamps),
    );
  }
  const structure = structureById(target.structureId);
  return structure ? structureCentre(structure) : null;
}
