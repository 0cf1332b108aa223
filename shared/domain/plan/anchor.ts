import { z } from 'zod';
import { ATLAS_VERSION, LAYERS, structureById, type Layer } from '../../anatomy';
import { ModelPoint } from './region';

/** A vector is "unit" when its length is within this of 1: normals arrive from float32 meshes. */
const UNIT_TOLERANCE = 0.02;

function isUnit(vector: ModelPoint): boolean {
  return Math.abs(Math.hypot(...vector) - 1) <= UNIT_TOLERANCE;
}

export const UnitVector = ModelPoint.refine(isUnit, { message: 'A direction must be a unit vector' });

export const StructureId = z
  .string()
  .max(80)
  .refine((id) => structureById(id) !== undefined, { message: 'Not a structure of the body atlas' });

export const MuscleId = StructureId.refine((id) => structureById(id)?.kind === 'muscle', {
  message: 'Choose a muscle',
});

/**
 * Where a point finding sits, anchored to anatomy rather than to pixels: the structure and its
 * (u, v) survive regeneration of the mesh, the point and normal let it be drawn without the mesh,
 * and the atlas version says which atlas the ids and (u, v) belong to. The fascia is always the
 * first surface under the cursor, so a fascia anchor also names the muscle beneath it.
 */
export const SurfaceAnchor = z
  .strictObject({
    structureId: StructureId,
    layer: z.enum(LAYERS as [Layer, ...Layer[]]),
    u: z.number().min(0).max(1),
    v: z.number().min(0).max(1),
    point: ModelPoint,
    normal: UnitVector,
    atlasVersion: z.int().min(1).max(ATLAS_VERSION, 'This mark was made on a newer atlas'),
    muscleBeneathId: MuscleId.nullable().default(null),
  })
  .refine((anchor) => structureById(anchor.structureId)?.layer === anchor.layer, {
    message: 'The layer must be the structure’s own',
    path: ['layer'],
  });
export type SurfaceAnchor = z.output<typeof SurfaceAnchor>;
export type SurfaceAnchorInput = z.input<typeof SurfaceAnchor>;

/** The muscle a finding is "in": the structure itself, or the muscle beneath a fascia anchor. */
export function anchoredMuscle(
  anchor: Pick<SurfaceAnchor, 'structureId' | 'muscleBeneathId'>,
): string | null {
  if (structureById(anchor.structureId)?.kind === 'muscle') return anchor.structureId;
  return anchor.muscleBeneathId;
}

/**
 * The structure a point finding is named by in lists and printouts: the muscle it is in, else the
 * structure it was placed on (fascia over no muscle, a bone).
 */
export function anchoredStructure(anchor: Pick<SurfaceAnchor, 'structureId' | 'muscleBeneathId'>): string {
  return anchoredMuscle(anchor) ?? anchor.structureId;
}
