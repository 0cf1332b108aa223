import type { BodyModel } from '../bodyModel';
import type { GlbMesh } from './glb';

/**
 * Each structure's own triangles, cut back out of the per-layer geometries the viewer draws, so
 * an export holds exactly what the app shows. A triangle belongs to the structure of its first
 * vertex: the layers are merged structure by structure, so all three always agree.
 */
export function structureMeshes(model: BodyModel): Map<string, GlbMesh> {
  const result = new Map<string, GlbMesh>();
  for (const mesh of model.meshes) {
    const geometry = mesh.geometry;
    const owner = geometry.getAttribute('structure').array;
    const position = geometry.getAttribute('position').array;
    const normal = geometry.getAttribute('normal').array;
    const index = geometry.index!.array;
    const triangles = new Map<number, number[]>();
    for (let t = 0; t < index.length; t += 3) {
      const structure = Math.round(owner[index[t]!]!);
      let list = triangles.get(structure);
      if (!list) triangles.set(structure, (list = []));
      list.push(index[t]!, index[t + 1]!, index[t + 2]!);
    }
    for (const [structure, corners] of triangles) {
      const local = new Map<number, number>();
      for (const corner of corners) if (!local.has(corner)) local.set(corner, local.size);
      const positions = new Float32Array(local.size * 3);
      const normals = new Float32Array(local.size * 3);
      for (const [global, at] of local) {
        positions.set(position.subarray(global * 3, global * 3 + 3), at * 3);
        normals.set(normal.subarray(global * 3, global * 3 + 3), at * 3);
      }
      const indices = Uint32Array.from(corners, (corner) => local.get(corner)!);
      result.set(model.structureIds[structure]!, { positions, normals, indices });
    }
  }
  return result;
}
