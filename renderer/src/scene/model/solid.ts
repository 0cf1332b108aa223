import type { Ellipsoid, SolidShape, Tube } from '../../../../shared/anatomy';
import { densify, type Point } from './curves';
import { addVertex, computeNormals, emptyMesh, type MeshData } from './meshData';
import type { Capsule } from './spindle';
import { tiltAxes } from './supportField';
import { add, anyPerpendicular, cross, emitTriangle, normalize, perpendicular, sub } from './vector';

/** Bones (and eyes, ears): tubes with rounded ends and true ellipsoids. */
const TUBE_SEGMENTS = 8;

export interface SolidEllipsoid {
  center: Point;
  radii: Point;
  axes: number[];
}

export interface BuiltSolid {
  mesh: MeshData;
  capsules: Capsule[];
  ellipsoids: SolidEllipsoid[];
}

function radiusAt(tube: Tube, controlPosition: number): number {
  if (typeof tube.radius === 'number') return tube.radius;
  const r = tube.radius;
  const i = Math.min(Math.floor(controlPosition), r.length - 2);
  const t = controlPosition - i;
  return r[Math.max(i, 0)]! * (1 - t) + r[Math.min(i + 1, r.length - 1)]! * t;
}

function addTube(mesh: MeshData, tube: Tube, capsules: Capsule[]): void {
  const perSegment = 3;
  const centres = densify(tube.path, perSegment);
  const radii = centres.map((_, j) => radiusAt(tube, j / perSegment));
  const t = centres.map((_, k) =>
    normalize(sub(centres[Math.min(k + 1, centres.length - 1)]!, centres[Math.max(k - 1, 0)]!)),
  );
  // parallel-transported frame so the tube does not twist
  let n = anyPerpendicular(t[0]!);
  const rings: { c: Point; r: number; n: Point; t: Point }[] = [];
  const first = t[0]!,
    last = t[t.length - 1]!;
  const r0 = radii[0]!,
    rl = radii[radii.length - 1]!;
  // rounded caps: two shrinking rings beyond each end
  rings.push({ c: add(centres[0]!, first, -r0 * 0.92), r: r0 * 0.4, n, t: first });
  rings.push({ c: add(centres[0]!, first, -r0 * 0.6), r: r0 * 0.8, n, t: first });
  centres.forEach((c, k) => {
    n = perpendicular(n, t[k]!, anyPerpendicular(t[k]!));
    rings.push({ c, r: radii[k]!, n, t: t[k]! });
  });
  rings.push({ c: add(centres[centres.length - 1]!, last, rl * 0.6), r: rl * 0.8, n, t: last });
  rings.push({ c: add(centres[centres.length - 1]!, last, rl * 0.92), r: rl * 0.4, n, t: last });

  const start = mesh.positions.length / 3;
  rings.forEach((ring, k) => {
    const b = normalize(cross(ring.t, ring.n));
    for (let j = 0; j <= TUBE_SEGMENTS; j++) {
      const a = (2 * Math.PI * j) / TUBE_SEGMENTS;
      const p = add(add(ring.c, ring.n, Math.cos(a) * ring.r), b, Math.sin(a) * ring.r);
      addVertex(mesh, p[0], p[1], p[2], j / TUBE_SEGMENTS, k / (rings.length - 1), 0, 0);
    }
  });
  const stride = TUBE_SEGMENTS + 1;
  for (let k = 0; k < rings.length - 1; k++) {
    for (let j = 0; j < TUBE_SEGMENTS; j++) {
      const a = start + k * stride + j,
        b = a + 1,
        c = a + stride + 1,
        d = a + stride;
      const mid: Point = [
        (mesh.positions[a * 3]! + mesh.positions[c * 3]!) / 2,
        (mesh.positions[a * 3 + 1]! + mesh.positions[c * 3 + 1]!) / 2,
        (mesh.positions[a * 3 + 2]! + mesh.positions[c * 3 + 2]!) / 2,
      ];
      const axis = add(rings[k]!.c, rings[k + 1]!.c);
      const outward = sub(mid, [axis[0] / 2, axis[1] / 2, axis[2] / 2]);
      emitTriangle(mesh.indices, mesh.positions, a, b, c, outward);
      emitTriangle(mesh.indices, mesh.positions, a, c, d, outward);
    }
  }
  for (const [k, dir] of [
    [0, -1],
    [rings.length - 1, 1],
  ] as const) {
    const ring = rings[k]!;
    const tip = add(ring.c, ring.t, dir * ring.r * 0.9);
    const tipIndex = addVertex(mesh, tip[0], tip[1], tip[2], 0.5, k === 0 ? 0 : 1, 0, 0);
    const outward: Point = [ring.t[0] * dir, ring.t[1] * dir, ring.t[2] * dir];
    for (let j = 0; j < TUBE_SEGMENTS; j++) {
      emitTriangle(
        mesh.indices,
        mesh.positions,
        start + k * stride + j,
        start + k * stride + j + 1,
        tipIndex,
        outward,
      );
    }
  }
  for (let k = 0; k < centres.length - 1; k++) {
    capsules.push({ a: centres[k]!, b: centres[k + 1]!, ra: radii[k]!, rb: radii[k + 1]! });
  }
}

