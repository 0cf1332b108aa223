import type { Box3, PerspectiveCamera } from 'three';
import { Vector3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { CameraFraming } from './cameraPresets';
import type { PointView } from './viewerStore';

/** Camera placements shared by the explorer, marking views and printed snapshots. */
export function applyPreset(
  camera: PerspectiveCamera,
  preset: CameraFraming,
  controls?: OrbitControls | null,
): void {
  camera.fov = preset.fov;
  camera.up.set(...preset.up);
  camera.position.set(...preset.position);
  camera.lookAt(...preset.target);
  camera.updateProjectionMatrix();
  if (controls) {
    controls.target.set(...preset.target);
    controls.update();
  }
}

/**
 * Frames one structure: looks at it from the side it faces (away from the body's long axis), close
 * enough that it fills about a third of the view.
 */
export function focusOnBox(camera: PerspectiveCamera, box: Box3, controls?: OrbitControls | null): void {
  const center = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  const outward = new Vector3(center.x, 0, center.z + 1.5);
  if (outward.lengthSq() < 4) outward.set(0, 0, 1);
  outward.normalize();
  // a structure that faces backwards (z well behind the axis) is seen from behind
  if (center.z < -4 && Math.abs(center.x) < 12) outward.set(Math.sign(center.x) * 0.3, 0, -1).normalize();
  const radius = Math.max(size.x, size.y, size.z, 4);
  const distance = (radius / Math.tan((camera.fov * Math.PI) / 360)) * 1.6 + 15;
  camera.up.set(0, 1, 0);
  camera.position
    .copy(center)
    .addScaledVector(outward, distance)
    .add(new Vector3(0, radius * 0.15, 0));
  camera.lookAt(center);
  camera.updateProjectionMatrix();
  if (controls) {
    controls.target.copy(center);
    controls.update();
  }
}

/** Looks straight at one point of the body from the view's direction, upright, at its distance. */
export function focusOnPoint(
  camera: PerspectiveCamera,
  { point, direction, distanceCm }: PointView,
  controls?: OrbitControls | null,
): void {
  const target = new Vector3(...point);
  camera.up.set(0, 1, 0);
  camera.position.copy(target).addScaledVector(new Vector3(...direction).normalize(), distanceCm);
  camera.lookAt(target);
  camera.updateProjectionMatrix();
  if (controls) {
    controls.target.copy(target);
    controls.update();
  }
}
