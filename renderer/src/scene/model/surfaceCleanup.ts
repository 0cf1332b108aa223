/**
 * Clean-up passes for the envelope's surface-nets mesh: keep the outer shell, relax it without
 * shrinking, face it outward and give it smooth normals.
 */

import { addFaceNormals } from './meshData';

/**
 * Keeps only the largest connected piece of the surface. The smooth union leaves closed pockets
 * inside the body (within the rib cage, the pelvis, the skull) that surface nets faithfully mesh;
 * they are not skin, cost triangles and would double-count area.
 */
export function outerShell(mesh: { positions: number[]; indices: number[] }): {
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
export function taubin(positions: number[], indices: number[], passes: number): Float32Array {
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
export function orientOutward(p: Float32Array, indices: Uint32Array): void {
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

export function vertexNormals(p: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(p.length);
  addFaceNormals(p, indices, n);
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i] = n[i]! / l;
    n[i + 1] = n[i + 1]! / l;
    n[i + 2] = n[i + 2]! / l;
  }
  return n;
}
