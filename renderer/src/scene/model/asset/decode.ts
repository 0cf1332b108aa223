import { Box3, Vector3 } from 'three';
import { MeshBVH, type SerializedBVH } from 'three-mesh-bvh';
import type { Atlas, Layer } from '../../../../../shared/anatomy';
import { layerGeometryOf, layerMesh, type BodyModel, type LayerArrays } from '../bodyModel';
import {
  BLOCK_ALIGNMENT,
  BODY_ASSET_FORMAT,
  BODY_ASSET_MAGIC,
  BodyAssetError,
  PREAMBLE_BYTES,
  type AssetHeader,
  type Block,
} from './layout';

function readHeader(buffer: ArrayBuffer): { header: AssetHeader; start: number } {
  if (buffer.byteLength < PREAMBLE_BYTES) throw new BodyAssetError('the file is too short to be one');
  const preamble = new DataView(buffer, 0, PREAMBLE_BYTES);
  const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
  if (magic !== BODY_ASSET_MAGIC) throw new BodyAssetError('the file is not a FasciaMap body model');
  const format = preamble.getUint32(4, true);
  if (format !== BODY_ASSET_FORMAT)
    throw new BodyAssetError(`it is in format ${format}, this app reads format ${BODY_ASSET_FORMAT}`);
  const headerBytes = preamble.getUint32(8, true);
  const declared = preamble.getUint32(12, true);
  if (declared !== buffer.byteLength || PREAMBLE_BYTES + headerBytes > buffer.byteLength)
    throw new BodyAssetError(
      `it holds ${buffer.byteLength} bytes where it says ${declared}: it is cut short or damaged`,
    );
  let header: AssetHeader;
  try {
    header = JSON.parse(
      new TextDecoder().decode(new Uint8Array(buffer, PREAMBLE_BYTES, headerBytes)),
    ) as AssetHeader;
  } catch {
    throw new BodyAssetError('its header is damaged');
  }
  const start = Math.ceil((PREAMBLE_BYTES + headerBytes) / BLOCK_ALIGNMENT) * BLOCK_ALIGNMENT;
  return { header, start };
}

function checkAtlas(header: AssetHeader, atlas: Atlas) {
  if (header.atlasVersion !== atlas.version)
    throw new BodyAssetError(
      `it was made from atlas v${header.atlasVersion}, this app has v${atlas.version}`,
    );
  const ids = atlas.structures.map((s) => s.id);
  const same =
    header.structureIds.length === ids.length && ids.every((id, i) => header.structureIds[i] === id);
  if (!same) throw new BodyAssetError(`its structures differ from those of atlas v${atlas.version}`);
}

/**
 * The pickable model out of an asset's bytes: typed arrays over the file's buffer and the stored
 * bounds trees, nothing recomputed but each geometry's bounding box and sphere. Refuses, with a
 * `BodyAssetError` saying why, a file of another format or atlas, or one cut short.
 */
export function decodeBodyAsset(buffer: ArrayBuffer, atlas: Atlas): BodyModel {
  const { header, start } = readHeader(buffer);
  checkAtlas(header, atlas);
  const region = ({ offset, bytes }: Block) => {
    const from = start + offset;
    if (offset % BLOCK_ALIGNMENT !== 0 || from + bytes > buffer.byteLength)
      throw new BodyAssetError('a block lies outside the file: it is damaged');
    return { from, bytes };
  };
  const floats = (block: Block) => {
    const { from, bytes } = region(block);
    return new Float32Array(buffer, from, bytes / 4);
  };
  const layerMeshes = new Map<Layer, BodyModel['meshes'][number]>();
  const meshes = header.layers.map(({ layer, arrays, boundsTree }) => {
    const index = region(arrays.index);
    const layerArrays: LayerArrays = {
      position: floats(arrays.position),
      normal: floats(arrays.normal),
      uv: floats(arrays.uv),
      fibre: floats(arrays.fibre),
      tendon: floats(arrays.tendon),
      structure: floats(arrays.structure),
      index: new Uint32Array(buffer, index.from, index.bytes / 4),
    };
    const geometry = layerGeometryOf(layerArrays);
    // The tree's own buffers, copied out: three-mesh-bvh views each root as a whole ArrayBuffer.
    const roots = boundsTree.map((block) => {
      const { from, bytes } = region(block);
      return buffer.slice(from, from + bytes);
    });
    // version 1: three-mesh-bvh's serialisation format since 0.9, as `MeshBVH.serialize` wrote it.
    const serialised = { version: 1, roots, index: layerArrays.index, indirectBuffer: null };
    geometry.boundsTree = MeshBVH.deserialize(serialised satisfies SerializedBVH, geometry, {
      setIndex: false,
    });
    const mesh = layerMesh(layer, geometry);
    layerMeshes.set(layer, mesh);
    return mesh;
  });
  const bounds = new Map(
    header.bounds.map(([id, [x0, y0, z0, x1, y1, z1]]) => [
      id,
      new Box3(new Vector3(x0, y0, z0), new Vector3(x1, y1, z1)),
    ]),
  );
  return {
    atlasVersion: header.atlasVersion,
    structureIds: header.structureIds,
    structureIndex: new Map(header.structureIds.map((id, i) => [id, i])),
    meshes,
    layerMeshes,
    bounds,
    triangleCount: header.triangleCount,
  };
}
