import type { Point } from './curves';

/** The few vector operations the builder needs, on plain tuples. */
export function sub(a: Point, b: Point): Point {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function add(a: Point, b: Point, scale = 1): Point {
  return [a[0] + b[0] * scale, a[1] + b[1] * scale, a[2] + b[2] * scale];
}

export function cross(a: Point, b: Point): Point {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function dot(a: Point, b: Point): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function normalize(a: Point, fallback: Point = [0, 1, 0]): Point {
  const l = Math.hypot(a[0], a[1], a[2]);
  return l > 1e-9 ? [a[0] / l, a[1] / l, a[2] / l] : [...fallback];
}

/** The component of `a` perpendicular to the unit vector `axis`, normalised. */
export function perpendicular(a: Point, axis: Point, fallback: Point): Point {
  const d = dot(a, axis);
  return normalize([a[0] - axis[0] * d, a[1] - axis[1] * d, a[2] - axis[2] * d], fallback);
}

/** Any unit vector perpendicular to the unit vector `a`. */
export function anyPerpendicular(a: Point): Point {
  const helper: Point = Math.abs(a[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  return normalize(cross(a, helper));
}

/**
 * Appends triangle (a, b, c), swapping two corners if its face normal disagrees with the
 * intended outward direction. Building with intent rather than index bookkeeping keeps every
 * surface facing out, whatever the guide order in the atlas.
 */
export function emitTriangle(
  indices: number[],
  positions: number[],
  a: number,
  b: number,
  c: number,
  outward: Point,
): void {
  const pa: Point = [positions[a * 3]!, positions[a * 3 + 1]!, positions[a * 3 + 2]!];
  const pb: Point = [positions[b * 3]!, positions[b * 3 + 1]!, positions[b * 3 + 2]!];
  const pc: Point = [positions[c * 3]!, positions[c * 3 + 1]!, positions[c * 3 + 2]!];
  const n = cross(sub(pb, pa), sub(pc, pa));
  if (dot(n, outward) >= 0) indices.push(a, b, c);
  else indices.push(a, c, b);
}
