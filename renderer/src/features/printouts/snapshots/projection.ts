import { PerspectiveCamera, Vector3 } from 'three';
import type { CameraFraming } from '../../../scene/cameraPresets';
import { applyPreset } from '../../../scene/cameraMoves';

/** A point on a snapshot, in its pixels: x to the right, y down. */
export interface Pixel {
  x: number;
  y: number;
}

/** A mark whose surface turns further than this from the camera is on the far side of the body. */
const FACING_MIN = 0.15;
/** A restriction that turns almost straight towards or away from the camera shows no way to point. */
const ARROW_MIN_SHARE = 0.35;

/** The camera a snapshot was rendered with, rebuilt from the same framing, to place marks on it. */
export function framingCamera(framing: CameraFraming, width: number, height: number): PerspectiveCamera {
  const camera = new PerspectiveCamera(framing.fov, width / height, 5, 2500);
  applyPreset(camera, framing);
  camera.updateMatrixWorld();
  return camera;
}

export function toPixels(
  camera: PerspectiveCamera,
  point: readonly number[],
  width: number,
  height: number,
): Pixel {
  const projected = new Vector3(point[0], point[1], point[2]).project(camera);
  return { x: ((projected.x + 1) / 2) * width, y: ((1 - projected.y) / 2) * height };
}

export function faces(
  camera: PerspectiveCamera,
  point: readonly number[],
  normal: readonly number[],
): boolean {
  const toCamera = camera.position
    .clone()
    .sub(new Vector3(point[0], point[1], point[2]))
    .normalize();
  return toCamera.dot(new Vector3(normal[0], normal[1], normal[2])) > FACING_MIN;
}

/** Centimetres at the depth the framing looks at, in pixels of this image. */
export function pixelsPerCm(framing: CameraFraming, height: number): number {
  const distance = Math.hypot(
    framing.position[0] - framing.target[0],
    framing.position[1] - framing.target[1],
    framing.position[2] - framing.target[2],
  );
  return height / (2 * distance * Math.tan((framing.fov * Math.PI) / 360));
}

/**
 * Which way a direction along the skin at `point` runs on the picture, as a unit step in pixels
 * (y down); null when it runs mostly towards or away from the camera, where an arrow would lie.
 */
export function directionOnPicture(
  camera: PerspectiveCamera,
  point: readonly number[],
  direction: readonly number[],
): Pixel | null {
  const centimetre = 1;
  const from = new Vector3(point[0], point[1], point[2]);
  const to = from.clone().addScaledVector(new Vector3(direction[0], direction[1], direction[2]), centimetre);
  const viewAxis = camera.getWorldDirection(new Vector3());
  const step = to.clone().sub(from);
  const across = step.clone().addScaledVector(viewAxis, -step.dot(viewAxis)).length();
  if (across < ARROW_MIN_SHARE * centimetre) return null;
  // Projected in the camera's own square frame, so the result does not depend on the image's shape.
  const a = from.project(camera);
  const b = to.project(camera);
  const x = (b.x - a.x) * camera.aspect;
  const y = -(b.y - a.y);
  const length = Math.hypot(x, y);
  return length === 0 ? null : { x: x / length, y: y / length };
}
