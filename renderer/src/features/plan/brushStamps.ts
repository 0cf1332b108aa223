import {
  MAX_BRUSH_RADIUS_CM,
  MIN_BRUSH_RADIUS_CM,
  type BrushStroke,
  type ModelPoint,
} from '../../../../shared/domain/plan/region';

/** A stroke keeps at most this many stamps: a brush held down for minutes stops growing. */
const MAX_STAMPS = 2000;
/** A new stamp is laid once the brush has moved this share of its radius from the last one. */
const STAMP_SPACING = 0.4;
/** A pen's stamp at no pressure and at full pressure, as shares of the brush's radius. */
const PEN_LIGHTEST = 0.4;
const PEN_HARDEST = 1.2;

/** What the stamp needs from the pointer event: a pen gives its pressure, 0 to 1. */
export interface BrushPointer {
  pointerType: string;
  pressure: number;
}

/** A mouse or a finger stamps at the brush's radius; a pen stamps wider the harder it presses. */
export function stampRadiusFor(pointer: BrushPointer, brushRadiusCm: number): number {
  if (pointer.pointerType !== 'pen') return brushRadiusCm;
  const pressure = Math.min(1, Math.max(0, pointer.pressure));
  const radius = brushRadiusCm * (PEN_LIGHTEST + (PEN_HARDEST - PEN_LIGHTEST) * pressure);
  return Math.min(MAX_BRUSH_RADIUS_CM, Math.max(MIN_BRUSH_RADIUS_CM, radius));
}

/** The first stamp of a stroke; a pen's strokes carry a radius for every stamp. */
export function startStroke(
  mode: BrushStroke['mode'],
  brushRadiusCm: number,
  point: ModelPoint,
  pointer: BrushPointer,
): BrushStroke {
  const stroke: BrushStroke = { mode, radiusCm: brushRadiusCm, stamps: [point] };
  return pointer.pointerType === 'pen'
    ? { ...stroke, stampRadiiCm: [stampRadiusFor(pointer, brushRadiusCm)] }
    : stroke;
}

/** The stroke with a stamp at the point, or the stroke as it was if the brush has not moved far enough. */
export function extendStroke(stroke: BrushStroke, point: ModelPoint, pointer: BrushPointer): BrushStroke {
  if (stroke.stamps.length >= MAX_STAMPS) return stroke;
  const last = stroke.stamps.at(-1)!;
  const radius = stroke.stampRadiiCm ? stampRadiusFor(pointer, stroke.radiusCm) : stroke.radiusCm;
  const spacing = STAMP_SPACING * Math.min(radius, stroke.stampRadiiCm?.at(-1) ?? radius);
  if (Math.hypot(point[0] - last[0], point[1] - last[1], point[2] - last[2]) < spacing) return stroke;
  return {
    ...stroke,
    stamps: [...stroke.stamps, point],
    ...(stroke.stampRadiiCm ? { stampRadiiCm: [...stroke.stampRadiiCm, radius] } : {}),
  };
}
