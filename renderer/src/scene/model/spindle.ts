import type { SpindleShape } from '../../../../shared/anatomy';
import { clamp, densify, polylineLength, smoothCurve, type Point } from './curves';
import { addVertex, computeNormals, emptyMesh, type MeshData } from './meshData';
import { sampleProfile } from './thickness';
import { add, anyPerpendicular, cross, dot, emitTriangle, normalize, perpendicular, sub } from './vector';
import { LAYER_GAP, outwardAt, pushOut, type WrapContext } from './wrap';

/**
 * A single-path muscle: a tube lofted along its Catmull-Rom centreline with a flattened
 * super-ellipse cross-section. Thickness is measured along the outward direction (so a flat muscle
 * lies flat on what it covers) and width across it.
 */
export interface Capsule {
  a: Point;
  b: Point;
  ra: number;
  rb: number;
}

export interface BuiltPart {
  mesh: MeshData;
  capsules: Capsule[];
}

const SEGMENTS = 10;
/** Super-ellipse exponent: 2 is an ellipse; larger is boxier, which reads as a flat muscle belly. */
const SQUARENESS = 2.6;
const STRIPE_SPACING = 0.75;

function tangents(c: readonly Point[]): Point[] {
  return c.map((_, k) => normalize(sub(c[Math.min(k + 1, c.length - 1)]!, c[Math.max(k - 1, 0)]!)));
}

function frames(ctx: WrapContext | null, centres: readonly Point[], t: readonly Point[]): Point[] {
  let normals = centres.map((p, k) => {
    const out = ctx ? outwardAt(ctx, p) : anyPerpendicular(t[k]!);
    return perpendicular(out, t[k]!, anyPerpendicular(t[k]!));
  });
  for (let pass = 0; pass < 3; pass++) {
    normals = normals.map((n, k) => {
      const prev = normals[Math.max(k - 1, 0)]!;
      const next = normals[Math.min(k + 1, normals.length - 1)]!;
      return perpendicular(add(add(n, prev, 0.5), next, 0.5), t[k]!, n);
    });
  }
  return normals;
}

function superEllipse(angle: number): [number, number] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const e = 2 / SQUARENESS;
  return [Math.sign(c) * Math.pow(Math.abs(c), e), Math.sign(s) * Math.pow(Math.abs(s), e)];
}

