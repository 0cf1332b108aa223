import type { Layer } from '../../../../../shared/anatomy';
import type { LayerArrays } from '../bodyModel';

/**
 * The prebuilt body model ("model asset"): the whole model as the viewer uses it, generated once
 * at build time so the app loads typed arrays instead of building geometry and bounds trees.
 *
 * Layout, little-endian:
 *
 * | bytes      | what                                                            |
 * | ---------- | --------------------------------------------------------------- |
 * | 0-3        | `FMBA`                                                          |
 * | 4-7        | uint32 format version (`BODY_ASSET_FORMAT`)                     |
 * | 8-11       | uint32 length of the header in bytes                            |
 * | 12-15      | uint32 length of the whole file in bytes (a cut file is caught) |
 * | 16-        | the header, UTF-8 JSON (`AssetHeader`)                          |
 * | then       | the blocks, from the header's end rounded up to 8 bytes         |
 *
 * A block's offset counts from the first block's start and is a multiple of 8, so every typed
 * array reads straight out of the file's buffer.
 *
 * Every layer mesh stores its vertex attributes and index (`LayerArrays`, in the order of
 * `LAYER_ATTRIBUTES`), then the roots of its three-mesh-bvh bounds tree as `MeshBVH.serialize`
 * gives them. The index is stored once, in the order the tree has sorted it into.
 */
export const BODY_ASSET_MAGIC = 'FMBA';
/** Raised whenever the layout or its meaning changes; an asset of another format is refused. */
export const BODY_ASSET_FORMAT = 1;
export const PREAMBLE_BYTES = 16;
export const BLOCK_ALIGNMENT = 8;

/** Where a block lies in the file: its first byte and its length in bytes. */
export interface Block {
  offset: number;
  bytes: number;
}

export interface AssetLayer {
  layer: Layer;
  arrays: Record<keyof LayerArrays, Block>;
  /** One per root of the layer's bounds tree. */
  boundsTree: Block[];
}

export interface AssetHeader {
  atlasVersion: number;
  structureIds: string[];
  triangleCount: number;
  /** Per structure with geometry: min x, y, z then max x, y, z, in centimetres. */
  bounds: [string, [number, number, number, number, number, number]][];
  layers: AssetLayer[];
}

/** Why an asset was refused; the viewer then builds the model in a worker instead. */
export class BodyAssetError extends Error {
  constructor(reason: string) {
    super(`The prebuilt body model cannot be used: ${reason}`);
    this.name = 'BodyAssetError';
  }
}
