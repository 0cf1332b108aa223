import type { EnvelopeInput } from './buildStructures';
import { capsuleDistance, ellipsoidDistance, type FieldSample } from './supportField';
import { orientOutward, outerShell, taubin, vertexNormals } from './surfaceCleanup';

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
