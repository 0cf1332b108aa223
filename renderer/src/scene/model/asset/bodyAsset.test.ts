import { PerspectiveCamera, Raycaster, Vector2 } from 'three';
import { describe, expect, it } from 'vitest';
import { ATLAS } from '../../../../../shared/anatomy';
import { applyPreset } from '../../cameraMoves';
import { CAMERA_PRESETS, type ViewPresetId } from '../../cameraPresets';
import type { BodyModel } from '../bodyModel';
import { pickAll } from '../picking';
import { buildWholeBody } from '../wholeBody';
import { decodeBodyAsset } from './decode';
import { encodeBodyAsset } from './encode';
import { BODY_ASSET_FORMAT } from './layout';

const built = buildWholeBody();
const bytes = encodeBodyAsset(built);
const fileOf = (content: Uint8Array) => content.slice().buffer;
const loaded = decodeBodyAsset(fileOf(bytes), ATLAS);

/** Whether two arrays hold the same numbers (a loop: the matcher is slow on a million values). */
function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a click at a point of a standard view finds: structure, layer, distance and uv of each hit. */
function picksOf(model: BodyModel, view: ViewPresetId, x: number, y: number) {
  const camera = new PerspectiveCamera(30, 16 / 10, 5, 2500);
  applyPreset(camera, CAMERA_PRESETS[view]);
  camera.updateMatrixWorld();
  const raycaster = new Raycaster();
  raycaster.setFromCamera(new Vector2(x, y), camera);
  return pickAll(model, raycaster).map((hit) => ({
    structureId: hit.structureId,
    layer: hit.layer,
    distance: hit.distance,
    uv: hit.uv,
  }));
}

describe('the prebuilt body model', () => {
  it('loads as the model it was made from: ids, layers, triangles, bounds and vertex data', () => {
    expect(loaded.structureIds).toEqual(built.structureIds);
    expect(loaded.atlasVersion).toBe(ATLAS.version);
    expect(loaded.triangleCount).toBe(built.triangleCount);
    expect(loaded.meshes.map((mesh) => mesh.name)).toEqual(built.meshes.map((mesh) => mesh.name));
    expect([...loaded.layerMeshes.keys()].sort()).toEqual([...built.layerMeshes.keys()].sort());
    expect([...loaded.bounds.keys()]).toEqual([...built.bounds.keys()]);
    for (const [id, box] of built.bounds) expect(loaded.bounds.get(id)!.equals(box), id).toBe(true);
    loaded.meshes.forEach((mesh, i) => {
      const original = built.meshes[i]!.geometry;
      for (const name of ['position', 'normal', 'uv', 'fibre', 'tendon', 'structure']) {
        const values = mesh.geometry.getAttribute(name).array;
        expect(sameValues(values, original.getAttribute(name).array), `${mesh.name} ${name}`).toBe(true);
      }
      expect(sameValues(mesh.geometry.index!.array, original.index!.array), mesh.name).toBe(true);
    });
  });

  it('brings its bounds trees along, so clicks find the same structures at the same places', () => {
    for (const mesh of loaded.meshes) expect(mesh.geometry.boundsTree, mesh.name).toBeDefined();
    const clicks: [ViewPresetId, number, number][] = [
      ['anterior', 0, 0.2],
      ['anterior', 0.05, -0.3],
      ['posterior', 0, 0.4],
      ['left', 0, 0],
      ['right', 0.02, 0.6],
    ];
    for (const [view, x, y] of clicks) {
      const hits = picksOf(built, view, x, y);
      expect(hits.length, `${view} ${x} ${y}`).toBeGreaterThan(1);
      expect(picksOf(loaded, view, x, y), `${view} ${x} ${y}`).toEqual(hits);
    }
  });

  it('refuses a file cut short, of another format or of another atlas, saying why', () => {
    expect(() => decodeBodyAsset(fileOf(bytes.subarray(0, bytes.length - 100)), ATLAS)).toThrow(
      /The prebuilt body model cannot be used: .* cut short or damaged/,
    );
    expect(() =>
      decodeBodyAsset(new TextEncoder().encode('<!doctype html><title>Not found</title>').buffer, ATLAS),
    ).toThrow('The prebuilt body model cannot be used: the file is not a FasciaMap body model');
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(4, BODY_ASSET_FORMAT - 1, true);
    expect(() => decodeBodyAsset(older.buffer, ATLAS)).toThrow(
      `it is in format ${BODY_ASSET_FORMAT - 1}, this app reads format ${BODY_ASSET_FORMAT}`,
    );
    const nextAtlas = { ...ATLAS, version: ATLAS.version + 1 };
    expect(() => decodeBodyAsset(fileOf(bytes), nextAtlas)).toThrow(
      `it was made from atlas v${ATLAS.version}, this app has v${ATLAS.version + 1}`,
    );
  });
});
