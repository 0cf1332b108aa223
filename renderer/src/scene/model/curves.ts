import type { Vec3 } from '../../../../shared/anatomy';

/** Catmull-Rom interpolation and arc-length resampling of guide curves (pure, allocation-light). */

export type Point = [number, number, number];

function catmull(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number, out: Point): Point {
  const t2 = t * t;
  const t3 = t2 * t;
  for (let k = 0; k < 3; k++) {
    const a = p0[k]!;
    const b = p1[k]!;
    const c = p2[k]!;
    const d = p3[k]!;
    out[k] = 0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
  }
  return out;
}

/** A dense polyline through the control points; the ends are extrapolated so the curve reaches them. */
export function densify(points: readonly Vec3[], perSegment = 8, closed = false): Point[] {
  const n = points.length;
  if (n === 0) return [];
  if (n === 1) return [[...points[0]!] as Point];
  const at = (i: number): Vec3 => {
    if (closed) return points[((i % n) + n) % n]!;
    if (i < 0) {
      const [a, b] = [points[0]!, points[1]!];
      return [2 * a[0] - b[0], 2 * a[1] - b[1], 2 * a[2] - b[2]];
    }
    if (i >= n) {
      const [a, b] = [points[n - 1]!, points[n - 2]!];
      return [2 * a[0] - b[0], 2 * a[1] - b[1], 2 * a[2] - b[2]];
    }
    return points[i]!;
  };
  const segments = closed ? n : n - 1;
  const out: Point[] = [];
  for (let i = 0; i < segments; i++) {
    for (let s = 0; s < perSegment; s++) {
      out.push(catmull(at(i - 1), at(i), at(i + 1), at(i + 2), s / perSegment, [0, 0, 0]));
    }
  }
  out.push(closed ? ([...points[0]!] as Point) : ([...points[n - 1]!] as Point));
  return out;
}

export function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export function polylineLength(points: readonly Vec3[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += distance(points[i - 1]!, points[i]!);
  return length;
}

/** `count` points evenly spaced by arc length along a polyline (count >= 2). */
export function resample(points: readonly Vec3[], count: number): Point[] {
  const cumulative = [0];
  for (let i = 1; i < points.length; i++)
    cumulative.push(cumulative[i - 1]! + distance(points[i - 1]!, points[i]!));
  const total = cumulative[cumulative.length - 1]!;
  const out: Point[] = [];
  let seg = 1;
  for (let k = 0; k < count; k++) {
    const target = (total * k) / (count - 1);
    while (seg < points.length - 1 && cumulative[seg]! < target) seg++;
    const a = points[seg - 1]!;
    const b = points[seg]!;
    const span = cumulative[seg]! - cumulative[seg - 1]!;
    const t = span > 1e-9 ? Math.min(1, Math.max(0, (target - cumulative[seg - 1]!) / span)) : 0;
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
  }
  return out;
}

/** Smooth curve through the control points, resampled evenly. */
export function smoothCurve(points: readonly Vec3[], count: number, closed = false): Point[] {
  return resample(densify(points, 8, closed), count);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = clamp((x - edge0) / (edge1 - edge0), 0, 1);
  return t * t * (3 - 2 * t);
}
