import type { ModelPoint } from './region';

/**
 * Directions a restriction is named by, in the client's frame (+x is the client's left): the
 * form's choice, the words a printout uses, and the vector (medial and lateral have none of their
 * own: they depend on the side of the body).
 */
export const RESTRICTION_DIRECTIONS = [
  {
    id: 'superior',
    label: 'Superior (toward the head)',
    printed: 'restricted superiorly',
    vector: [0, 1, 0],
  },
  {
    id: 'inferior',
    label: 'Inferior (toward the feet)',
    printed: 'restricted inferiorly',
    vector: [0, -1, 0],
  },
  { id: 'medial', label: 'Medial (toward the midline)', printed: 'restricted medially', vector: null },
  { id: 'lateral', label: 'Lateral (away from the midline)', printed: 'restricted laterally', vector: null },
  { id: 'anterior', label: 'Anterior', printed: 'restricted anteriorly', vector: [0, 0, 1] },
  { id: 'posterior', label: 'Posterior', printed: 'restricted posteriorly', vector: [0, 0, -1] },
] as const;
export type RestrictionDirection = (typeof RESTRICTION_DIRECTIONS)[number]['id'];

const entryOf = (name: RestrictionDirection) => RESTRICTION_DIRECTIONS.find((entry) => entry.id === name)!;

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

/**
 * The named direction as a unit vector lying in the surface at the anchor: medial and lateral
 * depend on the side of the body the point is on. Null when the named direction is nearly along
 * the normal (an anterior restriction on the chest) and so cannot be drawn along the skin.
 */
export function tangentDirection(
  name: RestrictionDirection,
  point: ModelPoint,
  normal: ModelPoint,
): ModelPoint | null {
  const outward = point[0] >= 0 ? 1 : -1;
  const raw: readonly number[] =
    entryOf(name).vector ?? (name === 'medial' ? [-outward, 0, 0] : [outward, 0, 0]);
  return tangentOf(raw, normal);
}

/** The directions that can be drawn along the surface at a point, for the form's choice. */
export function directionsAt(point: ModelPoint, normal: ModelPoint) {
  return RESTRICTION_DIRECTIONS.filter((entry) => tangentDirection(entry.id, point, normal) !== null);
}

/** The named direction nearest to a stored vector, for showing it back in words. */
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

/** How a printout says the restriction: "restricted superiorly". */
export function restrictionInWords(direction: ModelPoint, point: ModelPoint, normal: ModelPoint): string {
  return entryOf(nearestDirection(direction, point, normal)).printed;
}

/**
 * Where a new restriction points until the therapist says otherwise: superior, or lateral where
 * superior runs into the surface (the top of the shoulder). One of the two always lies along it.
 */
export function startingDirection(point: ModelPoint, normal: ModelPoint): ModelPoint {
  return tangentDirection('superior', point, normal) ?? tangentDirection('lateral', point, normal)!;
}

/** A restriction moved to a new place keeps its direction, laid onto the surface there. */
export function directionMovedTo(direction: ModelPoint, point: ModelPoint, normal: ModelPoint): ModelPoint {
  return tangentOf(direction, normal) ?? startingDirection(point, normal);
}
