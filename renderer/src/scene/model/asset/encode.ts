import { MeshBVH } from 'three-mesh-bvh';
import { LAYER_ATTRIBUTES, type BodyModel, type LayerArrays } from '../bodyModel';
import type { Layer } from '../../../../../shared/anatomy';
import {
  BLOCK_ALIGNMENT,
  BODY_ASSET_FORMAT,
  BODY_ASSET_MAGIC,
  PREAMBLE_BYTES,
  type AssetHeader,
  type AssetLayer,
  type Block,
} from './layout';

const align = (offset: number) => Math.ceil(offset / BLOCK_ALIGNMENT) * BLOCK_ALIGNMENT;

function layerArrays(mesh: BodyModel['meshes'][number]): LayerArrays {
  const geometry = mesh.geometry;
  const attribute = (name: string) => geometry.getAttribute(name).array as Float32Array;
  return {
    position: attribute('position'),
    normal: attribute('normal'),
    uv: attribute('uv'),
    fibre: attribute('fibre'),
    tendon: attribute('tendon'),
    structure: attribute('structure'),
    index: geometry.index!.array as Uint32Array,
  };
}

/** The whole model (envelope included, bounds trees built) as the bytes of a model asset. */
export function encodeBodyAsset(model: BodyModel): Uint8Array {
  const pieces: { offset: number; bytes: Uint8Array }[] = [];
  let end = 0;
  const place = (view: ArrayBufferView | ArrayBuffer): Block => {
    const bytes = ArrayBuffer.isView(view)
      ? new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
      : new Uint8Array(view);
    const offset = align(end);
    pieces.push({ offset, bytes });
    end = offset + bytes.byteLength;
    return { offset, bytes: bytes.byteLength };
  };
  const layers: AssetLayer[] = model.meshes.map((mesh) => {
    const tree = mesh.geometry.boundsTree;
    if (!(tree instanceof MeshBVH)) throw new Error(`The ${mesh.name} mesh has no bounds tree to store`);
    const serialised = MeshBVH.serialize(tree, { cloneBuffers: false });
    if (serialised.indirectBuffer) throw new Error('An indirect bounds tree cannot be stored');
    const arrays = layerArrays(mesh);
    const blocks = Object.fromEntries(
      [...LAYER_ATTRIBUTES.map(([name]) => name), 'index' as const].map((name) => [
        name,
        place(arrays[name]),
      ]),
    ) as AssetLayer['arrays'];
    return { layer: mesh.userData.layer as Layer, arrays: blocks, boundsTree: serialised.roots.map(place) };
  });
  const header: AssetHeader = {
    atlasVersion: model.atlasVersion,
    structureIds: [...model.structureIds],
    triangleCount: model.triangleCount,
    bounds: [...model.bounds].map(([id, { min, max }]) => [id, [min.x, min.y, min.z, max.x, max.y, max.z]]),
    layers,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(PREAMBLE_BYTES + json.byteLength);
  const file = new Uint8Array(start + end);
  const preamble = new DataView(file.buffer);
  for (let i = 0; i < 4; i++) file[i] = BODY_ASSET_MAGIC.charCodeAt(i);
  preamble.setUint32(4, BODY_ASSET_FORMAT, true);
  preamble.setUint32(8, json.byteLength, true);
  preamble.setUint32(12, file.byteLength, true);
  file.set(json, PREAMBLE_BYTES);
  for (const piece of pieces) file.set(piece.bytes, start + piece.offset);
  return file;
}
