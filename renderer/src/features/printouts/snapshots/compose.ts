import { PerspectiveCamera, Vector3 } from 'three';
import type { PaintedRegion } from '../../../../../shared/domain/plan/region';
import type { PrintMark, SnapshotView } from '../../../../../shared/domain/printout';
import { applyPreset } from '../../../scene/cameraMoves';
import { CAMERA_PRESETS } from '../../../scene/cameraPresets';
import { drawLabel, drawLeader, drawMark } from '../../../marks/draw';
import { MARK_STYLES, PAIN_AREA_STYLE } from '../../../marks/styles';
import { spreadLabels } from './spread-labels';

/** A mark's size on the snapshot, as a share of the image's height: legible at print size. */
const MARK_SIZE = 0.026;
/** A mark whose surface turns further than this from the camera is on the far side of the body. */
const FACING_MIN = 0.15;

/** The camera the snapshot was rendered with, rebuilt from the same preset, to place marks on it. */
function presetCamera(view: SnapshotView, width: number, height: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(CAMERA_PRESETS[view].fov, width / height, 5, 2500);
  applyPreset(camera, CAMERA_PRESETS[view]);
  camera.updateMatrixWorld();
  return camera;
}

function toPixels(camera: PerspectiveCamera, point: readonly number[], width: number, height: number) {
  const projected = new Vector3(point[0], point[1], point[2]).project(camera);
  return { x: ((projected.x + 1) / 2) * width, y: ((1 - projected.y) / 2) * height };
}

function faces(camera: PerspectiveCamera, point: readonly number[], normal: readonly number[]): boolean {
  const toCamera = camera.position
    .clone()
    .sub(new Vector3(point[0], point[1], point[2]))
    .normalize();
  return toCamera.dot(new Vector3(normal[0], normal[1], normal[2])) > FACING_MIN;
}

/** Centimetres at the body's depth, in pixels of this image. */
function pixelsPerCm(camera: PerspectiveCamera, height: number): number {
  const distance = camera.position.length();
  return height / (2 * distance * Math.tan((camera.fov * Math.PI) / 360));
}

/**
 * The pain areas as a translucent wash: the strokes in order on their own layer (an erase cuts out
 * what earlier paint covered), then laid over the body at the legend's opacity. A stamp has no
 * normal; it is shown in the views facing away from the body's long axis at that point.
 */
function drawPainAreas(
  context: CanvasRenderingContext2D,
  camera: PerspectiveCamera,
  regions: readonly PaintedRegion[],
  width: number,
  height: number,
): void {
  if (regions.length === 0) return;
  const layer = document.createElement('canvas');
  layer.width = width;
  layer.height = height;
  const paint = layer.getContext('2d');
  if (!paint) return;
  const scale = pixelsPerCm(camera, height);
  paint.fillStyle = PAIN_AREA_STYLE.colour;
  for (const stroke of regions.flatMap((region) => region.strokes)) {
    paint.globalCompositeOperation = stroke.mode === 'paint' ? 'source-over' : 'destination-out';
    for (const stamp of stroke.stamps) {
      const outward = [stamp[0], 0, stamp[2]];
      if (!faces(camera, stamp, outward)) continue;
      const { x, y } = toPixels(camera, stamp, width, height);
      paint.beginPath();
      paint.arc(x, y, stroke.radiusCm * scale, 0, Math.PI * 2);
      paint.fill();
    }
  }
  context.save();
  context.globalAlpha = PAIN_AREA_STYLE.opacity;
  context.drawImage(layer, 0, 0);
  context.restore();
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  return image.decode().then(() => image);
}

/**
 * One finished snapshot: the body as the viewer rendered it from the preset, with the pain areas
 * and every mark that faces this camera drawn on top, as a PNG. Marks are drawn in 2D after the
 * render so they keep the legend's exact shapes and never hide in the muscle.
 */
export async function composeSnapshot(
  view: SnapshotView,
  bodyImage: string,
  marks: readonly PrintMark[],
  painRegions: readonly PaintedRegion[],
): Promise<string> {
  const body = await loadImage(bodyImage);
  const { naturalWidth: width, naturalHeight: height } = body;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer cannot draw the printed snapshots');
  context.drawImage(body, 0, 0);
  const camera = presetCamera(view, width, height);
  drawPainAreas(context, camera, painRegions, width, height);
  const size = Math.max(10, height * MARK_SIZE);
  // Findings keep their places first; zones' numbers then go where they hide nothing. Any mark
  // that had to move gets a leader line back to where it belongs.
  const seen = marks
    .filter((mark) => faces(camera, mark.point, mark.normal))
    .sort((a, b) => Number(Boolean(a.label)) - Number(Boolean(b.label)))
    .map((mark) => ({ mark, at: toPixels(camera, mark.point, width, height) }));
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
  return canvas.toDataURL('image/png');
}
