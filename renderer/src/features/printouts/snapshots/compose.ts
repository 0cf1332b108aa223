import type { PerspectiveCamera } from 'three';
import { stampRadiusCm, type PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark } from '../../../../../shared/domain/printout';
import type { CameraFraming } from '../../../scene/cameraPresets';
import { drawArrow, drawLabel, drawLeader, drawMark } from '../../../marks/draw';
import { MARK_STYLES, PAIN_AREA_STYLE, WASH_STYLES, type WashStyle } from '../../../marks/styles';
import { directionOnPicture, faces, framingCamera, pixelsPerCm, toPixels, type Pixel } from './projection';
import { BACKGROUND_COLOR } from '../../../scene/materials/palette';
import type { SnapshotFrame } from './print-size';
import { spreadLabels } from './spread-labels';

/** A mark's size on the snapshot, as a share of the image's height: legible at print size. */
const MARK_SIZE = 0.026;

/** The painted areas a snapshot shows: pain as a wash, caution and no-touch zones striped. */
export interface SnapshotWashes {
  pain: readonly PaintedRegion[];
  caution: readonly PaintedRegion[];
}

/** The pain wash as the legend shows it: plain, at the printout's own opacity. */
export const PRINTED_PAIN_WASH: WashStyle = { ...PAIN_AREA_STYLE, striped: false };

export function markSize(height: number): number {
  return Math.max(10, height * MARK_SIZE);
}

/**
 * The marks that face this camera, where each falls on the picture: findings first, so they keep
 * their places, then the numbered zones.
 */
export function marksSeen(
  camera: PerspectiveCamera,
  marks: readonly PrintMark[],
  width: number,
  height: number,
): { mark: PrintMark; at: Pixel }[] {
  return marks
    .filter((mark) => faces(camera, mark.point, mark.normal))
    .sort((a, b) => Number(Boolean(a.label)) - Number(Boolean(b.label)))
    .map((mark) => ({ mark, at: toPixels(camera, mark.point, width, height) }));
}

/**
 * Painted regions as one solid layer: the strokes in order (an erase cuts out what earlier paint
 * covered). A stamp has no normal; it is shown in the views facing away from the body's long axis
 * at that point.
 */
function regionLayer(
  camera: PerspectiveCamera,
  framing: CameraFraming,
  regions: readonly PaintedRegion[],
  colour: string,
  width: number,
  height: number,
): HTMLCanvasElement | null {
  if (regions.length === 0) return null;
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  const paint = layer.getContext('2d');
  if (!paint) return null;
  const scale = pixelsPerCm(framing, height);
  paint.fillStyle = colour;
  for (const stroke of regions.flatMap((region) => region.strokes)) {
    paint.globalCompositeOperation = stroke.mode === 'paint' ? 'source-over' : 'destination-out';
    for (const [i, stamp] of stroke.stamps.entries()) {
      const outward = [stamp[0], 0, stamp[2]];
      if (!faces(camera, stamp, outward)) continue;
      const { x, y } = toPixels(camera, stamp, width, height);
      paint.beginPath();
      paint.arc(x, y, stampRadiusCm(stroke, i) * scale, 0, Math.PI * 2);
      paint.fill();
    }
  }
  return layer;
}

/**
 * Lays a region layer over the body as its legend shows it: a translucent wash, or for a striped
 * style a faint tint crossed by stripes, so a no-touch zone differs from pain by pattern as well.
 */
function drawWash(context: CanvasRenderingContext2D, layer: HTMLCanvasElement, style: WashStyle): void {
  context.save();
  context.globalAlpha = style.striped ? style.opacity * 0.3 : style.opacity;
  context.drawImage(layer, 0, 0);
  context.restore();
  if (!style.striped) return;
  const { width, height } = layer;
  const stripes = document.createElement('canvas');
  stripes.width = width;
  stripes.height = height;
  const pen = stripes.getContext('2d');
  if (!pen) return;
  pen.drawImage(layer, 0, 0);
  pen.globalCompositeOperation = 'source-in';
  pen.strokeStyle = style.colour;
  pen.lineWidth = Math.max(2, height / 300);
  pen.beginPath();
  const gap = Math.max(6, height / 90);
  for (let start = -height; start < width; start += gap) {
    pen.moveTo(start, height);
    pen.lineTo(start + height, 0);
  }
  pen.stroke();
  context.save();
  context.globalAlpha = style.opacity;
  context.drawImage(stripes, 0, 0);
  context.restore();
}

/** The canvas as a PNG data: URL, encoded off the page's main thread (`toBlob`, unlike `toDataURL`). */
function pngUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('This computer cannot draw the printed snapshots'));
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('The printed snapshot could not be read'));
      reader.readAsDataURL(blob);
    }, 'image/png');
  });
}

/** A blank picture the crop's size, in the snapshots' background (the benchmarks' static baseline). */
export function plainPicture({ crop }: SnapshotFrame): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = crop.width;
  canvas.height = crop.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer cannot draw the printed snapshots');
  context.fillStyle = BACKGROUND_COLOR;
  context.fillRect(0, 0, crop.width, crop.height);
  return pngUrl(canvas);
}

/**
 * One finished snapshot: the body as rendered from the framing, with the painted
 * areas and every mark that faces this camera drawn on top, as a PNG; each adhesion with an arrow
 * the way it is restricted, where that way runs across the picture. Marks are drawn in 2D after
 * the render so they keep the legend's exact shapes and never hide in the muscle.
 */
export function composeSnapshot(
  framing: CameraFraming,
  /** The body as rendered from the framing, the frame's crop in size. */
  body: CanvasImageSource,
  frame: SnapshotFrame,
  marks: readonly PrintMark[],
  washes: SnapshotWashes,
): Promise<string> {
  const { width, height, crop } = frame;
  const canvas = document.createElement('canvas');
  canvas.width = crop.width;
  canvas.height = crop.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer cannot draw the printed snapshots');
  // Everything is placed on the whole frame; the canvas keeps its crop (an inset's middle square).
  context.translate(-crop.x, -crop.y);
  context.drawImage(body, crop.x, crop.y);
  const camera = framingCamera(framing, width, height);
  for (const [regions, style] of [
    [washes.pain, PRINTED_PAIN_WASH],
    [washes.caution, WASH_STYLES.caution],
  ] as const) {
    const layer = regionLayer(camera, framing, regions, style.colour, width, height);
    if (layer) drawWash(context, layer, style);
  }
  const size = markSize(height);
  // Findings keep their places first; zones' numbers then go where they hide nothing. Any mark
  // that had to move gets a leader line back to where it belongs.
  const seen = marksSeen(camera, marks, width, height);
  const spots = spreadLabels(
    seen.map(({ at }) => at),
    size,
    toPixels(camera, [0, 0, 0], width, height).x,
  );
  seen.forEach(({ mark, at }, index) => {
    const spot = spots[index]!;
    const style = MARK_STYLES[mark.kind];
    if (spot.x !== at.x) drawLeader(context, at, spot, style.colour);
    drawMark(context, style, spot.x, spot.y, size);
    if (mark.label) drawLabel(context, mark.label, spot.x, spot.y, size);
  });
  // The arrows last, so a neighbour moved aside never hides which way a restriction runs.
  seen.forEach(({ mark }, index) => {
    const restriction = mark.direction && directionOnPicture(camera, mark.point, mark.direction);
    if (restriction) drawArrow(context, spots[index]!, restriction, size, MARK_STYLES[mark.kind].colour);
  });
  return pngUrl(canvas);
}
