import type { Vec3 } from '../../../../shared/anatomy';

/**
 * The signed-distance "support" that each new layer is wrapped over: the bones and every muscle
 * already built, as tapered capsules and ellipsoids in a uniform hash grid. A query answers the
 * distance to the nearest primitive and the direction away from it, which is all the wrapping
 * step needs. Distances beyond `reach` are not meaningful (queries there report `far`).
 */
export interface SupportField {
  readonly cell: number;
  readonly reach: number;
  /** ax ay az bx by bz ra rb per capsule. */
  readonly capsules: number[];
  /** cx cy cz rx ry rz, then the 3x3 rotation (columns = local axes in body space), per ellipsoid. */
  readonly ellipsoids: number[];
  /** Structure index owning each capsule / ellipsoid (for the envelope's smooth union). */
  readonly capsuleOwner: number[];
  readonly ellipsoidOwner: number[];
  readonly grid: Map<number, number[]>;
}

export interface FieldSample {
  distance: number;
  nx: number;
  ny: number;
  nz: number;
}

export const FAR = 1e6;

export function createSupportField(cell: number, reach: number): SupportField {
  return { cell, reach, capsules: [], ellipsoids: [], capsuleOwner: [], ellipsoidOwner: [], grid: new Map() };
}

function key(ix: number, iy: number, iz: number): number {
  return ((ix + 1024) * 2048 + (iy + 1024)) * 2048 + (iz + 1024);
}

function insert(field: SupportField, entry: number, min: Vec3, max: Vec3): void {
  const { cell, reach } = field;
  const x0 = Math.floor((min[0] - reach) / cell);
  const y0 = Math.floor((min[1] - reach) / cell);
  const z0 = Math.floor((min[2] - reach) / cell);
  const x1 = Math.floor((max[0] + reach) / cell);
  const y1 = Math.floor((max[1] + reach) / cell);
  const z1 = Math.floor((max[2] + reach) / cell);
  for (let ix = x0; ix <= x1; ix++) {
    for (let iy = y0; iy <= y1; iy++) {
      for (let iz = z0; iz <= z1; iz++) {
        const k = key(ix, iy, iz);
        const list = field.grid.get(k);
        if (list) list.push(entry);
        else field.grid.set(k, [entry]);
      }
    }
  }
}

