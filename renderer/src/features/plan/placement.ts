import { ATLAS_VERSION, structureById } from '../../../../shared/anatomy';
import type { SurfaceAnchorInput } from '../../../../shared/domain/plan/anchor';
import type { ModelPoint } from '../../../../shared/domain/plan/region';
import type { PickHit } from '../../scene/model/picking';

const isMuscle = (hit: PickHit) => structureById(hit.structureId)?.kind === 'muscle';

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function anchorOf(hit: PickHit, muscleBeneath: PickHit | undefined): SurfaceAnchorInput {
  const length = Math.hypot(...hit.normal) || 1;
  return {
    structureId: hit.structureId,
    layer: hit.layer,
    u: clamp01(hit.uv[0]),
    v: clamp01(hit.uv[1]),
    point: [...hit.point],
    normal: hit.normal.map((value) => value / length) as ModelPoint,
    atlasVersion: ATLAS_VERSION,
    muscleBeneathId:
      hit.structureId === muscleBeneath?.structureId ? null : (muscleBeneath?.structureId ?? null),
  };
}

/** A trigger point sits in a muscle: anchored on the first muscle along the ray, under any fascia. */
export function muscleAnchor(hits: readonly PickHit[]): SurfaceAnchorInput | null {
  const muscle = hits.find(isMuscle);
  return muscle ? anchorOf(muscle, undefined) : null;
}

/**
 * An adhesion is felt at the surface the therapist touches: the first hit (usually the fascia),
 * remembering the muscle beneath it.
 */
export function surfaceAnchor(hits: readonly PickHit[]): SurfaceAnchorInput | null {
  const first = hits[0];
  return first ? anchorOf(first, hits.find(isMuscle)) : null;
}

/** Where painting lays a stamp: on the skin, the outermost surface under the brush. */
export function paintPoint(hits: readonly PickHit[]): ModelPoint | null {
  return hits[0] ? [...hits[0].point] : null;
}

/** Directions a restriction is named by, in the client's frame (+x is the client's left). */
export const RESTRICTION_DIRECTIONS = [
  { id: 'superior', label: 'Superior (toward the head)', vector: [0, 1, 0] },
  { id: 'inferior', label: 'Inferior (toward the feet)', vector: [0, -1, 0] },
  { id: 'medial', label: 'Medial (toward the midline)', vector: null },
  { id: 'lateral', label: 'Lateral (away from the midline)', vector: null },
  { id: 'anterior', label: 'Anterior', vector: [0, 0, 1] },
  { id: 'posterior', label: 'Posterior', vector: [0, 0, -1] },
] as const;
export type RestrictionDirection = (typeof RESTRICTION_DIRECTIONS)[number]['id'];

/**
 * The named direction as a unit vector lying in the surface at the anchor: medial and lateral
 * depend on the side of the body the point is on. Falls back to another direction when the named
 * one is nearly along the normal (an anterior restriction on the chest).
 */
export function tangentDirection(
  name: RestrictionDirection,
  point: ModelPoint,
  normal: ModelPoint,
): ModelPoint | null {
  const entry = RESTRICTION_DIRECTIONS.find((direction) => direction.id === name)!;
  const outward = point[0] >= 0 ? 1 : -1;
  const raw: readonly number[] = entry.vector ?? (name === 'medial' ? [-outward, 0, 0] : [outward, 0, 0]);
  return tangentOf(raw, normal);
}

/** The named direction nearest to a stored vector, for showing it back in the form. */
export function nearestDirection(
  direction: ModelPoint,
  point: ModelPoint,
  normal: ModelPoint,
): RestrictionDirection {
  let best: RestrictionDirection = 'superior';
  let bestDot = -Infinity;
  for (const entry of RESTRICTION_DIRECTIONS) {
    const tangent = tangentDirection(entry.id, point, normal);
    if (!tangent) continue;
    const dot = tangent[0] * direction[0] + tangent[1] * direction[1] + tangent[2] * direction[2];
    if (dot > bestDot) [best, bestDot] = [entry.id, dot];
  }
  return best;
}

/**
 * A direction laid flat on the surface: its part along the normal removed. Null where the direction
 * points almost straight into the surface and so names no direction along it.
 */
export function tangentOf(vector: readonly number[], normal: ModelPoint): ModelPoint | null {
  const along = vector[0]! * normal[0] + vector[1]! * normal[1] + vector[2]! * normal[2];
  const tangent = [
    vector[0]! - along * normal[0],
    vector[1]! - along * normal[1],
    vector[2]! - along * normal[2],
  ];
  const length = Math.hypot(...tangent);
  if (length < 0.2) return null;
  return tangent.map((value) => value / length) as ModelPoint;
}
