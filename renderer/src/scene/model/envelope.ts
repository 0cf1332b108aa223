import type { EnvelopeInput } from './buildStructures';
import { capsuleDistance, ellipsoidDistance, type FieldSample } from './supportField';

/**
 * The superficial fascia as an implicit surface: a smooth union (polynomial smooth-min between
 * the two nearest structures) of every muscle and bone, inflated a little, meshed once with
 * surface nets and relaxed with Taubin smoothing (which, unlike plain Laplacian smoothing, does
 * not shrink the body). Watertight, and it follows the muscle relief. Takes about a second, so
 * the app runs it in a worker.
 */
export interface EnvelopeMesh {
  positions: Float32Array;
  normals: Float32Array;
  uvs: Float32Array;
  indices: Uint32Array;
}

export interface EnvelopeOptions {
  /** Voxel edge, cm. */
  voxel: number;
  /** Smooth-min blending radius, cm. */
  blend: number;
  smoothingPasses: number;
}

export const DEFAULT_ENVELOPE_OPTIONS: EnvelopeOptions = { voxel: 1.2, blend: 1.6, smoothingPasses: 6 };

interface Grid {
  nx: number;
  ny: number;
  nz: number;
  ox: number;
  oy: number;
  oz: number;
  h: number;
}

function bounds(input: EnvelopeInput, margin: number): [number, number, number, number, number, number] {
  const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  const grow = (x: number, y: number, z: number, r: number) => {
    b[0] = Math.min(b[0]!, x - r);
    b[1] = Math.min(b[1]!, y - r);
    b[2] = Math.min(b[2]!, z - r);
    b[3] = Math.max(b[3]!, x + r);
    b[4] = Math.max(b[4]!, y + r);
    b[5] = Math.max(b[5]!, z + r);
  };
  const c = input.capsules;
  for (let o = 0; o < c.length; o += 8) {
    const r = Math.max(c[o + 6]!, c[o + 7]!) + margin;
    grow(c[o]!, c[o + 1]!, c[o + 2]!, r);
    grow(c[o + 3]!, c[o + 4]!, c[o + 5]!, r);
  }
  const e = input.ellipsoids;
  for (let o = 0; o < e.length; o += 15)
    grow(e[o]!, e[o + 1]!, e[o + 2]!, Math.max(e[o + 3]!, e[o + 4]!, e[o + 5]!) + margin);
  return b as [number, number, number, number, number, number];
}

/** Signed field on the voxel corners: negative inside the body. */
function sampleField(input: EnvelopeInput, grid: Grid, band: number, blend: number): Float32Array {
  const { nx, ny, nz, ox, oy, oz, h } = grid;
  const count = nx * ny * nz;
  const min1 = new Float32Array(count).fill(1e9);
  const min2 = new Float32Array(count).fill(1e9);
  const owner = new Int32Array(count).fill(-1);
  const s: FieldSample = { distance: 0, nx: 0, ny: 0, nz: 0 };

  const splat = (
    x0: number,
    y0: number,
    z0: number,
    x1: number,
    y1: number,
    z1: number,
    id: number,
    measure: (x: number, y: number, z: number) => number,
  ) => {
    const i0 = Math.max(0, Math.floor((x0 - band - ox) / h)),
      i1 = Math.min(nx - 1, Math.ceil((x1 + band - ox) / h));
    const j0 = Math.max(0, Math.floor((y0 - band - oy) / h)),
      j1 = Math.min(ny - 1, Math.ceil((y1 + band - oy) / h));
    const k0 = Math.max(0, Math.floor((z0 - band - oz) / h)),
      k1 = Math.min(nz - 1, Math.ceil((z1 + band - oz) / h));
    for (let k = k0; k <= k1; k++) {
      const z = oz + k * h;
      for (let j = j0; j <= j1; j++) {
        const y = oy + j * h;
        let v = (k * ny + j) * nx + i0;
        for (let i = i0; i <= i1; i++, v++) {
          const d = measure(ox + i * h, y, z);
          if (d > band) continue;
          if (owner[v] === id) {
            if (d < min1[v]!) min1[v] = d;
          } else if (d < min1[v]!) {
            min2[v] = min1[v]!;
            min1[v] = d;
            owner[v] = id;
          } else if (d < min2[v]!) {
            min2[v] = d;
          }
        }
      }
    }
  };

  const c = input.capsules;
  for (let o = 0, p = 0; o < c.length; o += 8, p++) {
    const r = Math.max(c[o + 6]!, c[o + 7]!);
    splat(
      Math.min(c[o]!, c[o + 3]!) - r,
      Math.min(c[o + 1]!, c[o + 4]!) - r,
      Math.min(c[o + 2]!, c[o + 5]!) - r,
      Math.max(c[o]!, c[o + 3]!) + r,
      Math.max(c[o + 1]!, c[o + 4]!) + r,
      Math.max(c[o + 2]!, c[o + 5]!) + r,
      input.capsuleOwners[p]!,
      (x, y, z) => (capsuleDistance(c, o, x, y, z, s), s.distance),
    );
  }
  const e = input.ellipsoids;
  for (let o = 0, p = 0; o < e.length; o += 15, p++) {
    const r = Math.max(e[o + 3]!, e[o + 4]!, e[o + 5]!);
    splat(
      e[o]! - r,
      e[o + 1]! - r,
      e[o + 2]! - r,
      e[o]! + r,
      e[o + 1]! + r,
      e[o + 2]! + r,
      input.ellipsoidOwners[p]!,
      (x, y, z) => (ellipsoidDistance(e, o, x, y, z, s), s.distance),
    );
  }

  const field = new Float32Array(count);
  for (let v = 0; v < count; v++) {
    const a = min1[v]!,
      b = min2[v]!;
    const k = Math.max(blend - Math.abs(a - b), 0) / blend;
    field[v] = Math.min(a, b) - k * k * blend * 0.25 - input.inflate;
  }
  return field;
}

