/**
 * Plain arrays for one structure's surface, before it is merged into a per-layer BufferGeometry.
 * Every surface carries natural (u, v) (v origin -> insertion, u across the width), a fibre
 * coordinate (u scaled to the physical width, so stripes keep a constant spacing) and a tendon
 * factor (1 = tendon or aponeurosis, drawn white).
 */
export interface MeshData {
  positions: number[];
  normals: number[];
  uvs: number[];
  fibre: number[];
  tendon: number[];
  indices: number[];
}

export function emptyMesh(): MeshData {
  return { positions: [], normals: [], uvs: [], fibre: [], tendon: [], indices: [] };
}

export function addVertex(
  m: MeshData,
  x: number,
  y: number,
  z: number,
  u: number,
  v: number,
  fibre: number,
  tendon: number,
): number {
  m.positions.push(x, y, z);
  m.uvs.push(u, v);
  m.fibre.push(fibre);
  m.tendon.push(tendon);
  return m.positions.length / 3 - 1;
}

/** Twice the signed volume enclosed (x6): positive when triangles wind counter-clockwise seen from outside. */
export function signedVolume(m: MeshData): number {
  const p = m.positions;
  let volume = 0;
  for (let i = 0; i < m.indices.length; i += 3) {
    const a = m.indices[i]! * 3,
      b = m.indices[i + 1]! * 3,
      c = m.indices[i + 2]! * 3;
    volume +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return volume;
}

export function flipWinding(m: MeshData): void {
  for (let i = 0; i < m.indices.length; i += 3) {
    const b = m.indices[i + 1]!;
    m.indices[i + 1] = m.indices[i + 2]!;
    m.indices[i + 2] = b;
  }
}

/** Closed surfaces must face outward; the mirror image of a correct mesh is inside out until fixed. */
export function orientOutward(m: MeshData): void {
  if (signedVolume(m) < 0) flipWinding(m);
}

/**
 * Adds each triangle's unnormalised normal (its length is twice the triangle's area) to its three
 * vertices, so larger faces weigh more in the vertex normal.
 */
export function addFaceNormals(
  p: ArrayLike<number>,
  indices: ArrayLike<number>,
  n: Float32Array | Float64Array,
): void {
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
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx;
    for (const o of [a, b, c]) {
      n[o] = n[o]! + nx;
      n[o + 1] = n[o + 1]! + ny;
      n[o + 2] = n[o + 2]! + nz;
    }
  }
}

/**
 * Area-weighted vertex normals. With `weld`, vertices at the same position (texture seams, tube
 * caps) share one normal so seams do not show; open sheets keep their sharp edges.
 */
export function computeNormals(m: MeshData, weld: boolean): void {
  const p = m.positions;
  const n = new Float64Array(p.length);
  addFaceNormals(p, m.indices, n);
  if (weld) {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < p.length; i += 3) {
      const k = `${Math.round(p[i]! * 1e3)},${Math.round(p[i + 1]! * 1e3)},${Math.round(p[i + 2]! * 1e3)}`;
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      let sx = 0,
        sy = 0,
        sz = 0;
      for (const o of g) {
        sx += n[o]!;
        sy += n[o + 1]!;
        sz += n[o + 2]!;
      }
      for (const o of g) {
        n[o] = sx;
        n[o + 1] = sy;
        n[o + 2] = sz;
      }
    }
  }
  m.normals = new Array<number>(p.length);
  for (let i = 0; i < p.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    m.normals[i] = n[i]! / l;
    m.normals[i + 1] = n[i + 1]! / l;
    m.normals[i + 2] = n[i + 2]! / l;
  }
}

/** Reflect in the midsagittal plane and restore outward winding. */
export function mirrorMesh(m: MeshData): MeshData {
  const positions = m.positions.slice();
  const normals = m.normals.slice();
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const mirrored: MeshData = { ...m, positions, normals, indices: m.indices.slice() };
  flipWinding(mirrored);
  return mirrored;
}
