import { expect, type Page } from '@playwright/test';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Vec3 } from '../../shared/anatomy';
import { bodyViewer, canvasBox } from './body-screen';

/** The camera as the viewer reports it on its wrapper (`data-camera`), model cm and degrees. */
export interface CameraState {
  position: Vec3;
  target: Vec3;
  up: Vec3;
  fov: number;
  distance: number;
}

export async function cameraState(page: Page): Promise<CameraState> {
  const report = await bodyViewer(page).getAttribute('data-camera');
  expect(report, 'the viewer reports its camera').toBeTruthy();
  return JSON.parse(report!) as CameraState;
}

type Box = { x: number; y: number; width: number; height: number };

function cameraOf(state: CameraState, box: Box): PerspectiveCamera {
  const camera = new PerspectiveCamera(state.fov, box.width / box.height, 5, 2500);
  camera.up.set(...state.up);
  camera.position.set(...state.position);
  camera.lookAt(...state.target);
  camera.updateMatrixWorld();
  return camera;
}

/** Where a model point lands on the page with the camera as reported. */
export async function onScreen(
  page: Page,
  state: CameraState,
  point: Vec3,
): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  const ndc = new Vector3(...point).project(cameraOf(state, box));
  return { x: box.x + ((ndc.x + 1) / 2) * box.width, y: box.y + ((1 - ndc.y) / 2) * box.height };
}

/** The model point `depthCm` from the camera along the ray through a page point. */
export async function alongRay(
  page: Page,
  state: CameraState,
  at: { x: number; y: number },
  depthCm: number,
): Promise<Vec3> {
  const box = await canvasBox(page);
  const camera = cameraOf(state, box);
  const ndc = new Vector3(((at.x - box.x) / box.width) * 2 - 1, -((at.y - box.y) / box.height) * 2 + 1, 0.5);
  const direction = ndc.unproject(camera).sub(camera.position).normalize();
  return camera.position.clone().addScaledVector(direction, depthCm).toArray();
}
