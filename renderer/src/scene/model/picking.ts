import type { Intersection, Raycaster } from 'three';
import type { Layer } from '../../../../shared/anatomy';
import type { BodyModel } from './bodyModel';

/**
 * Every structure along a ray, nearest first. The fascia is almost always the first hit, so each
 * tool decides what it wants: the fascial point, or the muscle beneath (see `firstHit`, and the
 * plan's `targetHit`). Only shown layers count: hidden ones (mesh not visible, or excluded by
 * `layers`) and faded ones (`userData.ghost`, set by the presentation) drop out, so a click passes
 * through a faded layer to the first shown one beneath.
 */
export interface PickHit {
  readonly structureId: string;
  readonly layer: Layer;
  readonly point: [number, number, number];
  readonly normal: [number, number, number];
  readonly uv: [number, number];
  readonly distance: number;
}

export function pickAll(model: BodyModel, raycaster: Raycaster, layers?: ReadonlySet<Layer>): PickHit[] {
  const targets = model.meshes.filter(
    (m) => m.visible && m.userData.ghost !== true && (!layers || layers.has(m.userData.layer as Layer)),
  );
  const hits: Intersection[] = raycaster.intersectObjects(targets, false);
  return hits.flatMap((hit) => {
    const face = hit.face;
    const geometry = (
      hit.object as { geometry?: { getAttribute(name: string): { getX(i: number): number } } }
    ).geometry;
    if (!face || !geometry) return [];
    const owner = Math.round(geometry.getAttribute('structure').getX(face.a));
    const structureId = model.structureIds[owner];
    if (!structureId) return [];
    return [
      {
        structureId,
        layer: hit.object.userData.layer as Layer,
        point: [hit.point.x, hit.point.y, hit.point.z],
        normal: [face.normal.x, face.normal.y, face.normal.z],
        uv: hit.uv ? [hit.uv.x, hit.uv.y] : [0, 0],
        distance: hit.distance,
      },
    ];
  });
}

export type PickPreference = 'surface' | 'muscle';

/** 'surface': the nearest hit, fascia included; 'muscle': the nearest muscle or bone beneath any fascia. */
export function firstHit(hits: readonly PickHit[], preference: PickPreference): PickHit | undefined {
  if (preference === 'surface') return hits[0];
  return hits.find((h) => h.layer !== 'superficial_fascia' && h.layer !== 'deep_fascia') ?? hits[0];
}
