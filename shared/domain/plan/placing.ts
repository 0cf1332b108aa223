import { ATLAS_VERSION } from '../../anatomy';
import type { SurfaceAnchorInput } from './anchor';
import type { ModelPoint } from './region';
import { muscleBeneath, targetHit, type SurfaceHit } from './targets';

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function anchorOf(hit: SurfaceHit, beneath: SurfaceHit | undefined): SurfaceAnchorInput {
  const length = Math.hypot(...hit.normal) || 1;
  return {
    structureId: hit.structureId,
    layer: hit.layer,
    u: clamp01(hit.uv[0]),
    v: clamp01(hit.uv[1]),
    point: [...hit.point],
    normal: hit.normal.map((value) => value / length) as ModelPoint,
    atlasVersion: ATLAS_VERSION,
    muscleBeneathId: beneath?.structureId ?? null,
  };
}

/** Anchored in a muscle: the first muscle beneath any fascia, directly under the pointer. */
export function muscleAnchor(hits: readonly SurfaceHit[]): SurfaceAnchorInput | null {
  const muscle = targetHit(hits, 'muscle');
  return muscle ? anchorOf(muscle, undefined) : null;
}

/** Anchored on the fascia touched (the first shown surface), remembering the muscle beneath. */
export function surfaceAnchor(hits: readonly SurfaceHit[]): SurfaceAnchorInput | null {
  const surface = targetHit(hits, 'fascia');
  return surface ? anchorOf(surface, muscleBeneath(hits)) : null;
}

/** Where painting lays a stamp: on the skin, the outermost shown surface under the brush. */
export function paintPoint(hits: readonly SurfaceHit[]): ModelPoint | null {
  const skin = targetHit(hits, 'skin');
  return skin ? [...skin.point] : null;
}
