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
}

/** A model just built from the atlas, with what the superficial fascia envelope is built from. */
export interface BuiltBodyModel extends BodyModel {
  readonly envelopeInput: EnvelopeInput;
}

/** A layer's vertex data, as its geometry holds it (and the model asset stores it). */
export interface LayerArrays {
  position: Float32Array;
  normal: Float32Array;
  uv: Float32Array;
  fibre: Float32Array;
  tendon: Float32Array;
  /** Index into `structureIds` per vertex (a float: the shaders read it as an attribute). */
  structure: Float32Array;
  index: Uint32Array;
}

/** Each vertex attribute with its components per vertex, in the order the asset stores them. */
export const LAYER_ATTRIBUTES = [
  ['position', 3],
  ['normal', 3],
  ['uv', 2],
  ['fibre', 1],
  ['tendon', 1],
  ['structure', 1],
] as const satisfies readonly (readonly [Exclude<keyof LayerArrays, 'index'>, number])[];

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
  return layerGeometryOf({ position, normal, uv, fibre, tendon, structure, index });
}

/** The geometry over a layer's arrays, sharing them (no copy). */
export function layerGeometryOf(arrays: LayerArrays): BufferGeometry {
  const geometry = new BufferGeometry();
  for (const [name, size] of LAYER_ATTRIBUTES)
    geometry.setAttribute(name, new BufferAttribute(arrays[name], size));
  geometry.setIndex(new BufferAttribute(arrays.index, 1));
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

/**
 * A layer's pickable mesh. The geometry must have its bounds tree already: built here from the
 * atlas, or read from the model asset.
 */
export function layerMesh(layer: Layer, geometry: BufferGeometry, material: Material = placeholder): Mesh {
  const mesh = new Mesh(geometry, material);
  mesh.name = layer;
  mesh.userData = { layer };
  mesh.matrixAutoUpdate = false;
  return mesh;
}

export function buildBodyModel(atlas: Atlas): BuiltBodyModel {
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
    geometry.computeBoundsTree();
    triangleCount += geometry.index!.count / 3;
    const mesh = layerMesh(layer, geometry);
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

/**
 * A model of the atlas's structures with no geometry yet: what every viewer holds from its first
 * render, filled in place (`fillBodyModel`) once the model has been read.
 */
export function emptyBodyModel(atlas: Atlas): BodyModel {
  const structureIds = atlas.structures.map((s) => s.id);
  return {
    atlasVersion: atlas.version,
    structureIds,
    structureIndex: new Map(structureIds.map((id, i) => [id, i])),
    meshes: [],
    layerMeshes: new Map(),
    bounds: new Map(),
    triangleCount: 0,
  };
}

/** Moves a read model's meshes and bounds into the model the viewers already hold. */
export function fillBodyModel(into: BodyModel, from: BodyModel) {
  if (from.structureIds.join() !== into.structureIds.join())
    throw new Error('The model read is of other structures than the one shown');
  into.meshes.push(...from.meshes);
  from.layerMeshes.forEach((mesh, layer) => into.layerMeshes.set(layer, mesh));
  from.bounds.forEach((box, id) => into.bounds.set(id, box));
  into.triangleCount = from.triangleCount;
}

/** Adds the superficial fascia envelope (built in a worker, or directly under Node). */
export function attachEnvelope(model: BodyModel, envelopeId: string, envelope: EnvelopeMesh): Mesh {
  const owner = model.structureIndex.get(envelopeId);
  if (owner === undefined) throw new Error(`The atlas has no structure ${envelopeId}`);
  const count = envelope.positions.length / 3;
  const geometry = layerGeometryOf({
    position: envelope.positions,
    normal: envelope.normals,
    uv: envelope.uvs,
    fibre: new Float32Array(count),
    tendon: new Float32Array(count),
    structure: new Float32Array(count).fill(owner),
    index: envelope.indices,
  });
  geometry.computeBoundsTree();
  const mesh = layerMesh('superficial_fascia', geometry);
  model.layerMeshes.set('superficial_fascia', mesh);
  model.meshes.push(mesh);
  model.bounds.set(envelopeId, geometry.boundingBox!.clone());
  model.triangleCount += envelope.indices.length / 3;
  return mesh;
}
