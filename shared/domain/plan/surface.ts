import type { ModelPoint } from './region';

/**
 * The body's surface as the measures see it: small patches (a triangle of the skin mesh each),
 * with their area, the structure under them and that structure's WPI area. The renderer builds
 * it once from the model; the maths here needs nothing else.
 */
export interface SurfacePatch {
  centre: ModelPoint;
  areaCm2: number;
  structureId: string;
  wpiArea: string | null;
}

export interface BodySurface {
  patches: readonly SurfacePatch[];
  /** Sum of every patch's area: the body surface area the percentages are taken of. */
  totalAreaCm2: number;
}

export function bodySurface(patches: readonly SurfacePatch[]): BodySurface {
  return { patches, totalAreaCm2: patches.reduce((sum, patch) => sum + patch.areaCm2, 0) };
}
