import { z } from 'zod';

/** A point in the model's own coordinates: centimetres, standing adult, +y up, +z anterior. */
export const ModelPoint = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()], {
  message: 'A point is three finite numbers in centimetres',
});
export type ModelPoint = z.infer<typeof ModelPoint>;

export const MAX_BRUSH_RADIUS_CM = 30;

/**
 * One brush stroke on the body's surface: the stamps the brush left along its path, all of one
 * radius. Strokes are kept in order so a later erase removes what an earlier paint covered.
 * Stored in model coordinates, so a region survives regeneration of the mesh.
 */
export const BrushStroke = z.strictObject({
  mode: z.enum(['paint', 'erase']),
  radiusCm: z
    .number()
    .min(0.5, 'The brush radius is at least 0.5 cm')
    .max(MAX_BRUSH_RADIUS_CM, `The brush radius is at most ${MAX_BRUSH_RADIUS_CM} cm`),
  stamps: z.array(ModelPoint).min(1, 'A stroke has at least one stamp').max(2000),
});
export type BrushStroke = z.infer<typeof BrushStroke>;

export const PaintedRegion = z.strictObject({
  strokes: z.array(BrushStroke).max(500),
});
export type PaintedRegion = z.infer<typeof PaintedRegion>;

export const EMPTY_REGION: PaintedRegion = { strokes: [] };
