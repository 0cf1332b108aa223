import { ATLAS_VERSION, structureById, type Layer } from '../../anatomy';
import type { SurfaceAnchorInput } from './anchor';
import type { ModelPoint } from './region';

/**
 * One structure along the ray under the cursor, as the renderer's picking reports it (nearest
 * first): enough to anchor a finding to anatomy without the mesh.
 */
export interface SurfaceHit {
  readonly structureId: string;
  readonly layer: Layer;
  readonly point: ModelPoint;
  readonly normal: ModelPoint;
  readonly uv: [number, number];
}

const isMuscle = (hit: SurfaceHit) => structureById(hit.structureId)?.kind === 'muscle';

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function anchorOf(hit: SurfaceHit, muscleBeneath: SurfaceHit | undefined): SurfaceAnchorInput {
  const length = Math.hypot(...hit.normal) || 1;
  return {
    structureId: hit.structureId,
    layer: hit.layer,
    u: clamp01(hit.uv[0]),
    v: clamp01(hit.uv[1]),
    point: [...hit.point],
    normal: hit.normal.map((value) => value / length) as ModelPoint,
    atlasVersion: ATLAS_VERSION,
    muscleBeneathId:
      hit.structureId === muscleBeneath?.structureId ? null : (muscleBeneath?.structureId ?? null),
  };
}

/** The first muscle along the ray, under any fascia. */
export function firstMuscle(hits: readonly SurfaceHit[]): SurfaceHit | undefined {
  return hits.find(isMuscle);
}

/** Anchored in a muscle: on the first muscle along the ray, under any fascia. */
export function muscleAnchor(hits: readonly SurfaceHit[]): SurfaceAnchorInput | null {
  const muscle = firstMuscle(hits);
  return muscle ? anchorOf(muscle, undefined) : null;
}

/** Anchored on the surface touched: the first hit (usually the fascia), remembering the muscle beneath. */
export function surfaceAnchor(hits: readonly SurfaceHit[]): SurfaceAnchorInput | null {
  const first = hits[0];
  return first ? anchorOf(first, firstMuscle(hits)) : null;
}

/** Where painting lays a stamp: on the skin, the outermost surface under the brush. */
export function paintPoint(hits: readonly SurfaceHit[]): ModelPoint | null {
  return hits[0] ? [...hits[0].point] : null;
}
