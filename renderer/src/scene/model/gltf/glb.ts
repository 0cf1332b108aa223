/**
 * A minimal glTF 2.0 binary (.glb) writer for the body model: a flat list of nodes, each with at
 * most one indexed triangle mesh (positions and normals) and free-form `extras`. Nothing here
 * knows about anatomy; `bodyGltf.ts` decides what the nodes are.
 *
 * Layout per the glTF 2.0 specification: a 12-byte header, a JSON chunk padded with spaces and a
 * BIN chunk padded with zeros, each to a multiple of 4 bytes.
 */

export interface GlbMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export interface GlbNode {
  name: string;
  extras: Record<string, unknown>;
  mesh?: GlbMesh;
}

export interface GlbScene {
  generator: string;
  /** Goes to `asset.extras`: units and axes, which glTF itself fixes to metres. */
  extras: Record<string, unknown>;
  nodes: readonly GlbNode[];
}

const MAGIC_GLTF = 0x46546c67;
const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;
const FLOAT = 5126;
const UNSIGNED_INT = 5125;
const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const TRIANGLES = 4;

const padTo4 = (length: number) => (length + 3) & ~3;

/** Where each mesh's three arrays go in the BIN chunk, and the JSON that describes them. */
class BinaryLayout {
  readonly parts: { offset: number; bytes: Uint8Array }[] = [];
  readonly bufferViews: object[] = [];
  readonly accessors: object[] = [];
  length = 0;

  add(array: Float32Array | Uint32Array, target: number, accessor: Record<string, unknown>): number {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    this.parts.push({ offset: this.length, bytes });
    this.bufferViews.push({ buffer: 0, byteOffset: this.length, byteLength: bytes.byteLength, target });
    this.length = padTo4(this.length + bytes.byteLength);
    this.accessors.push({ bufferView: this.bufferViews.length - 1, ...accessor });
    return this.accessors.length - 1;
  }
}

function positionBounds(positions: Float32Array): { min: number[]; max: number[] } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    const axis = i % 3;
    min[axis] = Math.min(min[axis]!, positions[i]!);
    max[axis] = Math.max(max[axis]!, positions[i]!);
  }
  return { min, max };
}

export function writeGlb(scene: GlbScene): Uint8Array {
  const layout = new BinaryLayout();
  const meshes: object[] = [];
  const nodes = scene.nodes.map((node) => {
    if (!node.mesh) return { name: node.name, extras: node.extras };
    const { positions, normals, indices } = node.mesh;
    const count = positions.length / 3;
    const position = layout.add(positions, ARRAY_BUFFER, {
      componentType: FLOAT,
      count,
      type: 'VEC3',
      ...positionBounds(positions),
    });
    const normal = layout.add(normals, ARRAY_BUFFER, { componentType: FLOAT, count, type: 'VEC3' });
    const index = layout.add(indices, ELEMENT_ARRAY_BUFFER, {
      componentType: UNSIGNED_INT,
      count: indices.length,
      type: 'SCALAR',
    });
    meshes.push({
      name: node.name,
      primitives: [{ attributes: { POSITION: position, NORMAL: normal }, indices: index, mode: TRIANGLES }],
    });
    return { name: node.name, mesh: meshes.length - 1, extras: node.extras };
  });
  const json = {
    asset: { version: '2.0', generator: scene.generator, extras: scene.extras },
    scene: 0,
    scenes: [{ nodes: nodes.map((_, index) => index) }],
    nodes,
    ...(meshes.length > 0 && {
      meshes,
      accessors: layout.accessors,
      bufferViews: layout.bufferViews,
      buffers: [{ byteLength: layout.length }],
    }),
  };
  const text = new TextEncoder().encode(JSON.stringify(json));
  const jsonLength = padTo4(text.byteLength);
  const binLength = layout.length;
  const total = 12 + 8 + jsonLength + (binLength > 0 ? 8 + binLength : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC_GLTF, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonLength, true);
  view.setUint32(16, CHUNK_JSON, true);
  out.set(text, 20);
  out.fill(0x20, 20 + text.byteLength, 20 + jsonLength);
  if (binLength > 0) {
    const binStart = 20 + jsonLength;
    view.setUint32(binStart, binLength, true);
    view.setUint32(binStart + 4, CHUNK_BIN, true);
    for (const part of layout.parts) out.set(part.bytes, binStart + 8 + part.offset);
  }
  return out;
}
