import { z } from 'zod';

/** A point in the model's own coordinates: centimetres, standing adult, +y up, +z anterior. */
export const ModelPoint = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()], {
  message: 'A point is three finite numbers in centimetres',
});
export type ModelPoint = z.infer<typeof ModelPoint>;

export const MAX_BRUSH_RADIUS_CM = 30;
export const MIN_BRUSH_RADIUS_CM = 0.5;

const BrushRadius = z
  .number()
  .min(MIN_BRUSH_RADIUS_CM, `The brush radius is at least ${MIN_BRUSH_RADIUS_CM} cm`)
  .max(MAX_BRUSH_RADIUS_CM, `The brush radius is at most ${MAX_BRUSH_RADIUS_CM} cm`);

/**
 * One brush stroke on the body's surface: the stamps the brush left along its path. Strokes are
 * kept in order so a later erase removes what an earlier paint covered. Stored in model
 * coordinates, so a region survives regeneration of the mesh.
 *
 * Every stamp has the brush's radius, unless the stroke carries one radius per stamp: a pen paints
 * wider as it is pressed harder. Strokes saved before pens painted have no per-stamp radii.
 */
export const BrushStroke = z
  .strictObject({
    mode: z.enum(['paint', 'erase']),
    radiusCm: BrushRadius,
    stamps: z.array(ModelPoint).min(1, 'A stroke has at least one stamp').max(2000),
    stampRadiiCm: z.array(BrushRadius).max(2000).optional(),
  })
  .refine((stroke) => !stroke.stampRadiiCm || stroke.stampRadiiCm.length === stroke.stamps.length, {
    message: 'A stroke has one radius per stamp, or none',
    path: ['stampRadiiCm'],
  });
export type BrushStroke = z.infer<typeof BrushStroke>;

/** The radius of a stroke's stamp: its own where the pen gave one, else the brush's. */
export function stampRadiusCm(stroke: BrushStroke, index: number): number {
  return stroke.stampRadiiCm?.[index] ?? stroke.radiusCm;
}

export const PaintedRegion = z.strictObject({
  strokes: z.array(BrushStroke).max(500),
});
export type PaintedRegion = z.infer<typeof PaintedRegion>;

export const EMPTY_REGION: PaintedRegion = { strokes: [] };