export function buildSpindle(shape: SpindleShape, ctx: WrapContext | null): BuiltPart {
  const length = polylineLength(densify(shape.path));
  const rings = clamp(Math.round(length / 1.4) + 1, 7, 30);
  const centres = smoothCurve(shape.path, rings);
  const tendonThickness = clamp(shape.thickness.belly * 0.22, 0.18, 0.55);
  const tendonWidth = Math.min(shape.width * 0.35, 1.1);
  const sections = centres.map((_, k) => {
    const v = k / (rings - 1);
    const p = sampleProfile(shape.thickness, 0.5, v, tendonThickness);
    const width = Math.max(tendonWidth + (shape.width - tendonWidth) * Math.pow(p.belly, 0.8), p.thickness);
    return { v, thickness: p.thickness, width, tendon: p.tendon };
  });

  let t = tangents(centres);
  let n = frames(ctx, centres, t);
  // the ring's own frame must not flip sign between rings (that would twist the tube inside out);
  // its cross-section is symmetric, so following the previous ring's sense changes nothing else
  const continuous = (normals: Point[]): Point[] => {
    const out: Point[] = [];
    normals.forEach((v, k) => {
      const prev = out[k - 1];
      out.push(prev && dot(v, prev) < 0 ? [-v[0], -v[1], -v[2]] : v);
    });
    return out;
  };
  if (ctx) {
    for (let round = 0; round < 2; round++) {
      centres.forEach((c, k) => pushOut(ctx, c, n[k]!, sections[k]!.thickness / 2 + LAYER_GAP));
      const smoothed = centres.map((c, k) => {
        if (k === 0 || k === centres.length - 1) return c;
        const a = centres[k - 1]!,
          b = centres[k + 1]!;
        return [
          0.5 * c[0] + 0.25 * (a[0] + b[0]),
          0.5 * c[1] + 0.25 * (a[1] + b[1]),
          0.5 * c[2] + 0.25 * (a[2] + b[2]),
        ] as Point;
      });
      smoothed.forEach((c, k) => (centres[k] = c));
    }
    centres.forEach((c, k) => pushOut(ctx, c, n[k]!, sections[k]!.thickness / 2 + LAYER_GAP));
    t = tangents(centres);
    n = frames(ctx, centres, t);
  }

  const frame = continuous(n);
  const mesh = emptyMesh();
  const maxWidth = Math.max(...sections.map((s) => s.width));
  const maxThickness = Math.max(...sections.map((s) => s.thickness));
  const stripes = Math.max(4, Math.round((2 * maxWidth + 2 * maxThickness) / STRIPE_SPACING));
  const ringStart: number[] = [];
  centres.forEach((c, k) => {
    const binormal = normalize(cross(t[k]!, frame[k]!));
    const s = sections[k]!;
    ringStart.push(mesh.positions.length / 3);
    for (let j = 0; j <= SEGMENTS; j++) {
      const u = j / SEGMENTS;
      const [cn, cb] = superEllipse(2 * Math.PI * u);
      const p = add(add(c, frame[k]!, cn * s.thickness * 0.5), binormal, cb * s.width * 0.5);
      addVertex(mesh, p[0], p[1], p[2], u, s.v, u * stripes, s.tendon);
    }
  });
  for (let k = 0; k < rings - 1; k++) {
    for (let j = 0; j < SEGMENTS; j++) {
      const a = ringStart[k]! + j,
        b = ringStart[k]! + j + 1;
      const c = ringStart[k + 1]! + j + 1,
        d = ringStart[k + 1]! + j;
      const mid: Point = [
        (mesh.positions[a * 3]! + mesh.positions[c * 3]!) / 2,
        (mesh.positions[a * 3 + 1]! + mesh.positions[c * 3 + 1]!) / 2,
        (mesh.positions[a * 3 + 2]! + mesh.positions[c * 3 + 2]!) / 2,
      ];
      const axis = add(centres[k]!, centres[k + 1]!);
      const outward = sub(mid, [axis[0] / 2, axis[1] / 2, axis[2] / 2]);
      emitTriangle(mesh.indices, mesh.positions, a, b, c, outward);
      emitTriangle(mesh.indices, mesh.positions, a, c, d, outward);
    }
  }
  // close both ends on a tip just beyond the last ring so tendons end in a point, not a hole
  for (const [k, direction] of [
    [0, -1],
    [rings - 1, 1],
  ] as const) {
    const tip = add(centres[k]!, t[k]!, direction * Math.min(0.3, sections[k]!.thickness * 0.5));
    const tipIndex = addVertex(
      mesh,
      tip[0],
      tip[1],
      tip[2],
      0.5,
      sections[k]!.v,
      0.5 * stripes,
      sections[k]!.tendon,
    );
    const outward: Point = [t[k]![0] * direction, t[k]![1] * direction, t[k]![2] * direction];
    for (let j = 0; j < SEGMENTS; j++) {
      emitTriangle(mesh.indices, mesh.positions, ringStart[k]! + j, ringStart[k]! + j + 1, tipIndex, outward);
    }
  }
  computeNormals(mesh, true);

  const capsules: Capsule[] = [];
  for (let k = 0; k < rings - 1; k++) {
    const s0 = sections[k]!,
      s1 = sections[k + 1]!;
    const r0 = s0.thickness / 2,
      r1 = s1.thickness / 2;
    capsules.push({ a: centres[k]!, b: centres[k + 1]!, ra: r0, rb: r1 });
    const bin0 = normalize(cross(t[k]!, frame[k]!));
    const off0 = Math.max(0, s0.width / 2 - r0),
      off1 = Math.max(0, s1.width / 2 - r1);
    if (off0 > 0.2 || off1 > 0.2) {
      for (const sign of [-1, 1]) {
        capsules.push({
          a: add(centres[k]!, bin0, sign * off0),
          b: add(centres[k + 1]!, bin0, sign * off1),
          ra: r0,
          rb: r1,
        });
      }
    }
  }
  return { mesh, capsules };
}