export function addCapsule(
  field: SupportField,
  a: Vec3,
  b: Vec3,
  ra: number,
  rb: number,
  owner: number,
): void {
  const index = field.capsules.length / 8;
  field.capsules.push(a[0], a[1], a[2], b[0], b[1], b[2], ra, rb);
  field.capsuleOwner.push(owner);
  const r = Math.max(ra, rb);
  insert(
    field,
    index * 2,
    [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
    [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
  );
}

/** `axes` holds the ellipsoid's three unit axes in body space (column-major 3x3). */
export function addEllipsoid(
  field: SupportField,
  center: Vec3,
  radii: Vec3,
  axes: readonly number[],
  owner: number,
): void {
  const index = field.ellipsoids.length / 15;
  field.ellipsoids.push(center[0], center[1], center[2], radii[0], radii[1], radii[2], ...axes);
  field.ellipsoidOwner.push(owner);
  const r = Math.max(radii[0], radii[1], radii[2]);
  insert(
    field,
    index * 2 + 1,
    [center[0] - r, center[1] - r, center[2] - r],
    [center[0] + r, center[1] + r, center[2] + r],
  );
}

/** Distance from p to capsule i, with the unit direction away from it written into `out`. */
export function capsuleDistance(
  c: ArrayLike<number>,
  o: number,
  px: number,
  py: number,
  pz: number,
  out: FieldSample,
): void {
  const ax = c[o]!,
    ay = c[o + 1]!,
    az = c[o + 2]!;
  const bx = c[o + 3]! - ax,
    by = c[o + 4]! - ay,
    bz = c[o + 5]! - az;
  const len2 = bx * bx + by * by + bz * bz;
  let t = len2 > 1e-12 ? ((px - ax) * bx + (py - ay) * by + (pz - az) * bz) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const dx = px - (ax + bx * t),
    dy = py - (ay + by * t),
    dz = pz - (az + bz * t);
  const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const r = c[o + 6]! + (c[o + 7]! - c[o + 6]!) * t;
  out.distance = d - r;
  if (d > 1e-9) {
    out.nx = dx / d;
    out.ny = dy / d;
    out.nz = dz / d;
  } else {
    out.nx = 0;
    out.ny = 1;
    out.nz = 0;
  }
}

/** Approximate (bound) distance to ellipsoid i and the outward normal direction. */
export function ellipsoidDistance(
  e: ArrayLike<number>,
  o: number,
  px: number,
  py: number,
  pz: number,
  out: FieldSample,
): void {
  const dx = px - e[o]!,
    dy = py - e[o + 1]!,
    dz = pz - e[o + 2]!;
  const rx = e[o + 3]!,
    ry = e[o + 4]!,
    rz = e[o + 5]!;
  // local coordinates: project onto the three axes
  const lx = dx * e[o + 6]! + dy * e[o + 7]! + dz * e[o + 8]!;
  const ly = dx * e[o + 9]! + dy * e[o + 10]! + dz * e[o + 11]!;
  const lz = dx * e[o + 12]! + dy * e[o + 13]! + dz * e[o + 14]!;
  const k0 = Math.hypot(lx / rx, ly / ry, lz / rz);
  const gx = lx / (rx * rx),
    gy = ly / (ry * ry),
    gz = lz / (rz * rz);
  const k1 = Math.hypot(gx, gy, gz);
  if (k1 < 1e-9) {
    out.distance = -Math.min(rx, ry, rz);
    out.nx = 0;
    out.ny = 1;
    out.nz = 0;
    return;
  }
  out.distance = (k0 * (k0 - 1)) / k1;
  const wx = gx * e[o + 6]! + gy * e[o + 9]! + gz * e[o + 12]!;
  const wy = gx * e[o + 7]! + gy * e[o + 10]! + gz * e[o + 13]!;
  const wz = gx * e[o + 8]! + gy * e[o + 11]! + gz * e[o + 14]!;
  const wl = Math.hypot(wx, wy, wz);
  out.nx = wx / wl;
  out.ny = wy / wl;
  out.nz = wz / wl;
}

const scratch: FieldSample = { distance: 0, nx: 0, ny: 0, nz: 0 };

/** Nearest-primitive distance and direction at p. */
export function sampleField(
  field: SupportField,
  px: number,
  py: number,
  pz: number,
  out: FieldSample,
): FieldSample {
  out.distance = FAR;
  out.nx = 0;
  out.ny = 0;
  out.nz = 0;
  const list = field.grid.get(
    key(Math.floor(px / field.cell), Math.floor(py / field.cell), Math.floor(pz / field.cell)),
  );
  if (!list) return out;
  for (const entry of list) {
    const index = entry >> 1;
    if ((entry & 1) === 0) capsuleDistance(field.capsules, index * 8, px, py, pz, scratch);
    else ellipsoidDistance(field.ellipsoids, index * 15, px, py, pz, scratch);
    if (scratch.distance < out.distance) {
      out.distance = scratch.distance;
      out.nx = scratch.nx;
      out.ny = scratch.ny;
      out.nz = scratch.nz;
    }
  }
  return out;
}

/** Rotation matrix columns for an atlas tilt in degrees (x, then y, then z). */
export function tiltAxes(tilt: Vec3 | undefined): number[] {
  if (!tilt) return [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const [ax, ay, az] = tilt.map((d) => (d * Math.PI) / 180) as [number, number, number];
  const cx = Math.cos(ax),
    sx = Math.sin(ax);
  const cy = Math.cos(ay),
    sy = Math.sin(ay);
  const cz = Math.cos(az),
    sz = Math.sin(az);
  // R = Rz * Ry * Rx; columns are the images of the unit axes
  const m = [
    [cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx],
    [sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx],
    [-sy, cy * sx, cy * cx],
  ];
  return [m[0]![0]!, m[1]![0]!, m[2]![0]!, m[0]![1]!, m[1]![1]!, m[2]![1]!, m[0]![2]!, m[1]![2]!, m[2]![2]!];
}
