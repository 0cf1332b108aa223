import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { applyPreset } from '../cameraMoves';
import type { CameraFraming } from '../cameraPresets';
import type { SideLabels } from '../sideLabels';

/**
 * Renders one framing (a preset, or a closer look at one region) into the canvas and returns it as
 * a PNG data URL, for printed summaries; the camera is put back where the therapist left it.
 */
export function snapshotOf(
  gl: WebGLRenderer,
  scene: Scene,
  camera: PerspectiveCamera,
  labels: SideLabels,
  framing: CameraFraming,
): string {
  const saved = {
    position: camera.position.clone(),
    up: camera.up.clone(),
    quaternion: camera.quaternion.clone(),
    fov: camera.fov,
  };
  applyPreset(camera, framing);
  labels.update(camera);
  gl.render(scene, camera);
  const url = gl.domElement.toDataURL('image/png');
  camera.position.copy(saved.position);
  camera.up.copy(saved.up);
  camera.quaternion.copy(saved.quaternion);
  camera.fov = saved.fov;
  camera.updateProjectionMatrix();
  return url;
}