function addEllipsoid(mesh: MeshData, e: Ellipsoid, ellipsoids: SolidEllipsoid[]): void {
  const axes = tiltAxes(e.tilt);
  const [rx, ry, rz] = e.radii;
  const c = e.center;
  // resolution follows size: a cranium needs more rings than an ear lobe
  const LAT = Math.min(14, Math.max(6, Math.round(Math.max(rx, ry, rz) * 2)));
  const LON = LAT * 2;
  const start = mesh.positions.length / 3;
  for (let i = 0; i <= LAT; i++) {
    const theta = (Math.PI * i) / LAT;
    for (let j = 0; j <= LON; j++) {
      const phi = (2 * Math.PI * j) / LON;
      const lx = rx * Math.sin(theta) * Math.cos(phi);
      const ly = ry * Math.cos(theta);
      const lz = rz * Math.sin(theta) * Math.sin(phi);
      addVertex(
        mesh,
        c[0] + lx * axes[0]! + ly * axes[3]! + lz * axes[6]!,
        c[1] + lx * axes[1]! + ly * axes[4]! + lz * axes[7]!,
        c[2] + lx * axes[2]! + ly * axes[5]! + lz * axes[8]!,
        j / LON,
        i / LAT,
        0,
        0,
      );
    }
  }
  const stride = LON + 1;
  for (let i = 0; i < LAT; i++) {
    for (let j = 0; j < LON; j++) {
      const a = start + i * stride + j,
        b = a + 1,
        cc = a + stride + 1,
        d = a + stride;
      const centroid: Point = [
        (mesh.positions[a * 3]! + mesh.positions[cc * 3]!) / 2 - c[0],
        (mesh.positions[a * 3 + 1]! + mesh.positions[cc * 3 + 1]!) / 2 - c[1],
        (mesh.positions[a * 3 + 2]! + mesh.positions[cc * 3 + 2]!) / 2 - c[2],
      ];
      if (i > 0) emitTriangle(mesh.indices, mesh.positions, a, b, cc, centroid);
      if (i < LAT - 1) emitTriangle(mesh.indices, mesh.positions, a, cc, d, centroid);
    }
  }
  ellipsoids.push({ center: [...c], radii: [rx, ry, rz], axes });
}

export function buildSolid(shape: SolidShape): BuiltSolid {
  const mesh = emptyMesh();
  const capsules: Capsule[] = [];
  const ellipsoids: SolidEllipsoid[] = [];
  shape.tubes.forEach((tube) => addTube(mesh, tube, capsules));
  shape.blobs.forEach((blob) => addEllipsoid(mesh, blob, ellipsoids));
  computeNormals(mesh, true);
  return { mesh, capsules, ellipsoids };
}
