import { Raycaster, Vector3 } from 'three';
import type { BodyModel } from './model/bodyModel';
import { pickAll, type PickHit } from './model/picking';

/**
 * Revealing a structure that a search found: what lies over it, seen from the camera, is ghosted
 * so it can be seen where it is, among what it lies under (as an anatomy atlas does). The
 * occluders are found by casting rays from the camera's eye to points spread over the structure's
 * own surface; whatever a ray meets before it meets the structure lies over it.
 */

/** Enough points to catch every muscle over a large structure without a noticeable pause. */
const SAMPLE_COUNT = 64;

/** Points spread over one structure's surface (its vertices in its layer's mesh), and its centre. */
function surfaceSamples(model: BodyModel, structureId: string, count: number): Vector3[] {
  const owner = model.structureIndex.get(structureId);
  const box = model.bounds.get(structureId);
  if (owner === undefined || !box) return [];
  for (const mesh of model.meshes) {
    const structure = mesh.geometry.getAttribute('structure');
    const own: number[] = [];
    for (let i = 0; i < structure.count; i++) if (Math.round(structure.getX(i)) === owner) own.push(i);
    if (own.length === 0) continue;
    const position = mesh.geometry.getAttribute('position');
    const step = Math.max(1, Math.floor(own.length / count));
    const samples = [box.getCenter(new Vector3())];
    for (let k = 0; k < own.length; k += step) {
      samples.push(new Vector3().fromBufferAttribute(position, own[k]!));
    }
    return samples;
  }
  return [];
}

/**
 * The structures that lie over `structureId` as seen from `eye`, among the layers shown; sorted
 * so the answer reads the same for the same view.
 */
export function occludersOf(model: BodyModel, structureId: string, eye: Vector3): string[] {
  const over = new Set<string>();
  const raycaster = new Raycaster();
  const direction = new Vector3();
  for (const sample of surfaceSamples(model, structureId, SAMPLE_COUNT)) {
    direction.subVectors(sample, eye);
    const length = direction.length();
    if (length < 1e-6) continue;
    raycaster.set(eye, direction.normalize());
    // a little past the sample, so the ray is sure to meet the structure's own near surface
    raycaster.far = length + 1;
    const hits = pickAll(model, raycaster);
    const own = hits.findIndex((hit) => hit.structureId === structureId);
    // a ray that never meets the structure (a sample on its far side, grazed) says nothing
    if (own < 0) continue;
    for (const hit of hits.slice(0, own)) over.add(hit.structureId);
  }
  return [...over].sort();
}

/** The hits that a ghosted structure does not stop: the pointer names what the eye sees. */
export function unghostedHits(hits: readonly PickHit[], ghostedIds: readonly string[]): PickHit[] {
  if (ghostedIds.length === 0) return [...hits];
  const ghosted = new Set(ghostedIds);
  return hits.filter((hit) => !ghosted.has(hit.structureId));
}