/** Naive surface nets: one vertex per sign-changing cell, one quad per sign-changing edge. */
function surfaceNets(field: Float32Array, grid: Grid): { positions: number[]; indices: number[] } {
  const { nx, ny, nz, ox, oy, oz, h } = grid;
  const cellVertex = new Int32Array(nx * ny * nz).fill(-1);
  const positions: number[] = [];
  const at = (i: number, j: number, k: number) => field[(k * ny + j) * nx + i]!;
  const corners = [
    [0, 0, 0],
    [1, 0, 0],
    [0, 1, 0],
    [1, 1, 0],
    [0, 0, 1],
    [1, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ] as const;
  const edges = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const;
  const values = new Float64Array(8);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const [di, dj, dk] = corners[c]!;
          values[c] = at(i + di, j + dj, k + dk);
          if (values[c]! < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0,
          sy = 0,
          sz = 0,
          n = 0;
        for (const [a, b] of edges) {
          const va = values[a]!,
            vb = values[b]!;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const [ai, aj, ak] = corners[a]!;
          const [bi, bj, bk] = corners[b]!;
          sx += ai + (bi - ai) * t;
          sy += aj + (bj - aj) * t;
          sz += ak + (bk - ak) * t;
          n++;
        }
        cellVertex[(k * ny + j) * nx + i] = positions.length / 3;
        positions.push(ox + (i + sx / n) * h, oy + (j + sy / n) * h, oz + (k + sz / n) * h);
      }
    }
  }
  const indices: number[] = [];
  const cell = (i: number, j: number, k: number) => cellVertex[(k * ny + j) * nx + i]!;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) indices.push(a, c, b, a, d, c);
    else indices.push(a, b, c, a, c, d);
  };
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const inside = at(i, j, k) < 0;
        if (inside !== at(i + 1, j, k) < 0)
          quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), inside);
        if (inside !== at(i, j + 1, k) < 0)
          quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), inside);
        if (inside !== at(i, j, k + 1) < 0)
          quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), inside);
      }
    }
  }
  return { positions, indices };
}

/**
 * Keeps only the largest connected piece of the surface. The smooth union leaves closed pockets
 * inside the body (within the rib cage, the pelvis, the skull) that surface nets faithfully mesh;
 * they are not skin, cost triangles and would double-count area.
 */
function outerShell(mesh: { positions: number[]; indices: number[] }): {
  positions: number[];
  indices: number[];
} {
  const count = mesh.positions.length / 3;
  const parent = new Int32Array(count).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const { indices } = mesh;
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(indices[t]!);
    parent[find(indices[t + 1]!)] = a;
    parent[find(indices[t + 2]!)] = a;
  }
  const size = new Map<number, number>();
  for (let t = 0; t < indices.length; t += 3) {
    const root = find(indices[t]!);
    size.set(root, (size.get(root) ?? 0) + 1);
  }
  let largest = -1;
  let best = 0;
  size.forEach((n, root) => {
    if (n > best) [best, largest] = [n, root];
  });
  const remap = new Int32Array(count).fill(-1);
  const positions: number[] = [];
  const kept: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    if (find(indices[t]!) !== largest) continue;
    for (let c = 0; c < 3; c++) {
      const v = indices[t + c]!;
      if (remap[v] === -1) {
        remap[v] = positions.length / 3;
        positions.push(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!);
      }
      kept.push(remap[v]!);
    }
  }
  return { positions, indices: kept };
}

