import { structureById, type Layer } from '../../anatomy';
import type { ModelPoint } from './region';

/**
 * One structure along the ray under the cursor, as the renderer's picking reports it (nearest
 * first, shown layers only: hidden and faded layers have already dropped out): enough to anchor a
 * finding to anatomy without the mesh.
 */
export interface SurfaceHit {
  readonly structureId: string;
  readonly layer: Layer;
  readonly point: ModelPoint;
  readonly normal: ModelPoint;
  readonly uv: [number, number];
}

/**
 * What a tool marks. The skin: the first shown surface, wherever the brush or the click lands.
 * The fascia: the surface touched, which is fascia wherever a fascia layer is shown (an adhesion is
 * felt there). A muscle: the first muscle beneath any fascia. A structure: that muscle, else the
 * named sheet or bone the click is on (never the whole-body skin).
 */
export type MarkTarget = 'skin' | 'fascia' | 'muscle' | 'structure';

/** How each target reads in a tool's tooltip and the mark's details. */
export const TARGET_WORDS: Record<MarkTarget, string> = {
  skin: 'on the skin (the first shown surface)',
  fascia: 'on the fascia touched, recording the muscle beneath',
  muscle: 'in the first muscle beneath the fascia',
  structure: 'on the whole muscle (or sheet) clicked',
};

/**
 * How far beneath the surface touched a structure may lie and still be "under the pointer", cm:
 * further than this, the ray has left the tissue the therapist aimed at (through the throat to the
 * back of the neck, between two limbs).
 */
export const REACH_CM = 4;

const FASCIA_LAYERS = new Set<Layer>(['superficial_fascia', 'deep_fascia']);
/** The skin envelope wraps the whole body: as a zone or a name it says nothing about the place. */
const WHOLE_BODY_ENVELOPE = 'superficial_fascia_M';

const isFascia = (hit: SurfaceHit) => FASCIA_LAYERS.has(hit.layer);
const isMuscle = (hit: SurfaceHit) => structureById(hit.structureId)?.kind === 'muscle';
const apart = (a: ModelPoint, b: ModelPoint) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The hits that lie under the surface touched: within reach of it, and not past a bone (a muscle
 * behind the clavicle is not under the pointer).
 */
function underTheSurface(hits: readonly SurfaceHit[]): SurfaceHit[] {
  const surface = hits[0];
  if (!surface) return [];
  const under: SurfaceHit[] = [];
  for (const hit of hits) {
    if (apart(hit.point, surface.point) > REACH_CM) break;
    under.push(hit);
    if (hit.layer === 'skeleton') break;
  }
  return under;
}

/** The first muscle beneath any fascia, directly under the surface touched; none under bone or a gap. */
function muscleUnder(hits: readonly SurfaceHit[]): SurfaceHit | undefined {
  const first = underTheSurface(hits).find((hit) => !isFascia(hit));
  return first && isMuscle(first) ? first : undefined;
}

/** The hit a tool with this target acts on, from every shown hit along the ray (nearest first). */
export function targetHit(hits: readonly SurfaceHit[], target: MarkTarget): SurfaceHit | undefined {
  switch (target) {
    case 'skin':
    case 'fascia':
      return hits[0];
    case 'muscle':
      return muscleUnder(hits);
    case 'structure':
      return (
        muscleUnder(hits) ?? underTheSurface(hits).find((hit) => hit.structureId !== WHOLE_BODY_ENVELOPE)
      );
  }
}

/** The muscle beneath the surface touched, when the surface is not that muscle itself. */
export function muscleBeneath(hits: readonly SurfaceHit[]): SurfaceHit | undefined {
  const muscle = muscleUnder(hits);
  return muscle && muscle !== hits[0] ? muscle : undefined;
}
