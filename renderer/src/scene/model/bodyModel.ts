import { Box3, BufferAttribute, BufferGeometry, Mesh, MeshBasicMaterial, type Material } from 'three';
import { acceleratedRaycast, computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh';
import { LAYERS, type Atlas, type Layer } from '../../../../shared/anatomy';
import { buildStructureMeshes, type EnvelopeInput } from './buildStructures';
import type { EnvelopeMesh } from './envelope';
import type { MeshData } from './meshData';

/**
 * The body as three.js meshes: one merged geometry per layer (one draw call each), with a
 * per-vertex `structure` attribute (index into `structureIds`) so a hit names its structure and
 * the shader can highlight a structure without splitting the mesh. Runs under Node too.
 */
BufferGeometry.prototype.computeBoundsTree = computeBoundsTree;
BufferGeometry.prototype.disposeBoundsTree = disposeBoundsTree;
Mesh.prototype.raycast = acceleratedRaycast;

export interface BodyModel {
  readonly atlasVersion: number;
  /** Index -> structure id, as stored in the `structure` vertex attribute. */
  readonly structureIds: readonly string[];
  readonly structureIndex: ReadonlyMap<string, number>;
  /** One pickable mesh per layer that has geometry. */
  readonly meshes: Mesh[];
  readonly layerMeshes: Map<Layer, Mesh>;
  readonly bounds: Map<string, Box3>;
  triangleCount: number;
  /** Primitives for building the superficial fascia envelope (in a worker). */
  readonly envelopeInput: EnvelopeInput;
}

const placeholder = new MeshBasicMaterial();

function layerGeometry(parts: { index: number; mesh: MeshData }[]): BufferGeometry {
  let vertices = 0;
  let indexCount = 0;
  for (const p of parts) {
    vertices += p.mesh.positions.length / 3;
    indexCount += p.mesh.indices.length;
  }
  const position = new Float32Array(vertices * 3);
  const normal = new Float32Array(vertices * 3);
  const uv = new Float32Array(vertices * 2);
  const fibre = new Float32Array(vertices);
  const tendon = new Float32Array(vertices);
  const structure = new Float32Array(vertices);
  const index = new Uint32Array(indexCount);
  let v = 0;
  let i = 0;
  for (const { index: owner, mesh } of parts) {
    position.set(mesh.positions, v * 3);
    normal.set(mesh.normals, v * 3);
    uv.set(mesh.uvs, v * 2);
    fibre.set(mesh.fibre, v);
    tendon.set(mesh.tendon, v);
    structure.fill(owner, v, v + mesh.positions.length / 3);
    for (const k of mesh.indices) index[i++] = k + v;
    v += mesh.positions.length / 3;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(position, 3));
  geometry.setAttribute('normal', new BufferAttribute(normal, 3));
  geometry.setAttribute('uv', new BufferAttribute(uv, 2));
  geometry.setAttribute('fibre', new BufferAttribute(fibre, 1));
  geometry.setAttribute('tendon', new BufferAttribute(tendon, 1));
  geometry.setAttribute('structure', new BufferAttribute(structure, 1));
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeBoundingSphere();
  geometry.computeBoundingBox();
  return geometry;
}

function boxOf(positions: ArrayLike<number>): Box3 {
  const box = new Box3();
  box.makeEmpty();
  for (let i = 0; i < positions.length; i += 3) {
    box.expandByPoint({ x: positions[i]!, y: positions[i + 1]!, z: positions[i + 2]! } as never);
  }
  return box;
}

function layerMesh(layer: Layer, geometry: BufferGeometry, material: Material): Mesh {
  geometry.computeBoundsTree();
  const mesh = new Mesh(geometry, material);
  mesh.name = layer;
  mesh.userData = { layer };
  mesh.matrixAutoUpdate = false;
  return mesh;
}

export function buildBodyModel(atlas: Atlas): BodyModel {
  const { meshes: structureMeshes, envelopeInput } = buildStructureMeshes(atlas);
  const structureIds = atlas.structures.map((s) => s.id);
  const structureIndex = new Map(structureIds.map((id, i) => [id, i]));
  const byLayer = new Map<Layer, { index: number; mesh: MeshData }[]>();
  const bounds = new Map<string, Box3>();
  atlas.structures.forEach((s, index) => {
    const mesh = structureMeshes.get(s.id);
    if (!mesh) return;
    const list = byLayer.get(s.layer) ?? [];
    list.push({ index, mesh });
    byLayer.set(s.layer, list);
    bounds.set(s.id, boxOf(mesh.positions));
  });
  const layerMeshes = new Map<Layer, Mesh>();
  const meshes: Mesh[] = [];
  let triangleCount = 0;
  for (const layer of LAYERS) {
    const parts = byLayer.get(layer);
    if (!parts) continue;
    const geometry = layerGeometry(parts);
    triangleCount += geometry.index!.count / 3;
    const mesh = layerMesh(layer, geometry, placeholder);
    layerMeshes.set(layer, mesh);
    meshes.push(mesh);
  }
  return {
    atlasVersion: atlas.version,
    structureIds,
    structureIndex,
    meshes,
    layerMeshes,
    bounds,
    triangleCount,
    envelopeInput,
  };
}

/** Adds the superficial fascia envelope (built in a worker, or directly under Node). */
export function attachEnvelope(model: BodyModel, envelopeId: string, envelope: EnvelopeMesh): Mesh {
  const owner = model.structureIndex.get(envelopeId);
  if (owner === undefined) throw new Error(`The atlas has no structure ${envelopeId}`);
  const count = envelope.positions.length / 3;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(envelope.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(envelope.normals, 3));
  geometry.setAttribute('uv', new BufferAttribute(envelope.uvs, 2));
  geometry.setAttribute('fibre', new BufferAttribute(new Float32Array(count), 1));
  geometry.setAttribute('tendon', new BufferAttribute(new Float32Array(count), 1));
  geometry.setAttribute('structure', new BufferAttribute(new Float32Array(count).fill(owner), 1));
  geometry.setIndex(new BufferAttribute(envelope.indices, 1));
  geometry.computeBoundingSphere();
  geometry.computeBoundingBox();
  const mesh = layerMesh('superficial_fascia', geometry, placeholder);
  model.layerMeshes.set('superficial_fascia', mesh);
  model.meshes.push(mesh);
  model.bounds.set(envelopeId, geometry.boundingBox!.clone());
  model.triangleCount += envelope.indices.length / 3;
  return mesh;
}