/** Taubin lambda/mu smoothing on the mesh's own edge graph. */
function taubin(positions: number[], indices: number[], passes: number): Float32Array {
  const count = positions.length / 3;
  const neighbours: Set<number>[] = Array.from({ length: count }, () => new Set<number>());
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!,
      b = indices[t + 1]!,
      c = indices[t + 2]!;
    neighbours[a]!.add(b).add(c);
    neighbours[b]!.add(a).add(c);
    neighbours[c]!.add(a).add(b);
  }
  const offsets = new Int32Array(count + 1);
  neighbours.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n.size));
  const flat = new Int32Array(offsets[count]!);
  neighbours.forEach((n, i) => {
    let o = offsets[i]!;
    for (const m of n) flat[o++] = m;
  });
  let p = Float32Array.from(positions);
  let next = new Float32Array(p.length);
  const step = (factor: number) => {
    for (let i = 0; i < count; i++) {
      const o0 = offsets[i]!,
        o1 = offsets[i + 1]!;
      const n = o1 - o0;
      for (let a = 0; a < 3; a++) {
        let sum = 0;
        for (let o = o0; o < o1; o++) sum += p[flat[o]! * 3 + a]!;
        const own = p[i * 3 + a]!;
        next[i * 3 + a] = n > 0 ? own + factor * (sum / n - own) : own;
      }
    }
    [p, next] = [next, p];
  };
  for (let pass = 0; pass < passes; pass++) {
    step(0.5);
    step(-0.53);
  }
  return p;
}

/** Quads were emitted by the inside/outside sense of each edge; make sure that sense is outward. */
function orientOutward(p: Float32Array, indices: Uint32Array): void {
  let volume = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3;
    volume +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  if (volume >= 0) return;
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!;
    indices[t + 1] = indices[t + 2]!;
    indices[t + 2] = b;
  }
}

function vertexNormals(p: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(p.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3;
    const ux = p[b]! - p[a]!,
      uy = p[b + 1]! - p[a + 1]!,
      uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!,
      vy = p[c + 1]! - p[a + 1]!,
      vz = p[c + 2]! - p[a + 2]!;
    const fx = uy * vz - uz * vy,
      fy = uz * vx - ux * vz,
      fz = ux * vy - uy * vx;
    for (const o of [a, b, c]) {
      n[o] = n[o]! + fx;
      n[o + 1] = n[o + 1]! + fy;
      n[o + 2] = n[o + 2]! + fz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i] = n[i]! / l;
    n[i + 1] = n[i + 1]! / l;
    n[i + 2] = n[i + 2]! / l;
  }
  return n;
}

export function buildEnvelope(
  input: EnvelopeInput,
  options: EnvelopeOptions = DEFAULT_ENVELOPE_OPTIONS,
): EnvelopeMesh {
  const band = options.blend + input.inflate + 2 * options.voxel;
  const [x0, y0, z0, x1, y1, z1] = bounds(input, band);
  const h = options.voxel;
  const grid: Grid = {
    nx: Math.ceil((x1 - x0) / h) + 1,
    ny: Math.ceil((y1 - y0) / h) + 1,
    nz: Math.ceil((z1 - z0) / h) + 1,
    ox: x0,
    oy: y0,
    oz: z0,
    h,
  };
  const field = sampleField(input, grid, band, options.blend);
  const nets = outerShell(surfaceNets(field, grid));
  const positions = taubin(nets.positions, nets.indices, options.smoothingPasses);
  const indices = Uint32Array.from(nets.indices);
  orientOutward(positions, indices);
  const normals = vertexNormals(positions, indices);
  // a cylindrical (u, v): round the body and up it, enough to anchor a fascia mark
  const uvs = new Float32Array((positions.length / 3) * 2);
  for (let i = 0; i < positions.length / 3; i++) {
    uvs[i * 2] = Math.atan2(positions[i * 3]!, positions[i * 3 + 2]!) / (2 * Math.PI) + 0.5;
    uvs[i * 2 + 1] = positions[i * 3 + 1]! / 172;
  }
  return { positions, normals, uvs, indices };
}
